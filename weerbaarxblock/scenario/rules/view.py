"""Casus learner view data: exactly what the browser may know at each moment.

The expert key and the experts' feedback of a situation appear only once the
learner has answered it: a ``question`` screen carries ``public_situation``
alone, and the key is added for the step just answered (``feedback``) and for
answered steps in the end screen. Nothing here reveals branch targets.

In a graded casus the state also says what counts (see ``attempts``): whether
this attempt counts for the grade (``counts``), and on a situation answered
before in a counting attempt, the first answer's score that stays (``kept``).
"""
from weerbaarxblock.scenario.rules.attempts import (
    FEEDBACK,
    FINISHED,
    QUESTION,
    attempts_used,
    chosen_score,
    first_answer,
    grade_rule,
    graded_score,
    is_attempt,
    may_retry,
)
from weerbaarxblock.scenario.rules.parts import ending_map, situation_map
from weerbaarxblock.scenario.rules.paths import is_terminal, progress
from weerbaarxblock.scenario.rules.scoring import competency_profile

HISTORY_WITH_STEPS = 20


def public_situation(situation):
    """What a learner may see before answering: no key, no feedback, no branch targets."""
    return {
        "id": situation["id"],
        "title": situation["title"],
        "narrative": situation["narrative"],
        "image_url": situation["image_url"],
        "image_alt": situation["image_alt"],
        "question": situation["question"],
        "instruction": situation["instruction"],
        "format": situation["format"],
        "options": [{"id": option["id"], "text": option["text"]} for option in situation["options"]],
        "tags": list(situation["tags"]),
    }


def revealed_situation(situation):
    """What a learner sees after answering: the key and the experts' reasoning per option."""
    result = public_situation(situation)
    result["key"] = dict(situation["key"])
    result["options"] = [
        {"id": option["id"], "text": option["text"], "feedback": option["feedback"]}
        for option in situation["options"]
    ]
    return result


def learner_state(scenario, attempt, history, *, allow_back, attempts_allowed, policy, scored=False, peers=None):
    """The JSON the learner's page is built from. ``peers``: {situation_id: distribution or None}."""
    situations = situation_map(scenario)
    state = {
        "status": "not_started",
        "attempts_used": attempts_used(attempt, history),
        "attempts_allowed": attempts_allowed,
        "may_retry": False,
        "may_go_back": False,
        "history": [history_entry(scenario, item) for item in history],
        "scored": bool(scored),
        "grade": graded_score(history, policy) if scored else chosen_score(history, policy),
        "grade_rule": grade_rule(history, policy) if scored else policy,
        "path": [],
    }
    if not is_attempt(attempt):
        state["may_start"] = bool(scenario["situations"]) and may_retry(None, history, attempts_allowed)
        return state
    steps = attempt["steps"]
    state.update(status=attempt["phase"], attempt=attempt["number"], counts=bool(scored and attempt.get("counts")),
                 path=[_path_entry(step) for step in steps])
    if attempt["phase"] == QUESTION:
        _question(state, scenario, situations[attempt["position"]], attempt, allow_back)
    elif attempt["phase"] == FEEDBACK:
        _feedback(state, scenario, situations, attempt)
    elif attempt["phase"] == FINISHED:
        state["end"] = end_screen(scenario, attempt, peers or {})
        state["may_retry"] = may_retry(attempt, history, attempts_allowed)
        state["progress"] = {"current": len(steps), "total": len(steps), "most": len(steps)}
    return state


def _kept_score(state, attempt, situation_id):
    kept = first_answer(attempt, situation_id) if state["counts"] else None
    return kept["score"] if kept else None


def _question(state, scenario, situation, attempt, allow_back):
    steps = attempt["steps"]
    state["situation"] = public_situation(situation)
    state["progress"] = progress(scenario, len(steps) + 1, len(steps), situation["id"])
    state["may_go_back"] = allow_back and bool(steps)
    state["kept"] = _kept_score(state, attempt, situation["id"])


def _feedback(state, scenario, situations, attempt):
    steps = attempt["steps"]
    last = steps[-1]
    state["situation"] = revealed_situation(situations[last["situation"]])
    state["result"] = _result(last)
    state["kept"] = _kept_score(state, attempt, last["situation"]) if last.get("repeat") else None
    final = attempt["finished"] or is_terminal(scenario, last["next"])
    state["final"] = final
    state["progress"] = progress(scenario, len(steps), len(steps), None if final else last["next"])


def _path_entry(step):
    return {"situation": step["situation"], "title": step["title"], "score": step["score"]}


def _result(step):
    return {"answer": step["answer"], "justification": step["justification"], "score": step["score"]}


def end_screen(scenario, attempt, peers):
    """Score, the ending's closing text, the competency profile and (when enough) peers' answers."""
    situations = situation_map(scenario)
    ending = ending_map(scenario).get(attempt.get("ending") or "")
    review = []
    for step in attempt["steps"]:
        situation = situations.get(step["situation"])
        review.append({
            "situation": step["situation"],
            "title": step["title"],
            "format": step["format"],
            "score": step["score"],
            "answer": step["answer"],
            "justification": step["justification"],
            "revealed": revealed_situation(situation) if situation else None,
            "peers": peers.get(step["situation"]),
        })
    return {
        "score": attempt["score"],
        "ending": {"title": ending["title"], "text": ending["text"]} if ending else None,
        "profile": competency_profile(attempt["steps"], scenario["competencies"]),
        "review": review,
    }


def history_entry(scenario, attempt):
    """One finished attempt as the history list shows it (titles as they were when answered)."""
    ending = ending_map(scenario).get(attempt.get("ending") or "")
    return {
        "number": attempt.get("number"),
        "score": attempt.get("score"),
        "started_at": attempt.get("started_at"),
        "finished_at": attempt.get("finished_at"),
        "path": [step.get("title", "") for step in attempt.get("steps", [])] or attempt.get("path_titles", []),
        "ending": ending["title"] if ending else "",
        "counts": attempt.get("counts"),  # None: made before the first attempt alone counted
    }


def trim_history(history):
    """Keep every attempt; older ones keep their titles and score but not their answers (bounded state)."""
    trimmed = []
    cutoff = len(history) - HISTORY_WITH_STEPS
    for index, attempt in enumerate(history):
        if index < cutoff and attempt.get("steps"):
            attempt = dict(attempt, path_titles=[step.get("title", "") for step in attempt["steps"]], steps=[],
                           first_answers={})
        trimmed.append(attempt)
    return trimmed
