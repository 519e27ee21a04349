"""Finished attempts scored again against the key as the author left it (the LMS's rescoring).

An answer is re-scored with the situation's current key and weight. A step whose situation was removed, or
whose answer no longer fits the situation's options, keeps the score it had: the learner answered what was
asked then, and rescoring must not punish an author's later edit. A counting attempt's kept first answers
are re-scored the same way, and its score stays the score of those first answers (see ``attempts``).
"""
from weerbaarxblock.scenario.rules.attempts import attempt_score, rescored_entry, rescored_first_answers
from weerbaarxblock.scenario.rules.parts import situation_map


def rescored_history(scenario, history):
    """The history with every finished attempt's steps and score recomputed."""
    situations = situation_map(scenario)
    result = []
    for attempt in history:
        if not attempt.get("finished") or not attempt.get("steps"):
            result.append(attempt)
            continue
        updated = dict(attempt, steps=[rescored_entry(situations, step.get("situation"), step)
                                       for step in attempt["steps"]])
        if attempt.get("first_answers"):
            updated["first_answers"] = rescored_first_answers(situations, attempt["first_answers"])
        updated["score"] = attempt_score(updated)
        result.append(updated)
    return result
