"""Casus tallies: how learners answered a situation, kept as counters instead of read from every answer.

Each learner's first answer to a situation (given before its key was seen; the one a graded casus counts) adds
one to a few named counters, in the transaction that stores the answer; peers' percentages and the instructor's
statistics are computed from the counters, so they cost the same for 10 learners or 10,000.

A counter is named ``answers`` (every counted answer, fitting or not) or ``<shape>|<what>``. The shape says which
answers can still be read against the situation as the author left it:

pick_best    ``pick_best|chosen:<option>``             fits while the option exists
best_worst   ``best_worst|pair:<best>:<worst>``        fits while both exist
rate         ``rate:<options>|rating:<option>:<1-5>``  fits while the options are the same set (every option is
rank         ``rank:<options>|place:<option>:<place>`` rated or placed), and ``<shape>|n`` counts those answers

``<options>`` is a short digest of the sorted option ids. Everything the report shows (shares, means, scores
against the current key) is linear in these counts. Option ids hold no ``:`` or ``|`` (``model.ID_PATTERN``).
"""
import hashlib

from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.scenario.rules.parts import BEST_WORST, PICK_BEST, RANK, RATE, RATING_MAX, RATING_MIN, option_ids
from weerbaarxblock.scenario.rules.scoring import footrule_max, validate_answer

ALL = "answers"


def shape(response_format, ids):
    """The shape of the answers that fit a situation of this format with these option ids."""
    if response_format in (RATE, RANK):
        digest = hashlib.sha1(",".join(sorted(ids)).encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
        return f"{response_format}:{digest}"
    return str(response_format)


def marks(response_format, answer):
    """The counters one clean answer adds one to (``ALL`` included); ``[ALL]`` for an answer of unknown shape."""
    names = _names(response_format, answer) if isinstance(answer, dict) else None
    if names is None:
        return [ALL]
    ids, parts = names
    prefix = shape(response_format, ids) + "|"
    return [ALL] + [prefix + part for part in parts]


def _names(response_format, answer):
    if response_format == PICK_BEST and isinstance(answer.get("choice"), str):
        return (), [f"chosen:{answer['choice']}"]
    if response_format == BEST_WORST and isinstance(answer.get("best"), str) and isinstance(answer.get("worst"), str):
        return (), [f"pair:{answer['best']}:{answer['worst']}"]
    if response_format == RATE and isinstance(answer.get("ratings"), dict):
        ratings = answer["ratings"]
        return list(ratings), ["n"] + [f"rating:{option}:{value}" for option, value in ratings.items()]
    if response_format == RANK and isinstance(answer.get("order"), list):
        order = [str(option) for option in answer["order"]]
        return order, ["n"] + [f"place:{option}:{place}" for place, option in enumerate(order, start=1)]
    return None


def count_answers(situation, answers):
    """The tallies of a list of stored answers to ``situation`` (each validated once; one that no longer fits
    counts only in ``ALL``). The report's rules are tested on these; the store keeps the same counters."""
    tallies = {}
    for answer in answers:
        try:
            names = marks(situation["format"], validate_answer(situation, answer))
        except Problem:
            names = [ALL]
        for name in names:
            tallies[name] = tallies.get(name, 0) + 1
    return tallies


def subtract(tallies, names):
    """``tallies`` without one answer that added to ``names`` (a learner's own answer, left out of "peers")."""
    result = dict(tallies)
    for name in names:
        result[name] = max(0, result.get(name, 0) - 1)
    return result


def read(situation, tallies):
    """What the counters say about the answers that fit ``situation`` now.

    ``{"count", "outdated", "chosen"?, "best"?, "worst"?, "histogram"?, "score_sum"}``: counts per option id
    (``histogram``: per option, count per rating or place), and the sum of the answers' scores against the key.
    """
    kind = situation["format"]
    ids = option_ids(situation)
    prefix = shape(kind, ids) + "|"
    if kind == PICK_BEST:
        result = _read_pick(situation, ids, tallies, prefix)
    elif kind == BEST_WORST:
        result = _read_best_worst(situation, ids, tallies, prefix)
    else:
        result = _read_spread(situation, ids, tallies, prefix)
    result["outdated"] = max(0, tallies.get(ALL, 0) - result["count"])
    return result


def _read_pick(situation, ids, tallies, prefix):
    chosen = {option: tallies.get(f"{prefix}chosen:{option}", 0) for option in ids}
    points = situation["key"]["points"]
    top = max(points.values()) if points else 0
    score_sum = sum(count * points[option] / top for option, count in chosen.items()) if top > 0 else 0.0
    return {"count": sum(chosen.values()), "chosen": chosen, "score_sum": score_sum}


def _read_best_worst(situation, ids, tallies, prefix):
    key = situation["key"]
    best, worst = dict.fromkeys(ids, 0), dict.fromkeys(ids, 0)
    score_sum = 0.0
    for first in ids:
        for last in ids:
            count = tallies.get(f"{prefix}pair:{first}:{last}", 0) if first != last else 0
            best[first] += count
            worst[last] += count
            score_sum += count * ((first == key["best"]) + (last == key["worst"])) / 2
    return {"count": sum(best.values()), "best": best, "worst": worst, "score_sum": score_sum}


def _read_spread(situation, ids, tallies, prefix):
    """Rating or ranking: per option how many gave each rating (or place), and the scores' sum (``scoring``)."""
    count = tallies.get(prefix + "n", 0)
    key = situation["key"]
    if situation["format"] == RATE:
        values, name = range(RATING_MIN, RATING_MAX + 1), "rating"
        expert = key["ratings"]
        widest = len(ids) * (RATING_MAX - RATING_MIN)
    else:
        values, name = range(1, len(ids) + 1), "place"
        expert = {option: place for place, option in enumerate(key["order"], start=1)}
        widest = footrule_max(len(ids))
    histogram = {option: {value: tallies.get(f"{prefix}{name}:{option}:{value}", 0) for value in values}
                 for option in ids}
    distance = sum(number * abs(value - expert[option])
                   for option, counts in histogram.items() for value, number in counts.items())
    score_sum = count - distance / widest if widest else float(count)
    return {"count": count, "histogram": histogram, "score_sum": score_sum}
