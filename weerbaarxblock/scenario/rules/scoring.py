"""Casus scoring: learner answers checked against a situation, and scored against the expert key.

Every situation score lies in [0, 1]; an attempt's score is the weighted mean of
its situations' scores (weights chosen by the author).

Formats and formulas
--------------------
Pick the best option
    score = points(chosen) / max(points). Experts give each option points, so a
    second-best choice can earn partial credit.
Pick the best and the worst ("most and least effective")
    score = ([best = key best] + [worst = key worst]) / 2. Arthur et al. (2014,
    J. Applied Psychology 99:535-545) found this format and ranking comparable.
Rate every option (1-5)
    score = 1 - mean_i |rating_i - expert_mean_i| / 4, the distance to the
    experts' mean rating per option (McDaniel et al., 2011, J. Applied Psychology
    96:327-336, score rating formats as distance from the expert mean). The
    divisor 4 is the widest possible distance on a 1-5 scale. McDaniel et al.
    also found that standardising each respondent's ratings (removing elevation
    and scatter) raises validity; this module keeps raw distances so a learner
    can follow how the score came about.
Rank all options
    score = 1 - footrule(order, key) / floor(n^2 / 2), where Spearman's footrule
    is the sum over options of |position in the learner's order - position in
    the expert order| and floor(n^2/2) is its maximum for n options (reached by
    the reversed order).

Instruction wording ("what should you do" versus "what would you do") does not
change scoring; McDaniel et al. (2007, Personnel Psychology 60:63-91) found
similar validity for both, with different correlates.
"""
from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.core.rules.shapes import get_list, require_object
from weerbaarxblock.scenario.rules.parts import BEST_WORST, PICK_BEST, RANK, RATE, RATING_MAX, RATING_MIN, option_ids

JUSTIFICATION_LIMIT = 1000


# ---- learner answers --------------------------------------------------------------------------------------

def validate_answer(situation, raw):
    """A clean answer for ``situation`` or a ``Problem`` (unknown options, incomplete, out of range)."""
    data = require_object(raw, "answer")
    ids = option_ids(situation)
    kind = situation["format"]
    if kind == PICK_BEST:
        return {"choice": _option(data, "choice", ids)}
    if kind == BEST_WORST:
        best, worst = _option(data, "best", ids), _option(data, "worst", ids)
        if best == worst:
            raise Problem("best_equals_worst", field="worst")
        return {"best": best, "worst": worst}
    if kind == RATE:
        return {"ratings": _ratings(data, ids)}
    if kind == RANK:
        return {"order": _order(data, ids)}
    raise Problem("unknown_choice", field="format", value=str(kind))


def _option(data, key, ids):
    value = data.get(key)
    if value is None:
        raise Problem("missing_field", field=key)
    if not isinstance(value, str) or value not in ids:
        raise Problem("unknown_option", field=key, value=str(value)[:40])
    return value


def _ratings(data, ids):
    ratings = data.get("ratings")
    if not isinstance(ratings, dict):
        raise Problem("missing_field" if ratings is None else "wrong_type", field="ratings")
    unknown = [key for key in ratings if key not in ids]
    if unknown:
        raise Problem("unknown_option", field="ratings", value=str(unknown[0])[:40])
    missing = [identifier for identifier in ids if identifier not in ratings]
    if missing:
        raise Problem("incomplete_ratings", field="ratings", count=len(missing))
    clean = {}
    for identifier in ids:
        value = ratings[identifier]
        if isinstance(value, bool) or not isinstance(value, int):
            raise Problem("rating_out_of_range", field=f"ratings.{identifier}", minimum=RATING_MIN, maximum=RATING_MAX)
        if not RATING_MIN <= value <= RATING_MAX:
            raise Problem("rating_out_of_range", field=f"ratings.{identifier}", minimum=RATING_MIN, maximum=RATING_MAX)
        clean[identifier] = value
    return clean


def _order(data, ids):
    order = get_list(data, "order", max_items=len(ids) + 1)
    for value in order:
        if not isinstance(value, str) or value not in ids:
            raise Problem("unknown_option", field="order", value=str(value)[:40])
    if len(order) != len(ids) or len(set(order)) != len(ids):
        raise Problem("incomplete_ranking", field="order", count=len(ids))
    return list(order)


def clean_justification(raw):
    """The optional short justification: text, no NUL, at most ``JUSTIFICATION_LIMIT`` characters."""
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise Problem("wrong_type", field="justification", expected="text")
    if "\x00" in raw:
        raise Problem("nul_character", field="justification")
    text = raw.strip()
    if len(text) > JUSTIFICATION_LIMIT:
        raise Problem("too_many_characters", field="justification", limit=JUSTIFICATION_LIMIT, count=len(text))
    return text


# ---- scores -----------------------------------------------------------------------------------------------

def footrule(order, key_order):
    """Spearman's footrule: the sum of absolute position differences of each item."""
    position = {item: index for index, item in enumerate(key_order)}
    return sum(abs(index - position[item]) for index, item in enumerate(order))


def footrule_max(count):
    """The footrule's maximum for ``count`` items, floor(n^2 / 2), reached by the reversed order."""
    return count * count // 2


def score_pick_best(points, choice):
    top = max(points.values())
    return _bounded(points[choice] / top) if top > 0 else 0.0


def score_best_worst(key, best, worst):
    return ((best == key["best"]) + (worst == key["worst"])) / 2


def score_rate(expert_ratings, ratings):
    distance = sum(abs(ratings[option] - expert) for option, expert in expert_ratings.items())
    return _bounded(1 - distance / len(expert_ratings) / (RATING_MAX - RATING_MIN))


def score_rank(key_order, order):
    worst = footrule_max(len(key_order))
    return _bounded(1 - footrule(order, key_order) / worst) if worst else 1.0


def score_answer(situation, answer):
    """The score in [0, 1] of a validated ``answer`` against the situation's key."""
    key = situation["key"]
    kind = situation["format"]
    if kind == PICK_BEST:
        return score_pick_best(key["points"], answer["choice"])
    if kind == BEST_WORST:
        return score_best_worst(key, answer["best"], answer["worst"])
    if kind == RATE:
        return score_rate(key["ratings"], answer["ratings"])
    if kind == RANK:
        return score_rank(key["order"], answer["order"])
    raise ValueError(kind)


def weighted_score(steps):
    """The weighted mean of step scores (each step carries its ``score`` and ``weight``)."""
    total = sum(step["weight"] for step in steps)
    if total <= 0:
        return 0.0
    return _bounded(sum(step["score"] * step["weight"] for step in steps) / total)


def competency_profile(steps, competencies):
    """Per competency the weighted mean score of the answered situations tagged with it.

    Competencies no step carries are left out; tags no longer in the author's list
    (an edit after the attempt) follow the listed ones, so old attempts keep their profile.
    """
    order = list(competencies) + sorted({t for step in steps for t in step["tags"]} - set(competencies))
    profile = []
    for tag in order:
        tagged = [step for step in steps if tag in step["tags"]]
        if tagged:
            profile.append({"competency": tag, "score": weighted_score(tagged), "situations": len(tagged)})
    return profile


def _bounded(value):
    return min(1.0, max(0.0, float(value)))
