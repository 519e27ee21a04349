"""What the author's summary in Studio shows about a stored casus: formats, situations, keys, endings.

Reads the raw stored scenario, so it also describes a casus that cannot be played yet.
"""
from weerbaarxblock.scenario.rules.parts import BEST_WORST, PICK_BEST, RANK, RATE


def key_complete(situation):
    """True when the situation's expert key covers its options as its format needs (see ``model``)."""
    key = situation.get("key") or {}
    ids = [option.get("id") for option in situation.get("options") or []]
    answer_format = situation.get("format")
    if not ids:
        return False
    if answer_format == PICK_BEST:
        points = key.get("points") or {}
        return all(option in points for option in ids) and any((points.get(option) or 0) > 0 for option in ids)
    if answer_format == BEST_WORST:
        return key.get("best") in ids and key.get("worst") in ids and key.get("best") != key.get("worst")
    if answer_format == RATE:
        return all(option in (key.get("ratings") or {}) for option in ids)
    if answer_format == RANK:
        return sorted(key.get("order") or []) == sorted(ids)
    return False


def summary(scenario):
    """``{situations, formats, incomplete, endings}``: counts, the formats in use, titles to look at."""
    situations = scenario.get("situations") or []
    formats = []
    for situation in situations:
        if situation.get("format") and situation["format"] not in formats:
            formats.append(situation["format"])
    return {
        "situations": len(situations),
        "formats": formats,
        "incomplete": [
            situation.get("title") or situation.get("question") or situation.get("id") or ""
            for situation in situations if not key_complete(situation)
        ],
        "endings": [ending.get("title") or ending.get("id") or "" for ending in scenario.get("endings") or []],
    }
