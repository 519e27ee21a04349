"""Casus aggregates across learners: peers' anonymous percentages and the instructor's per-situation view.

Inputs are stored answers, one per learner, possibly given before the author
edited the scenario: an answer that no longer fits the situation (an option
removed or added) is left out and counted in ``outdated``, never an error.
"""
from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.scenario.rules.parts import BEST_WORST, PICK_BEST, RANK, RATE
from weerbaarxblock.scenario.rules.scoring import score_answer, validate_answer


def usable_answers(situation, answers):
    """The answers that still fit ``situation``, validated; and how many did not."""
    usable, outdated = [], 0
    for answer in answers:
        try:
            usable.append(validate_answer(situation, answer))
        except Problem:
            outdated += 1
    return usable, outdated


def _percent(part, whole):
    return round(100 * part / whole) if whole else 0


def distribution(situation, answers):
    """How learners answered, per option, as percentages (and means for rating and ranking)."""
    usable, outdated = usable_answers(situation, answers)
    count = len(usable)
    rows = []
    for position, option in enumerate(situation["options"]):
        identifier = option["id"]
        row = {"id": identifier, "text": option["text"]}
        kind = situation["format"]
        if kind == PICK_BEST:
            row["chosen"] = _percent(sum(a["choice"] == identifier for a in usable), count)
        elif kind == BEST_WORST:
            row["best"] = _percent(sum(a["best"] == identifier for a in usable), count)
            row["worst"] = _percent(sum(a["worst"] == identifier for a in usable), count)
        elif kind == RATE:
            row["mean"] = round(sum(a["ratings"][identifier] for a in usable) / count, 2) if count else None
        elif kind == RANK:
            row["mean_position"] = (
                round(sum(a["order"].index(identifier) + 1 for a in usable) / count, 2) if count else None
            )
            row["first"] = _percent(sum(a["order"][0] == identifier for a in usable), count)
        row["position"] = position + 1
        rows.append(row)
    return {"situation": situation["id"], "format": situation["format"], "count": count,
            "outdated": outdated, "options": rows}


def peer_distribution(situation, answers, minimum):
    """Peers' anonymous percentages, or None while fewer than ``minimum`` peers have answered."""
    result = distribution(situation, answers)
    if result["count"] < max(1, minimum):
        return None
    return result


def situation_report(situation, answers):
    """For the instructor: distribution, mean score against the current key, and divergence per option.

    ``gap`` per option says how far learners are from the experts there:
    pick best   percentage of learners choosing it times the credit they miss (1 - points / max)
    best/worst  percentage naming it best although the key does not, plus naming it worst although the key does not
    rate        learners' mean rating minus the experts' mean (signed)
    rank        learners' mean position minus the expert position (signed)
    """
    result = distribution(situation, answers)
    usable, _outdated = usable_answers(situation, answers)
    scores = [score_answer(situation, answer) for answer in usable]
    result["mean_score"] = round(sum(scores) / len(scores), 4) if scores else None
    result["divergence"] = round(1 - result["mean_score"], 4) if scores else None
    key = situation["key"]
    kind = situation["format"]
    for row in result["options"]:
        identifier = row["id"]
        if kind == PICK_BEST:
            top = max(key["points"].values())
            row["expert"] = key["points"][identifier]
            row["gap"] = round(row["chosen"] * (1 - key["points"][identifier] / top), 1)
        elif kind == BEST_WORST:
            row["expert"] = "best" if key["best"] == identifier else "worst" if key["worst"] == identifier else ""
            row["gap"] = ((0 if row["expert"] == "best" else row["best"])
                          + (0 if row["expert"] == "worst" else row["worst"]))
        elif kind == RATE:
            row["expert"] = key["ratings"][identifier]
            row["gap"] = round(row["mean"] - row["expert"], 2) if row["mean"] is not None else None
        elif kind == RANK:
            row["expert"] = key["order"].index(identifier) + 1
            row["gap"] = round(row["mean_position"] - row["expert"], 2) if row["mean_position"] is not None else None
    gaps = [row for row in result["options"] if row.get("gap")]
    result["most_divergent"] = max(gaps, key=lambda row: abs(row["gap"]))["id"] if gaps else None
    return result


def report(scenario, answers_by_situation):
    """Every situation's report, the ones where learners diverge most from the key first."""
    reports = [situation_report(s, answers_by_situation.get(s["id"], [])) for s in scenario["situations"]]
    return sorted(reports, key=lambda r: -(r["divergence"] if r["divergence"] is not None else -1))


# ---- which attempts the instructor's report shows --------------------------------------------------------------
REPORT_ATTEMPTS_PER_LEARNER = 5
REPORT_LEARNER_LIMIT = 1000


def report_selection(index, per_learner=REPORT_ATTEMPTS_PER_LEARNER, learner_limit=REPORT_LEARNER_LIMIT):
    """Which stored attempts the report shows, per learner, and what it leaves out (always said, never silent).

    ``index``: ``(id, learner_id, learner_name, number, finished)`` per stored attempt. Learners come by name;
    each learner's first finished attempt (the one a graded casus counts) comes first, then the newest ones, at
    most ``per_learner``: one learner's many retries cannot push other learners out. Returns ``{"ids", "first",
    "hidden" ({learner_id: attempts not shown}), "total", "shown", "learners", "learners_shown"}``.
    """
    by_learner = {}
    for identifier, learner_id, learner_name, number, finished in index:
        by_learner.setdefault(learner_id, {"name": learner_name or "", "rows": []})["rows"].append(
            (number, identifier, bool(finished)))
    order = sorted(by_learner, key=lambda learner: (by_learner[learner]["name"], learner))
    ids, first, hidden = [], [], {}
    for learner_id in order[:learner_limit]:
        rows = sorted(by_learner[learner_id]["rows"], reverse=True)  # newest first
        counting = next((row for row in reversed(rows) if row[2]), None)
        chosen = ([counting] if counting else []) + [row for row in rows if row is not counting]
        ids += [row[1] for row in chosen[:per_learner]]
        first += [counting[1]] if counting else []
        if len(rows) > per_learner:
            hidden[learner_id] = len(rows) - per_learner
    return {"ids": ids, "first": first, "hidden": hidden, "total": len(index), "shown": len(ids),
            "learners": len(order), "learners_shown": min(len(order), learner_limit)}
