"""Casus attempts: a learner's way through a scenario, as plain data kept in ``user_state``.

An attempt is ``{"number", "started_at", "steps", "position", "phase", "finished",
"finished_at", "score", "ending"}``. ``position`` is the situation on screen; ``phase``
is ``question`` (not yet answered), ``feedback`` (answered, feedback shown) or
``end`` (the closing screen). Each step records what the learner answered and,
so that history survives the author's later edits, the situation's title,
weight and tags at that moment.

Grades that cannot be gamed (graded casus): the feedback shows the key after
every answer, so only answers given before the key was seen may count.
- An attempt ``counts`` for the grade when it is the learner's first (no attempt
  was finished before it: a finished attempt has revealed the keys). Later
  attempts are practice.
- In a counting attempt each situation's FIRST answer is kept in
  ``first_answers``; going back and answering again is practice, and the
  attempt's score is the weighted mean of the first answers of every situation
  answered in it (a situation left behind by going back still counts).
Attempts stored before this rule have no ``counts`` key; they keep the author's
best/last policy (``graded_score``), so no stored grade changes.

Every function returns new data and raises a ``Problem`` before changing anything.
"""
import copy

from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.scenario.rules.parts import situation_map
from weerbaarxblock.scenario.rules.paths import END, is_terminal, next_after, start_id
from weerbaarxblock.scenario.rules.scoring import clean_justification, score_answer, validate_answer, weighted_score

QUESTION = "question"
FEEDBACK = "feedback"
FINISHED = "end"


def max_steps(scenario):
    """A ceiling on one attempt's length, so a loop the author allows cannot grow state without bound."""
    return max(20, 4 * len(scenario["situations"]))


def counts_for_grade(history, scored):
    """Whether a new attempt counts for the grade: graded, and no attempt finished (no key seen) before it."""
    return bool(scored) and not any(item.get("finished") for item in history)


def new_attempt(scenario, number, now, counts=False):
    return {
        "number": number,
        "started_at": now,
        "steps": [],
        "position": start_id(scenario),
        "phase": QUESTION,
        "finished": False,
        "finished_at": None,
        "score": None,
        "ending": "",
        "counts": counts,
        "first_answers": {},
    }


def is_attempt(value):
    return isinstance(value, dict) and isinstance(value.get("steps"), list) and "phase" in value


def answer(scenario, attempt, situation_id, raw_answer, raw_justification, now):
    """Record an answer to the situation on screen; returns ``(attempt, step)``."""
    if not is_attempt(attempt) or attempt["finished"] or attempt["phase"] != QUESTION:
        raise Problem("not_on_path", field="situation")
    if not isinstance(situation_id, str) or situation_id != attempt["position"]:
        raise Problem("not_on_path", field="situation")
    situation = situation_map(scenario).get(situation_id)
    if situation is None:
        raise Problem("not_on_path", field="situation")
    clean = validate_answer(situation, raw_answer)
    justification = clean_justification(raw_justification)
    step = _step(scenario, situation, clean, justification, now)
    result = copy.deepcopy(attempt)
    result["steps"].append(step)
    first = result.setdefault("first_answers", {})
    if step["situation"] in first:
        step["repeat"] = True  # answered before in this attempt: in a counting attempt, practice
    else:
        first[step["situation"]] = {key: step[key] for key in ("answer", "score", "weight", "tags")}
    result["phase"] = FEEDBACK
    if is_terminal(scenario, step["next"]) or len(result["steps"]) >= max_steps(scenario):
        _finish(result, step["next"], now)
    return result, step


def _step(scenario, situation, clean, justification, now):
    return {
        "situation": situation["id"],
        "title": situation["title"] or situation["question"][:80],
        "format": situation["format"],
        "answer": clean,
        "justification": justification,
        "score": score_answer(situation, clean),
        "weight": situation["weight"],
        "tags": list(situation["tags"]),
        "next": next_after(scenario, situation, clean),
        "at": now,
    }


def counted_steps(attempt):
    """The steps that make a counting attempt's score: each situation's first answer, then any step of the path
    whose situation has none recorded (an attempt started before first answers were kept)."""
    first = attempt.get("first_answers") or {}
    later = [step for step in attempt["steps"] if step.get("situation") not in first]
    return [dict(entry, situation=situation) for situation, entry in first.items()] + later


def attempt_score(attempt):
    """A counting attempt scores its first answers; a practice attempt the answers on its path."""
    return weighted_score(counted_steps(attempt) if attempt.get("counts") else attempt["steps"])


def first_answer(attempt, situation_id):
    """The first answer kept for the grade when ``situation_id`` was answered before in a counting attempt."""
    if not is_attempt(attempt) or not attempt.get("counts"):
        return None
    return (attempt.get("first_answers") or {}).get(situation_id)


def _finish(attempt, target, now):
    attempt["finished"] = True
    attempt["finished_at"] = now
    attempt["score"] = attempt_score(attempt)
    attempt["ending"] = target if target != END else ""


def advance(scenario, attempt, now):
    """From the feedback to the next situation, or to the closing screen; returns ``(attempt, finished_now)``."""
    if not is_attempt(attempt) or attempt["phase"] != FEEDBACK or not attempt["steps"]:
        raise Problem("nothing_to_continue")
    result = copy.deepcopy(attempt)
    if result["finished"]:
        result["phase"] = FINISHED
        return result, False
    target = result["steps"][-1]["next"]
    if is_terminal(scenario, target) or len(result["steps"]) >= max_steps(scenario):
        # Reached when an author's edit made the last answered situation the end of the path.
        _finish(result, target, now)
        result["phase"] = FINISHED
        return result, True
    result["position"] = target
    result["phase"] = QUESTION
    return result, False


def go_back(attempt, allowed):
    """Back to the previous situation to answer it again; returns ``(attempt, withdrawn_step)``."""
    if not allowed:
        raise Problem("back_not_allowed")
    if not is_attempt(attempt) or attempt["finished"] or attempt["phase"] != QUESTION or not attempt["steps"]:
        raise Problem("nothing_to_go_back_to")
    result = copy.deepcopy(attempt)
    withdrawn = result["steps"].pop()
    result["position"] = withdrawn["situation"]
    return result, withdrawn


def reconcile(scenario, attempt):
    """Bring an unfinished attempt in line with an edited scenario; returns ``(attempt, changed)``.

    The recorded answers are replayed from the first situation: a step is kept
    while its situation is still where the path now leads and its answer still
    fits (it is re-scored with the current key). The first step that no longer
    fits, and every step after it, is dropped from the attempt (the store keeps
    them for the instructor), and the learner continues from where the path now
    leads. Finished attempts are history and stay as they were.
    """
    if not is_attempt(attempt) or attempt.get("finished"):
        return attempt, False
    situations = situation_map(scenario)
    kept, position = [], start_id(scenario)
    for step in attempt["steps"]:
        situation = situations.get(step.get("situation"))
        if situation is None or step.get("situation") != position:
            break
        try:
            clean = validate_answer(situation, step.get("answer"))
        except Problem:
            break
        updated = dict(step, answer=clean, score=score_answer(situation, clean), weight=situation["weight"],
                       tags=list(situation["tags"]), format=situation["format"],
                       next=next_after(scenario, situation, clean))
        kept.append(updated)
        position = updated["next"]
        if is_terminal(scenario, position):
            break
    result = copy.deepcopy(attempt)
    result["steps"] = kept
    if result.get("first_answers"):
        result["first_answers"] = rescored_first_answers(situations, result["first_answers"])
    all_kept = len(kept) == len(attempt["steps"])
    if kept and (is_terminal(scenario, position) or (all_kept and attempt["phase"] == FEEDBACK)):
        result["position"] = kept[-1]["situation"]
        result["phase"] = FEEDBACK
    else:
        result["position"] = position if position in situations else start_id(scenario)
        result["phase"] = QUESTION
    return result, result != attempt


def rescored_entry(situations, situation_id, entry):
    """An answer (a step, or a kept first answer) scored with its situation's current key and weight; it keeps
    its score when the situation was removed or the answer no longer fits: an author's edit must not punish."""
    situation = situations.get(situation_id)
    if situation is None:
        return entry
    try:
        clean = validate_answer(situation, entry.get("answer"))
    except Problem:
        return entry
    return dict(entry, score=score_answer(situation, clean), weight=situation["weight"])


def rescored_first_answers(situations, first_answers):
    return {situation_id: rescored_entry(situations, situation_id, entry)
            for situation_id, entry in first_answers.items()}


def chosen_score(history, policy):
    """The ``best`` or the ``last`` finished attempt's score: a practice casus's result."""
    scores = [attempt["score"] for attempt in history if attempt.get("finished") and attempt.get("score") is not None]
    if not scores:
        return None
    return max(scores) if policy == "best" else scores[-1]


def grade_rule(history, policy):
    """``first`` (the first finished attempt counts), or the author's ``best``/``last`` policy for a learner whose
    attempts were finished before that rule (they have no ``counts`` key): their grade stays as it was."""
    legacy = [item for item in history if item.get("finished") and "counts" not in item]
    return policy if legacy else "first"


def graded_score(history, policy):
    """The grade of a graded casus (see the module's docstring); ``None`` before any attempt is finished."""
    finished = [item for item in history if item.get("finished") and item.get("score") is not None]
    rule = grade_rule(history, policy)
    if rule != "first":
        return chosen_score([item for item in finished if "counts" not in item], rule)
    return finished[0]["score"] if finished else None


def result_rule(history, scored, policy):
    """Which finished attempt the casus's result stands for, as its closing screen says: ``first``, ``best`` or
    ``last`` (a graded casus follows ``grade_rule``, a practice casus the author's policy)."""
    return grade_rule(history, policy) if scored else policy


def attempt_shown(history, scored, policy):
    """The finished attempt behind the casus's result (``result_rule``), or None: in a graded casus the one that
    counts for the grade, in a practice casus the best (the earliest of equals) or the last."""
    rule = result_rule(history, scored, policy)
    finished = [item for item in history if item.get("finished") and item.get("score") is not None]
    if scored and rule != "first":
        finished = [item for item in finished if "counts" not in item]  # as ``graded_score`` reads them
    if not finished:
        return None
    if rule == "first":
        return finished[0]
    if rule == "best":
        return max(finished, key=lambda item: item["score"])
    return finished[-1]


def attempts_used(attempt, history):
    """Finished attempts plus the one in progress."""
    in_progress = 1 if is_attempt(attempt) and not attempt.get("finished") else 0
    return len(history) + in_progress


def may_retry(attempt, history, allowed):
    """A new attempt may start when the current one is finished and the limit (0 = none) is not reached."""
    if is_attempt(attempt) and not attempt.get("finished"):
        return False
    return allowed == 0 or len(history) < allowed
