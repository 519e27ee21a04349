"""Reflectiejournaal, the author's side: the Studio form's save handler, readable OLX and its round trip."""
import io

import pytest
from lxml import etree

from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.reflection.block import ReflectionBlock
from weerbaarxblock.reflection.demo import LEARNING_JOURNAL, SCENARIOS, SINGLE_REFLECTION
from weerbaarxblock.store.models import ReflectionEntry

FORM = {
    "display_name": "Mijn reflectie",
    "introduction": "Kijk terug op <b>je</b> week.",
    "privacy_note": "Alleen jij en je docent lezen dit.",
    "mode": "journal",
    "may_edit_after_submit": True,
    "may_revise_after_feedback": False,
    "review": "instructor",
    "grading": "scored",
    "max_points": None,
    "prompts": [
        {"id": "p1", "question": "Wat ging goed?", "guidance": "Eén voorbeeld.", "required": True,
         "min_words": 5, "max_words": 50},
        {"id": "", "question": "Wat neem je mee? 🙂", "guidance": "", "required": False,
         "min_words": None, "max_words": None},
    ],
    "rubric": [
        {"id": "", "label": "Diepgang", "levels": [{"id": "", "label": "Oppervlakkig", "points": 0},
                                                   {"id": "", "label": "Diep", "points": 4}]},
    ],
}


def config_fields(block):
    return block.config.to_dict()


def test_the_editor_saves_a_valid_form(workbench):
    block = workbench.load("<weerbaar_reflection/>", student="docent")
    status, data = workbench.call(block, "studio_submit", FORM)
    assert status == 200 and data["result"] == "success"
    assert [p["id"] for p in data["config"]["prompts"]] == ["p1", "p2"]
    assert data["config"]["max_points"] == 4  # filled in from the rubric
    saved = workbench.as_student(block, "docent")
    assert saved.display_name == "Mijn reflectie" and saved.mode == "journal" and saved.may_edit_after_submit
    assert saved.prompts[1]["question"] == "Wat neem je mee? 🙂"
    assert saved.has_score and saved.max_score() == 4


def test_an_invalid_form_saves_nothing_and_names_every_field_in_dutch(workbench):
    block = workbench.load("<weerbaar_reflection/>", student="docent")
    before = config_fields(block)
    bad = dict(FORM, display_name="", prompts=[{"question": "Vraag", "min_words": 30, "max_words": 10}],
               rubric=[{"label": "Diepgang", "levels": []}])
    status, data = workbench.call(block, "studio_submit", bad)
    assert status == 400
    assert data["error"] == "Los eerst 3 problemen op."
    assert data["problems"] == [
        {"field": "display_name", "message": "Vul een titel in."},
        {"field": "prompts.0.max_words", "message": "Het maximum (10 woorden) is lager dan het minimum (30 woorden)."},
        {"field": "rubric.0.levels", "message": "Geef dit criterium minstens twee niveaus."},
    ]
    assert config_fields(workbench.as_student(block, "docent")) == before


def test_no_prompts_is_refused(workbench):
    block = workbench.load("<weerbaar_reflection/>", student="docent")
    status, data = workbench.call(block, "studio_submit", dict(FORM, prompts=[]))
    assert status == 400
    assert {"field": "prompts", "message": "Voeg minstens één vraag toe."} in data["problems"]


def test_learners_cannot_save_the_editor(workbench):
    block = workbench.load("<weerbaar_reflection/>", student="leerling_a")
    status, _ = workbench.call(block, "studio_submit", FORM)
    assert status == 403
    assert workbench.as_student(block, "docent").display_name == "Reflectiejournaal"


def test_the_editor_view_is_a_dutch_form(workbench):
    block = workbench.load(LEARNING_JOURNAL, student="docent")
    body = workbench.render(block, "studio_view").body_html()
    for text in ("Weergavenaam", "Vraag toevoegen", "Score door de docent", "Rubric (niet verplicht)", "Opslaan"):
        assert text in body
    assert 'value="Leerdagboek: de lerende praktijk"' in body


def test_a_fresh_block_has_a_working_default(workbench):
    block = workbench.load("<weerbaar_reflection/>")
    assert len(block.config.prompts) == 1 and block.config.reviewed
    assert not block.has_score and block.max_score() is None
    assert "Welke kwaliteiten en valkuilen" in workbench.render(block).body_html()


# ---- OLX --------------------------------------------------------------------------------------------------------


def export(block):
    out = io.BytesIO()
    block.runtime.export_to_xml(block, out)
    text = out.getvalue().decode("utf-8")
    assert text.startswith("<?xml")
    return text.split("?>", 1)[1].strip()  # parse_xml_string takes text without the declaration


@pytest.mark.parametrize("xml", [SINGLE_REFLECTION, LEARNING_JOURNAL])
def test_olx_round_trip_keeps_every_setting(workbench, xml):
    block = workbench.load(xml)
    exported = export(block)
    again = workbench.load(exported)
    assert config_fields(again) == config_fields(block)
    assert export(again) == exported


def test_edited_settings_survive_export_and_import(workbench):
    block = workbench.load("<weerbaar_reflection/>", student="docent")
    workbench.call(block, "studio_submit", FORM)
    block = workbench.as_student(block, "docent")
    exported = export(block)
    root = etree.fromstring(exported.encode("utf-8"))
    assert root.tag == "weerbaar_reflection" and root.get("mode") == "journal"
    assert root.find("prompt/question").text == "Wat ging goed?"  # readable, not a JSON attribute
    assert root.find("rubric/criterion/level").get("points") == "0"
    assert root.get("prompts") is None
    assert config_fields(workbench.load(exported)) == config_fields(block)


def test_learner_state_is_never_exported(workbench):
    block = workbench.load(SINGLE_REFLECTION)
    workbench.call(block, "save_draft", {"entry": 1, "version": 0, "answers": {"kwaliteiten": "Geheim concept"}})
    exported = export(workbench.as_student(block, "leerling_a"))
    assert "Geheim" not in exported and "draft" not in exported


@pytest.mark.parametrize(
    "xml",
    [
        '<weerbaar_reflection><prompt id="a" min_words="9" max_words="2"><question>V</question></prompt>'
        "</weerbaar_reflection>",
        '<weerbaar_reflection mode="dagboek"/>',
        '<weerbaar_reflection grading="scored"><rubric><criterion><label>C</label></criterion></rubric>'
        "</weerbaar_reflection>",
        '<weerbaar_reflection><prompt><question/></prompt></weerbaar_reflection>',
    ],
)
def test_invalid_olx_is_refused_with_the_reason(workbench, xml):
    with pytest.raises(Problem) as caught:
        workbench.load(xml)
    assert caught.value.code == "xml_invalid"


def test_the_demo_units_are_valid_dutch_scenarios():
    assert [title for title, _xml in ReflectionBlock.workbench_scenarios()] == [title for title, _xml in SCENARIOS]
    titles = [title for title, _xml in SCENARIOS]
    assert titles[:3] == [  # weerbaar_reflection.0, .1 and .2, which the browser tests open; more follow them
        "Reflectie: kwaliteiten en valkuilen in je eigen handelen", "Leerdagboek: de Lerende Praktijk",
        "Reflectie: overleven en armoede in jouw wijk",
    ]


def test_studios_preview_shows_the_questions_but_stores_nothing(workbench):
    block = workbench.load(SINGLE_REFLECTION, student="docent")
    block.runtime.is_author_mode = True
    body = workbench.render(block).body_html()
    # The author can try the questions; the view says nothing is saved (core ``rehearsal_notice``).
    assert "weerbaar-rehearsal" in body
    assert "Welke kwaliteiten zet je in je werk" in body and " disabled" not in body
    answers = {block.config.prompts[0].id: "Ik probeer het uit."}
    status, _data = workbench.call(block, "save_draft", {"entry": 1, "version": 0, "answers": answers})
    assert status == 200
    assert not ReflectionEntry.objects.exists()
