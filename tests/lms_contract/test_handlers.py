"""Handlers called as the LMS calls them (XBlock's Django request bridge), and ``student_view_data``."""
import json

import pytest
from xblock.fields import Scope, String

from .conftest import BLOCK_TYPES

NOT_AN_OBJECT = "Het verzoek moet een JSON-object zijn."
NOT_JSON = "Het verzoek kon niet worden gelezen: het is geen geldige JSON."
SECRET = "GEHEIM-5f3a"


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"[]", NOT_AN_OBJECT),
        (b"null", NOT_AN_OBJECT),
        (b'"x"', NOT_AN_OBJECT),
        (b"42", NOT_AN_OBJECT),
        (b"true", NOT_AN_OBJECT),
        (b"", NOT_AN_OBJECT),
        (b"{not json", NOT_JSON),
        (b"\xff\xfe{}", NOT_JSON),
    ],
)
def test_bodies_that_are_not_json_objects_get_400_in_dutch(lms, block_type, body, message):
    key = lms.add_block(block_type)
    before = lms.state()
    status, data = lms.call(lms.studio_editor_block(key, lms.staff), "studio_submit", body=body)
    assert (status, data["error"]) == (400, message)
    assert lms.state() == before


def test_the_bridge_answers_json_in_utf8(lms, probe):
    block = lms.studio_editor_block(probe, lms.staff)
    status, data = lms.call(block, "studio_submit", {"display_name": "Zorgfraude één"})
    assert (status, data) == (200, {"result": "success"})
    assert lms.lms_block(probe, lms.learner).display_name == "Zorgfraude één"


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_get_on_a_json_handler_is_405_and_changes_nothing(lms, block_type):
    key = lms.add_block(block_type)
    before = lms.state()
    status, data = lms.call(lms.lms_block(key, lms.staff), "studio_submit", body=b"", method="GET")
    assert (status, data["error"]) == (405, "Gebruik POST voor dit verzoek.")
    assert lms.state() == before


def test_a_wrong_field_type_is_a_400_that_names_the_field_and_changes_nothing(lms, probe):
    before = lms.state()
    status, data = lms.call(lms.studio_editor_block(probe, lms.staff), "studio_submit", {"display_name": 5})
    assert (status, data["field"]) == (400, "display_name")
    assert lms.state() == before


# ---- student_view_data (the mobile apps' Course Blocks API) ---------------------------------------------
def _give_learner_private_state(lms, key):
    """Put a recognisable value in every text field of the learner's own state."""
    block = lms.lms_block(key, lms.learner)
    for name, field in block.fields.items():
        if field.scope == Scope.user_state and isinstance(field, String):
            setattr(block, name, SECRET)
    block.save()


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_student_view_data_is_collected_without_a_user_and_is_the_same_for_everyone(lms, block_type):
    key = lms.add_block(block_type)
    _give_learner_private_state(lms, key)

    collected = lms.collect_block(key).student_view_data()
    assert isinstance(collected, dict)
    json.dumps(collected)
    assert lms.collect_block(key, with_user_service=False).student_view_data() == collected
    for person in (lms.learner, lms.staff, lms.anonymous):
        data = lms.lms_block(key, person).student_view_data()
        assert data == collected, person.key
        assert SECRET not in json.dumps(data)
