"""Finished attempts scored again against the key as the author left it (the LMS's rescoring).

An answer is re-scored with the situation's current key and weight. A step whose situation was removed, or
whose answer no longer fits the situation's options, keeps the score it had: the learner answered what was
asked then, and rescoring must not punish an author's later edit.
"""
from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.scenario.rules.parts import situation_map
from weerbaarxblock.scenario.rules.scoring import score_answer, validate_answer, weighted_score


def _rescored_step(situations, step):
    situation = situations.get(step.get("situation"))
    if situation is None:
        return step
    try:
        clean = validate_answer(situation, step.get("answer"))
    except Problem:
        return step
    return dict(step, score=score_answer(situation, clean), weight=situation["weight"])


def rescored_history(scenario, history):
    """The history with every finished attempt's steps and score recomputed."""
    situations = situation_map(scenario)
    result = []
    for attempt in history:
        if not attempt.get("finished") or not attempt.get("steps"):
            result.append(attempt)
            continue
        steps = [_rescored_step(situations, step) for step in attempt["steps"]]
        result.append(dict(attempt, steps=steps, score=weighted_score(steps)))
    return result
