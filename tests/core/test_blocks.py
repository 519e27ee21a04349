"""The three blocks render in Dutch in the workbench and share the base's handler rules."""
import pytest

BLOCK_TAGS = ["weerbaar_reflection", "weerbaar_scenario", "weerbaar_network"]
DUTCH_NAMES = {
    "weerbaar_reflection": "Reflectiejournaal", "weerbaar_scenario": "Casus", "weerbaar_network": "Netwerkkaart",
}


@pytest.mark.parametrize("tag", BLOCK_TAGS)
def test_each_block_has_a_dutch_display_name_and_renders(workbench, tag):
    block = workbench.load(f"<{tag}/>")
    assert block.display_name == DUTCH_NAMES[tag]
    html = workbench.render(block).body_html()
    assert "weerbaar" in html


@pytest.mark.parametrize("tag", BLOCK_TAGS)
@pytest.mark.parametrize("body", [b"[]", b"null", b'"x"', b"42", b"{not json"])
def test_studio_save_refuses_bodies_that_are_not_objects(workbench, tag, body):
    block = workbench.load(f"<{tag}/>", student="docent")
    before = block.display_name
    status, data = workbench.call(block, "studio_submit", body=body)
    assert status == 400
    assert data["error"]
    assert workbench.as_student(block, "docent").display_name == before


@pytest.mark.parametrize("tag", BLOCK_TAGS)
def test_learner_posting_to_studio_save_gets_403_and_changes_nothing(workbench, tag):
    block = workbench.load(f"<{tag}/>", student="leerling_a")
    status, data = workbench.call(block, "studio_submit", {"display_name": "Gekaapt", "introduction": "x"})
    assert status == 403
    assert data["error"] == "Alleen cursusauteurs mogen deze activiteit wijzigen."
    assert workbench.as_student(block, "docent").display_name != "Gekaapt"


@pytest.mark.parametrize("tag", BLOCK_TAGS)
def test_get_on_a_json_handler_is_405(workbench, tag):
    block = workbench.load(f"<{tag}/>", student="docent")
    status, _data = workbench.call(block, "studio_submit", body=b"", method="GET")
    assert status == 405
