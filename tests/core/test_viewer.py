"""The viewer is computed once per block instance: in the LMS every user-service call is a database query."""
import pytest

from weerbaarxblock.demo.services import DemoStudioPermissions, DemoUserService

REFLECTION = '<weerbaar_reflection display_name="Reflectie"/>'
DRAFT = {"entry": 1, "version": 0, "answers": {"p1": "Ik let op signalen."}}


@pytest.fixture
def counted(monkeypatch):
    """Counts of ``get_current_user`` and ``can_write`` calls."""
    calls = {"user": 0, "permissions": 0}
    user, permissions = DemoUserService.get_current_user, DemoStudioPermissions.can_write

    def get_current_user(service):
        calls["user"] += 1
        return user(service)

    def can_write(service, context_key):
        calls["permissions"] += 1
        return permissions(service, context_key)

    monkeypatch.setattr(DemoUserService, "get_current_user", get_current_user)
    monkeypatch.setattr(DemoStudioPermissions, "can_write", can_write)
    return calls


def test_one_handler_call_asks_the_user_service_once(workbench, counted):
    block = workbench.load(REFLECTION)
    counted.update(user=0, permissions=0)
    status, _data = workbench.call(block, "save_draft", DRAFT)
    assert status == 200
    assert counted == {"user": 1, "permissions": 1}


def test_one_view_render_asks_the_user_service_once(workbench, counted):
    block = workbench.load(REFLECTION, student="docent")  # the staff view reads the viewer most
    counted.update(user=0, permissions=0)
    workbench.render(block)
    assert counted == {"user": 1, "permissions": 1}


def test_a_block_bound_to_another_user_service_gets_a_new_viewer(workbench):
    block = workbench.load(REFLECTION)
    assert block.viewer.learner_id == "leerling_a"
    other = workbench.as_student(block, "leerling_b")
    assert other.viewer.learner_id == "leerling_b"
