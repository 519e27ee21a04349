"""The parts of a scenario every Casus rule refers to: the four response formats and lookups by id."""

PICK_BEST = "pick_best"
BEST_WORST = "best_worst"
RATE = "rate"
RANK = "rank"
FORMATS = (PICK_BEST, BEST_WORST, RATE, RANK)

RATING_MIN = 1
RATING_MAX = 5


def situation_map(scenario):
    return {situation["id"]: situation for situation in scenario["situations"]}


def ending_map(scenario):
    return {ending["id"]: ending for ending in scenario["endings"]}


def option_ids(situation):
    return [option["id"] for option in situation["options"]]
