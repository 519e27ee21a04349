"""Authoring: ``studio_view`` and ``studio_submit`` for authors only, as Studio's permission service says.

An author is whoever ``studio_user_permissions.can_write(context_key)`` lets change the course. The LMS gives
no such service (content is read-only there), and neither does the content libraries (v2) runtime
(``openedx/core/djangoapps/xblock/runtime/runtime.py``): the blocks cannot be edited in a library.
"""
import pytest
from opaque_keys.edx.locator import LibraryLocatorV2, LibraryUsageLocatorV2

from .activities import add_demo
from .conftest import BLOCK_TYPES
from .runtime import LmsRuntime, LmsUserService

SECRETS = {"weerbaar_scenario": "\"key\"", "weerbaar_network": "\"reference\"", "weerbaar_reflection": "rubric"}


def studio_html(block):
    return block.render("studio_view", {}).content


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
@pytest.mark.parametrize("who", ["lms_learner", "lms_staff", "lms_anonymous", "studio_learner"])
def test_studio_view_refuses_everyone_but_authors(lms, block_type, who):
    key = add_demo(lms, block_type)
    block = {
        "lms_learner": lambda: lms.lms_block(key, lms.learner),
        "lms_staff": lambda: lms.lms_block(key, lms.staff),
        "lms_anonymous": lambda: lms.lms_block(key, lms.anonymous),
        "studio_learner": lambda: lms.studio_editor_block(key, lms.learner),
    }[who]()
    html = studio_html(block)
    assert "weerbaar-refusal" in html and "Alleen cursusauteurs" in html
    assert SECRETS[block_type] not in html and "<script" not in html
    assert not block.render("studio_view", {}).resources


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_studio_view_shows_the_editor_to_an_author(lms, block_type):
    html = studio_html(lms.studio_editor_block(add_demo(lms, block_type), lms.staff))
    assert "weerbaar-refusal" not in html and "<script" in html


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_course_staff_in_the_lms_cannot_save_settings(lms, block_type):
    key = add_demo(lms, block_type)
    before = lms.state()
    status, _data = lms.call(lms.lms_block(key, lms.staff), "studio_submit", {"display_name": "Gekaapt"})
    assert status == 403
    assert lms.state() == before


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_in_a_content_library_nobody_is_an_author(lms, block_type):
    """The v2 runtime has no ``studio_user_permissions``: even global staff are refused, with a reason."""
    usage = LibraryUsageLocatorV2(LibraryLocatorV2("Divosa", "casussen"), block_type, "een")
    services = {"field-data": lms.field_data, "i18n": lms._i18n_service(),  # noqa: SLF001 - the test platform's own
                "user": LmsUserService(lms.staff.user, lms.directory, user_is_staff=True)}
    block = lms._construct(LmsRuntime(lms, services, lms.staff.user), usage, lms.staff.user.id)  # noqa: SLF001
    assert not block.viewer.may_author
    html = studio_html(block)
    assert "bibliotheek" in html or "content library" in html
    assert lms.call(block, "studio_submit", {})[0] == 403
