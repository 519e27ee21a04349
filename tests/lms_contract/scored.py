"""Scored activities in the test course and a learner's way through them, for the grading contract tests."""
from tests.network.fixtures import authoring, reference_as_learner_map
from tests.scenario.data import KEY_ANSWERS, linear

ANSWER = "Ik benoem mijn valkuil: ik wil het iedereen naar de zin maken."


def scenario(lms):
    """The linear casus (four formats), scored, saved through Studio's editor."""
    key = lms.add_block("weerbaar_scenario")
    payload = {"display_name": "Casus", "settings": {"scored": True}, "scenario": linear()}
    assert lms.call(lms.studio_editor_block(key, lms.staff), "studio_submit", payload)[0] == 200
    return key


def play_scenario(lms, key, person, answers=KEY_ANSWERS, *, start=True):
    block = lms.lms_block(key, person)
    if start:
        assert lms.call(block, "start_attempt", {})[0] == 200
    for situation, answer in answers.items():
        status, data = lms.call(block, "answer", {"situation": situation, "answer": answer})
        assert status == 200, data
        if data["state"]["status"] != "end":
            assert lms.call(block, "advance", {})[0] == 200
    return block


def network(lms):
    """The test case's netwerkkaart, scored."""
    key = lms.add_block("weerbaar_network")
    payload = authoring()
    payload["settings"]["scored"] = True
    assert lms.call(lms.studio_editor_block(key, lms.staff), "studio_submit", payload)[0] == 200
    return key


def submit_map(lms, key, person, learner_map=None):
    block = lms.lms_block(key, person)
    status, data = lms.call(block, "submit", {"map": learner_map or reference_as_learner_map(), "version": 0})
    assert status == 200, data
    return block


def reflection(lms, **fields):
    """A reflection the instructor reviews and scores out of 10."""
    return lms.add_block("weerbaar_reflection", review="instructor", grading="scored", max_points=10, **fields)


def submit_reflection(lms, key, person):
    block = lms.lms_block(key, person)
    status, data = lms.call(block, "submit", {"entry": 1, "version": 0, "answers": {"p1": ANSWER}})
    assert status == 200, data
    return block
