"""Casus: what a linked reflection shows of a finished attempt (the case thread).

Per step of the path: the learner's answer next to the experts' key, the experts' reasoning about the options
that matter (the learner's choice and the experts' best) and the learner's justification. Words come from the
block (``words``, as for the export), so no code reaches the learner.
"""
from weerbaarxblock.scenario.rules.export import answer_text, ending_title, ending_titles
from weerbaarxblock.scenario.rules.parts import BEST_WORST, PICK_BEST, RANK, RATE, situation_map


def key_as_answer(situation):
    """The experts' key in the shape of an answer, so it reads as one."""
    key, response_format = situation.get("key") or {}, situation["format"]
    if response_format == PICK_BEST:
        points = key.get("points") or {}
        return {"choice": max(points, key=points.get)} if points else {}
    if response_format == BEST_WORST:
        return {"best": key.get("best", ""), "worst": key.get("worst", "")}
    if response_format == RATE:
        return {"ratings": dict(key.get("ratings") or {})}
    if response_format == RANK:
        return {"order": list(key.get("order") or [])}
    return {}


def _expert_best(situation, key_answer):
    if situation["format"] == RATE:
        ratings = key_answer.get("ratings") or {}
        return max(ratings, key=ratings.get) if ratings else None
    if situation["format"] == RANK:
        return (key_answer.get("order") or [None])[0]
    return key_answer.get("choice") or key_answer.get("best")


def reasoning(situation, answer, key_answer):
    """The experts' feedback on the options the learner chose and on the experts' best option, each once."""
    chosen = [answer.get(name) for name in ("choice", "best", "worst")] if isinstance(answer, dict) else []
    wanted = [option_id for option_id in [*chosen, _expert_best(situation, key_answer)] if option_id]
    options = {option["id"]: option for option in situation["options"]}
    seen, notes = set(), []
    for option_id in wanted:
        option = options.get(option_id)
        if option is None or option_id in seen or not option.get("feedback"):
            continue
        seen.add(option_id)
        notes.append({"option": option["text"], "feedback": option["feedback"]})
    return notes


def summary(scenario, attempt, words, rule="first"):
    """The finished ``attempt`` as the case thread keeps it; situations the author removed are left out.

    ``rule`` says which attempt it is (``attempts.result_rule``: ``first``, ``best`` or ``last``), as the casus
    itself names its result."""
    situations = situation_map(scenario)
    steps = []
    for step in attempt.get("steps", []):
        situation = situations.get(step.get("situation"))
        if situation is None:
            continue
        options = {option["id"]: option["text"] for option in situation["options"]}
        key_answer = key_as_answer(situation)
        steps.append({
            "title": situation["title"] or situation["question"],
            "answer": answer_text(situation["format"], step.get("answer"), words, options),
            "key": answer_text(situation["format"], key_answer, words, options),
            "reasoning": reasoning(situation, step.get("answer"), key_answer),
            "justification": step.get("justification") or "",
            "score": step.get("score"),
        })
    return {
        "kind": "scenario", "attempt": attempt.get("number"), "rule": rule, "score": attempt.get("score"),
        "ending": ending_title(ending_titles(scenario), attempt.get("ending")), "steps": steps,
    }
