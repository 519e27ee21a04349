"""Roles against the platform's contract: who may save a block's settings, and who the viewer is.

A past Open edX advisory let any logged-in user post to a Studio save handler. Every
handler is reachable through the LMS's handler URL, so the base accepts a save only where
Studio's ``studio_user_permissions`` grants write access (its editor and its preview runtime);
everyone else gets 403 and nothing changes, course staff in the LMS included (content is
read-only there: ``lms/djangoapps/lms_xblock/field_data.py``).
"""
import pytest

from weerbaarxblock.core.api import AUTHOR, LEARNER, STAFF

from .conftest import BLOCK_TYPES
from .runtime import ANONYMOUS_KEYS, AUTHENTICATED_KEYS, USER_IS_STAFF

AUTHORS_ONLY = "Alleen cursusauteurs mogen deze activiteit wijzigen."
STAFF_ONLY = "Alleen het cursusteam mag dit doen."
LOGIN_REQUIRED = "Je moet ingelogd zijn om dit te doen."
HIJACK = {"display_name": "Gekaapt", "introduction": "Gekaapt", "title": "Gekaapt"}


def handlers_with_role(block, roles):
    """Names of the block's ``@api`` handlers whose role is one of ``roles``."""
    found = []
    for name in dir(type(block)):
        handler = getattr(type(block), name, None)
        if getattr(handler, "_is_xblock_handler", False) and getattr(handler, "weerbaar_role", None) in roles:
            found.append(name)
    return found


# ---- the user service ------------------------------------------------------------------------------
def test_the_user_service_carries_edx_platforms_keys(lms):
    key = lms.add_block(BLOCK_TYPES[0])

    def attrs(person):
        block = lms.lms_block(key, person)
        return block.runtime.service(block, "user").get_current_user().opt_attrs

    learner_attrs, staff_attrs, anonymous_attrs = attrs(lms.learner), attrs(lms.staff), attrs(lms.anonymous)
    assert set(learner_attrs) == set(staff_attrs) == AUTHENTICATED_KEYS
    assert set(anonymous_attrs) == ANONYMOUS_KEYS
    assert (learner_attrs[USER_IS_STAFF], staff_attrs[USER_IS_STAFF]) == (False, True)


# ---- studio_submit, for every block type ------------------------------------------------------------
@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_studio_submit_is_a_save_handler_for_authors(lms, block_type):
    block = lms.lms_block(lms.add_block(block_type), lms.learner)
    assert "studio_submit" in handlers_with_role(block, {AUTHOR})


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
@pytest.mark.parametrize("person", ["learner", "anonymous"])
def test_a_learner_posting_to_studio_submit_gets_403_and_nothing_changes(lms, block_type, person):
    key = lms.add_block(block_type)
    before = lms.state()
    status, data = lms.call(lms.lms_block(key, getattr(lms, person)), "studio_submit", HIJACK)
    assert status == 403
    assert data["error"] == AUTHORS_ONLY
    assert lms.state() == before
    assert lms.lms_block(key, lms.learner).display_name != "Gekaapt"


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_a_learner_in_studios_editor_without_write_access_gets_403(lms, block_type):
    key = lms.add_block(block_type)
    before = lms.state()
    status, data = lms.call(lms.studio_editor_block(key, lms.learner), "studio_submit", HIJACK)
    assert (status, data["error"]) == (403, AUTHORS_ONLY)
    assert lms.state() == before


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
@pytest.mark.parametrize("place", ["studio_preview", "studio_editor"])
def test_studio_authors_pass_the_author_check(lms, block_type, place):
    """An empty object passes the role check and is then judged on its content (200, or 400 with a reason)."""
    key = lms.add_block(block_type)
    block = {
        "studio_preview": lambda: lms.studio_preview_block(key, lms.staff),
        "studio_editor": lambda: lms.studio_editor_block(key, lms.staff),
    }[place]()
    status, data = lms.call(block, "studio_submit", {})
    assert status in (200, 400), data
    assert status == 200 or data["error"] not in (AUTHORS_ONLY, STAFF_ONLY, LOGIN_REQUIRED)


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_every_staff_and_author_handler_refuses_learners(lms, block_type):
    key = lms.add_block(block_type)
    block = lms.lms_block(key, lms.learner)
    before = lms.state()
    for name in handlers_with_role(block, {STAFF, AUTHOR}):
        status, data = lms.call(block, name, {})
        assert status == 403, (name, data)
        assert data["error"] in (AUTHORS_ONLY, STAFF_ONLY), name
    assert lms.state() == before


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_an_anonymous_user_gets_403_on_every_handler(lms, block_type):
    key = lms.add_block(block_type)
    block = lms.lms_block(key, lms.anonymous)
    before = lms.state()
    for name in handlers_with_role(block, {LEARNER, STAFF, AUTHOR}):
        status, data = lms.call(block, name, {})
        assert status == 403, (name, data)
        assert data["error"] in (AUTHORS_ONLY, STAFF_ONLY, LOGIN_REQUIRED), name
    assert lms.state() == before


# ---- the same rules, end to end, on a minimal block ------------------------------------------------
@pytest.mark.parametrize("place", ["studio_preview", "studio_editor"])
def test_an_author_save_is_stored_and_seen_by_learners(lms, probe, place):
    block = {
        "studio_preview": lambda: lms.studio_preview_block(probe, lms.staff),
        "studio_editor": lambda: lms.studio_editor_block(probe, lms.staff),
    }[place]()
    status, data = lms.call(block, "studio_submit", {"display_name": "Signalen herkennen"})
    assert (status, data) == (200, {"result": "success"})
    assert lms.lms_block(probe, lms.learner).display_name == "Signalen herkennen"


def test_the_preview_runtime_is_an_author_but_not_course_staff(lms, probe):
    block = lms.studio_preview_block(probe, lms.staff)
    viewer = block.viewer
    assert (viewer.is_staff, viewer.in_authoring_runtime, viewer.may_author) == (False, True, True)
    assert lms.call(block, "staff_action", {})[0] == 403


def test_studios_editor_recognises_authors_by_write_access_not_by_a_staff_flag(lms, probe):
    author = lms.studio_editor_block(probe, lms.staff).viewer
    learner = lms.studio_editor_block(probe, lms.learner).viewer
    assert (author.is_staff, author.in_authoring_runtime, author.studio_can_write) == (False, False, True)
    assert (learner.may_author, author.may_author) == (False, True)
    assert lms.call(lms.studio_editor_block(probe, lms.staff), "staff_action", {})[0] == 403


def test_staff_handlers_accept_course_staff_only(lms, probe):
    before = lms.state()
    assert lms.call(lms.lms_block(probe, lms.learner), "staff_action", {})[0] == 403
    assert lms.call(lms.lms_block(probe, lms.anonymous), "staff_action", {})[0] == 403
    assert lms.state() == before
    assert lms.call(lms.lms_block(probe, lms.staff), "staff_action", {}) == (200, {"result": "success"})


def test_learner_handlers_refuse_anonymous_users_and_keep_state_per_learner(lms, probe):
    before = lms.state()
    assert lms.call(lms.lms_block(probe, lms.anonymous), "learner_action", {"note": "x"})[0] == 403
    assert lms.state() == before

    status, data = lms.call(lms.lms_block(probe, lms.learner), "learner_action", {"note": "mijn notitie"})
    assert (status, data) == (200, {"learner_id": lms.anonymous_id(lms.learner)})
    assert lms.lms_block(probe, lms.learner).note == "mijn notitie"
    assert lms.lms_block(probe, lms.learner_b).note == ""


# ---- who the viewer is -------------------------------------------------------------------------------
@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_the_viewer_is_the_per_course_anonymous_id_in_the_lms(lms, block_type):
    key = lms.add_block(block_type)
    learner = lms.lms_block(key, lms.learner).viewer
    assert learner.learner_id == lms.anonymous_id(lms.learner)
    assert learner.learner_id not in (str(lms.learner.user.id), "samira")
    assert (learner.username, learner.display_name) == ("samira", "Samira de Vries")
    assert (learner.is_authenticated, learner.is_staff, learner.may_author) == (True, False, False)

    staff = lms.lms_block(key, lms.staff).viewer
    assert (staff.learner_id, staff.is_staff, staff.may_author) == (lms.anonymous_id(lms.staff), True, False)

    anonymous = lms.lms_block(key, lms.anonymous).viewer
    assert (anonymous.learner_id, anonymous.is_authenticated, anonymous.may_author) == ("", False, False)


def test_learner_names_come_from_get_user_by_anonymous_id(lms, probe):
    staff_block = lms.lms_block(probe, lms.staff)
    assert staff_block.learner_name(lms.anonymous_id(lms.learner_b)) == "Joost Bakker"
    assert staff_block.learner_name("onbekend-id", fallback="Onbekende deelnemer") == "Onbekende deelnemer"
