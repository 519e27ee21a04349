"""Scenario data for the Casus tests: a small linear scenario with all four formats, and a branching one."""
import copy


def option(identifier, text=None, next_step="", feedback=""):
    return {"id": identifier, "text": text or f"Optie {identifier}", "feedback": feedback or f"Waarom {identifier}",
            "next": next_step}


def situation(identifier, response_format, key, options=None, **extra):
    data = {
        "id": identifier, "title": f"Situatie {identifier}", "narrative": f"Verhaal bij {identifier}.",
        "image_url": "", "image_alt": "", "question": f"Wat doe je bij {identifier}?", "format": response_format,
        "options": options or [option("a"), option("b"), option("c")], "key": key,
        "tags": ["signaleren"], "weight": 1, "next": "",
    }
    data.update(extra)
    return data


def linear():
    """Four situations in order, one per format."""
    return copy.deepcopy({
        "introduction": "Een cliënt vertelt over haar zoon.",
        "competencies": ["signaleren", "samenwerken in de keten", "escaleren en rugdekking"],
        "situations": [
            situation("s1", "pick_best", {"points": {"a": 0, "b": 2, "c": 1}}),
            situation("s2", "best_worst", {"best": "a", "worst": "c"}, tags=["samenwerken in de keten"]),
            situation("s3", "rate", {"ratings": {"a": 5, "b": 1, "c": 3}}, tags=["escaleren en rugdekking"]),
            situation("s4", "rank", {"order": ["b", "a", "c"]}, weight=2,
                      tags=["signaleren", "samenwerken in de keten"]),
        ],
        "endings": [],
    })


def branching():
    """s1 branches: a -> s2, b -> s3, c -> ending 'slecht'; s2 and s3 lead to ending 'goed'."""
    return copy.deepcopy({
        "introduction": "",
        "competencies": ["signaleren"],
        "situations": [
            situation("s1", "pick_best", {"points": {"a": 2, "b": 1, "c": 0}},
                      options=[option("a", next_step="s2"), option("b", next_step="s3"),
                               option("c", next_step="slecht")]),
            situation("s2", "rank", {"order": ["a", "b", "c"]}, next="goed"),
            situation("s3", "rate", {"ratings": {"a": 5, "b": 1, "c": 3}}, next="goed"),
        ],
        "endings": [
            {"id": "goed", "title": "Goed afgelopen", "text": "Samen sterker."},
            {"id": "slecht", "title": "Verwaterd", "text": "Het signaal verwatert."},
        ],
    })


KEY_ANSWERS = {
    "s1": {"choice": "b"},
    "s2": {"best": "a", "worst": "c"},
    "s3": {"ratings": {"a": 5, "b": 1, "c": 3}},
    "s4": {"order": ["b", "a", "c"]},
}
