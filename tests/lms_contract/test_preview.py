"""Studio's preview: the author summary (``author_view``), and a learner view that never writes to the store."""
import pytest

from .activities import add_demo, play
from .conftest import BLOCK_TYPES
from .masquerade import Session


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_trying_the_activity_in_preview_stores_nothing(lms, block_type):
    key = add_demo(lms, block_type)
    before = lms.state()
    session = Session()
    block = lms.studio_preview_block(key, lms.staff, session)
    assert not block.viewer.may_write
    answers = play(lms, block, block_type)
    assert any(status == 200 for _name, (status, _data) in answers), answers
    assert lms.state() == before
    assert session  # the preview user's fields live in the Studio session


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_the_author_view_summarises_and_offers_the_learner_view(lms, block_type):
    block = lms.studio_preview_block(add_demo(lms, block_type), lms.staff)
    assert type(block).has_author_view
    fragment = block.render("author_view", {})
    html = fragment.content
    assert html.count("<details") == 1 and "weerbaar-author-facts" in html
    assert "weerbaar-rehearsal" in html  # the learner view inside says nothing is saved
    assert fragment.js_init_fn == block.render("student_view", {}).js_init_fn


def test_the_casus_summary_names_formats_and_key_completeness(lms):
    block = lms.studio_preview_block(add_demo(lms, "weerbaar_scenario"), lms.staff)
    html = block.render("author_view", {}).content
    situations = len(block.clean_scenario()["situations"])
    assert f"<dd>{situations}</dd>" in html


def test_the_netwerkkaart_summary_says_whether_the_expert_map_is_filled(lms):
    empty = lms.studio_preview_block(lms.add_block("weerbaar_network"), lms.staff)
    filled = lms.studio_preview_block(add_demo(lms, "weerbaar_network"), lms.staff)
    actors = len(filled.reference["actors"])
    assert str(actors) in filled.render("author_view", {}).content
    assert empty.render("author_view", {}).content != filled.render("author_view", {}).content
