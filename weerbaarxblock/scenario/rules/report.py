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


def whole_percentages(counts):
    """Whole percentages of ``counts`` that add up to exactly 100 (largest remainder); all 0 when nothing counted.

    Plain rounding can give 101 (three equal thirds round to 33 each and 99): here the shares that lost most in
    rounding down get the missing points, the earlier one first on a tie.
    """
    whole = sum(counts)
    if not whole:
        return [0 for _count in counts]
    exact = [100 * count / whole for count in counts]
    result = [int(value) for value in exact]
    by_remainder = sorted(range(len(counts)), key=lambda index: (-(exact[index] - result[index]), index))
    for index in by_remainder[:100 - sum(result)]:
        result[index] += 1
    return result


def _shares(situation, usable, picked):
    """``{option id: whole percentage}`` of the answers whose ``picked(answer)`` is that option."""
    ids = [option["id"] for option in situation["options"]]
    counts = [sum(picked(answer) == identifier for answer in usable) for identifier in ids]
    return dict(zip(ids, whole_percentages(counts), strict=True))


# Per format, the columns of whole percentages: (name, which option an answer puts there).
SHARES = {
    PICK_BEST: (("chosen", lambda answer: answer["choice"]),),
    BEST_WORST: (("best", lambda answer: answer["best"]), ("worst", lambda answer: answer["worst"])),
    RANK: (("first", lambda answer: answer["order"][0]),),
}


def distribution(situation, answers):
    """How learners answered, per option, as whole percentages that add up to 100 (and means for rating and
    ranking)."""
    usable, outdated = usable_answers(situation, answers)
    count = len(usable)
    kind = situation["format"]
    shares = {name: _shares(situation, usable, picked) for name, picked in SHARES.get(kind, ())}
    rows = []
    for position, option in enumerate(situation["options"]):
        identifier = option["id"]
        row = {"id": identifier, "text": option["text"]}
        row.update((name, values[identifier]) for name, values in shares.items())
        if kind == RATE:
            row["mean"] = round(sum(a["ratings"][identifier] for a in usable) / count, 2) if count else None
        elif kind == RANK:
            row["mean_position"] = (
                round(sum(a["order"].index(identifier) + 1 for a in usable) / count, 2) if count else None
            )
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
    pick best   the score lost through it, in percent of the most learners could score here: the share of learners
                choosing it times the credit they miss (1 - points / max), from the counts (not the rounded
                shares); the options' gaps add up to the divergence
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
            chosen = sum(answer["choice"] == identifier for answer in usable)
            row["gap"] = round(100 * chosen / len(usable) * (1 - key["points"][identifier] / top), 1) if usable else 0
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
