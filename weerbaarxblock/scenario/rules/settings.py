"""Casus settings an author chooses: instruction wording, attempts, navigation, peers, grading."""
from weerbaarxblock.core.rules.problems import ProblemCollector
from weerbaarxblock.core.rules.shapes import get_bool, get_choice, get_int, get_number, require_object

SHOULD = "should"  # "what should you do": knowledge of effective behaviour
WOULD = "would"  # "what would you do": behavioural tendency (McDaniel et al., 2007)
BEST = "best"
LAST = "last"

SETTINGS_DEFAULTS = {
    "instruction": SHOULD,
    "attempts_allowed": 0,  # 0: no limit
    "allow_back": False,
    "show_peers": True,
    "peer_minimum": 5,
    "scored": True,
    "grading_policy": BEST,
    "weight": 1.0,
}


def normalise_settings(raw):
    """Clean settings or ``Problems`` with the field path ``settings.<name>`` per message."""
    data = require_object(raw, "settings")
    readers = {
        "instruction": lambda: get_choice(data, "instruction", (SHOULD, WOULD)),
        "attempts_allowed": lambda: get_int(data, "attempts_allowed", minimum=0, maximum=100),
        "allow_back": lambda: get_bool(data, "allow_back"),
        "show_peers": lambda: get_bool(data, "show_peers"),
        "peer_minimum": lambda: get_int(data, "peer_minimum", minimum=1, maximum=1000),
        "scored": lambda: get_bool(data, "scored"),
        "grading_policy": lambda: get_choice(data, "grading_policy", (BEST, LAST)),
        "weight": lambda: get_number(data, "weight", minimum=0, maximum=1000),
    }
    clean, found = {}, ProblemCollector()
    for name, read in readers.items():
        clean[name] = found.check(read, prefix="settings") if name in data else SETTINGS_DEFAULTS[name]
    found.raise_any()
    clean["weight"] = float(clean["weight"])
    return clean
