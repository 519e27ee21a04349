"""Casus aggregates across learners: peers' anonymous percentages and the instructor's per-situation view.

Inputs are a situation's tallies (``rules/tallies``): counters of the learners' first answers, kept as they
answer. An answer that no longer fits the situation after the author's edit (an option removed or added) is left
out and counted in ``outdated``, never an error. Nothing here reads, or validates, answers one by one.
"""
from weerbaarxblock.scenario.rules import tallies as counters
from weerbaarxblock.scenario.rules.parts import BEST_WORST, PICK_BEST, RANK, RATE


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


def _mean(histogram, count):
    """The mean rating (or place) of one option, from how many gave each value."""
    return round(sum(value * number for value, number in histogram.items()) / count, 2) if count else None


def distribution(situation, tallies):
    """How learners answered, per option, as whole percentages that add up to 100 (and means for rating and
    ranking). ``tallies``: the situation's counters (``tallies.count_answers`` makes them from a list)."""
    return _distribution(situation, tallies)[0]


def _distribution(situation, tallies):
    """``distribution`` and what the counters said (``tallies.read``)."""
    found = counters.read(situation, tallies)
    count = found["count"]
    kind = situation["format"]
    ids = [option["id"] for option in situation["options"]]
    shares = {}
    if kind == PICK_BEST:
        shares["chosen"] = found["chosen"]
    elif kind == BEST_WORST:
        shares.update(best=found["best"], worst=found["worst"])
    elif kind == RANK:
        shares["first"] = {option: found["histogram"][option][1] for option in ids}
    shares = {name: dict(zip(ids, whole_percentages([values[option] for option in ids]), strict=True))
              for name, values in shares.items()}
    rows = []
    for position, option in enumerate(situation["options"]):
        identifier = option["id"]
        row = {"id": identifier, "text": option["text"]}
        row.update((name, values[identifier]) for name, values in shares.items())
        if kind == RATE:
            row["mean"] = _mean(found["histogram"][identifier], count)
        elif kind == RANK:
            row["mean_position"] = _mean(found["histogram"][identifier], count)
        row["position"] = position + 1
        rows.append(row)
    return {"situation": situation["id"], "format": kind, "count": count,
            "outdated": found["outdated"], "options": rows}, found


def peer_distribution(situation, tallies, minimum):
    """Peers' anonymous percentages, or None while fewer than ``minimum`` peers have answered."""
    result = distribution(situation, tallies)
    if result["count"] < max(1, minimum):
        return None
    return result


def situation_report(situation, tallies):
    """For the instructor: distribution, mean score against the current key, and divergence per option.

    ``gap`` per option says how far learners are from the experts there:
    pick best   the score lost through it, in percent of the most learners could score here: the share of learners
                choosing it times the credit they miss (1 - points / max), from the counts (not the rounded
                shares); the options' gaps add up to the divergence
    best/worst  percentage naming it best although the key does not, plus naming it worst although the key does not
    rate        learners' mean rating minus the experts' mean (signed)
    rank        learners' mean position minus the expert position (signed)
    """
    result, found = _distribution(situation, tallies)
    count = found["count"]
    result["mean_score"] = round(found["score_sum"] / count, 4) if count else None
    result["divergence"] = round(1 - result["mean_score"], 4) if count else None
    key = situation["key"]
    kind = situation["format"]
    for row in result["options"]:
        identifier = row["id"]
        if kind == PICK_BEST:
            top = max(key["points"].values())
            row["expert"] = key["points"][identifier]
            chosen = found["chosen"][identifier]
            row["gap"] = round(100 * chosen / count * (1 - key["points"][identifier] / top), 1) if count else 0
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


def report(scenario, tallies_by_situation):
    """Every situation's report, the ones where learners diverge most from the key first."""
    reports = [situation_report(s, tallies_by_situation.get(s["id"], {})) for s in scenario["situations"]]
    return sorted(reports, key=lambda r: -(r["divergence"] if r["divergence"] is not None else -1))
