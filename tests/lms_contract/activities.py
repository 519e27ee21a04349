"""Playable activities in the test course: the demo's casus and netwerkkaart, saved through Studio's editor."""
from weerbaarxblock.core.block import loader
from weerbaarxblock.core.olx import parse
from weerbaarxblock.network import olx as network_olx
from weerbaarxblock.scenario import olx as scenario_olx

DEMO = {
    "weerbaar_scenario": (scenario_olx, "demo/content/casus/koerier.xml"),
    "weerbaar_network": (network_olx, "demo/content/netwerkkaart/zorgfraude.xml"),
}


def add_demo(lms, block_type):
    """A block of ``block_type`` with the demo's content where it has one, saved by an author in Studio."""
    key = lms.add_block(block_type)
    if block_type in DEMO:
        module, path = DEMO[block_type]
        data = module.to_data(parse(loader.load_unicode(path)), "Demo")
        status, answer = lms.call(lms.studio_editor_block(key, lms.staff), "studio_submit", data)
        assert status == 200, answer
    return key


# One learner's writes per activity, in order: (handler, payload). Every learner handler that writes is here.
def learner_writes(block_type):
    return {
        "weerbaar_reflection": [
            ("save_draft", {"entry": 1, "version": 0, "answers": {"p1": "Ik let goed op signalen."}}),
            ("submit", {"entry": 1, "version": 1, "answers": {"p1": "Ik let goed op signalen."}}),
            ("mark_feedback_seen", {"review_id": 1}),
        ],
        "weerbaar_scenario": [("start_attempt", {}), ("advance", {}), ("go_back", {}), ("retry", {})],
        "weerbaar_network": [
            ("save_map", {"version": 0, "map": {"actors": [], "relations": []}}),
            ("submit", {"version": 1, "map": {"actors": [], "relations": []}}),
        ],
    }[block_type]


def first_answer(block):
    """A valid answer to the casus's first situation: ``{"situation", "answer"}``."""
    situation = block.clean_scenario()["situations"][0]
    ids = [option["id"] for option in situation["options"]]
    answers = {
        "pick_best": {"choice": ids[0]},
        "best_worst": {"best": ids[0], "worst": ids[-1]},
        "rate": {"ratings": dict.fromkeys(ids, 3)},
        "rank": {"order": ids},
    }
    return {"situation": situation["id"], "answer": answers[situation["format"]]}


def play(lms, block, block_type):
    """Every write a learner makes in the activity, through the handlers; returns the answers."""
    answers = []
    for name, payload in learner_writes(block_type):
        answers.append((name, lms.call(block, name, payload)))
        if block_type == "weerbaar_scenario" and name == "start_attempt":
            answers.append(("answer", lms.call(block, "answer", first_answer(block))))
    return answers
