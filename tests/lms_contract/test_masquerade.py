"""'View this course as: specific learner': staff see the learner's view, and nothing of the learner changes.

The platform keeps the learner's fields in the staff member's session (``masquerade.MasqueradingKvs``); the
blocks see the masquerade through the user service (``roles.is_masquerade``) and then write no rows, grades,
completion or events (``api.rehearse``, ``WeerbaarBlock.publish_*``).
"""
import pytest

from weerbaarxblock.core.api import LEARNER

from .activities import add_demo, learner_writes, play
from .conftest import BLOCK_TYPES
from .masquerade import Session
from .test_roles import handlers_with_role


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_every_learner_write_handler_is_covered_here(lms, block_type):
    block = lms.lms_block(lms.add_block(block_type), lms.learner)
    written = {name for name, _payload in learner_writes(block_type)}
    if block_type == "weerbaar_scenario":
        written.add("answer")  # its payload depends on the casus: see ``activities.play``
    read_only = {"learner_state", "privacy_scan"}  # privacy_scan reads the text it is sent and writes nothing
    assert set(handlers_with_role(block, {LEARNER})) - read_only == written


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_under_masquerade_nothing_of_the_learner_changes(lms, block_type):
    key = add_demo(lms, block_type)
    before = lms.state()
    session = Session()
    block = lms.masquerade_block(key, lms.staff, lms.learner, session)
    assert block.viewer.is_masquerading and not block.viewer.may_write
    answers = play(lms, block, block_type)
    assert any(status == 200 for _name, (status, _data) in answers), answers
    assert lms.state() == before  # no rows, scores, completions, events, and the learner's fields as they were
    assert session["masquerade_data"]  # what the staff member did lives in their session only


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_the_learner_still_writes_normally(lms, block_type):
    key = add_demo(lms, block_type)
    before = lms.state()
    play(lms, lms.lms_block(key, lms.learner), block_type)
    after = lms.state()
    assert after["events"] != before["events"]
    assert after["fields"] != before["fields"]


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_staff_see_the_learners_own_view_with_a_notice(lms, block_type):
    key = add_demo(lms, block_type)
    play(lms, lms.lms_block(key, lms.learner), block_type)
    html = lms.masquerade_block(key, lms.staff, lms.learner, Session()).render("student_view", {}).content
    assert "weerbaar-rehearsal" in html and "Samira de Vries" in html
    assert "Mirjam" not in html
    plain = lms.lms_block(key, lms.learner).render("student_view", {}).content
    assert "weerbaar-rehearsal" not in plain


def test_the_viewer_sees_no_masquerade_without_real_user(lms, probe):
    assert not lms.lms_block(probe, lms.staff).viewer.is_masquerading
    assert lms.lms_block(probe, lms.learner).viewer.may_write
