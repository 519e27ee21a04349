"""Casus authoring: the Studio save (all or nothing, messages by field), OLX both ways, reconciling learners."""
import copy
import json

import pytest
from lxml import etree

from weerbaarxblock.core import olx
from weerbaarxblock.core.block import loader
from weerbaarxblock.core.rules.problems import Problem, Problems
from weerbaarxblock.scenario.rules.settings import SETTINGS_DEFAULTS

from .data import KEY_ANSWERS, branching, linear
from .olx_fixtures import linear_olx
from .test_learner import play


def payload(scenario=None, **settings):
    return {"display_name": "Zorgfraude", "settings": dict(SETTINGS_DEFAULTS, **settings),
            "scenario": scenario if scenario is not None else branching()}


def stored(workbench, block):
    fresh = workbench.as_student(block, "docent")
    return json.dumps([fresh.display_name, fresh.scenario, fresh.current_settings()], sort_keys=True)


def test_a_valid_save_stores_everything(workbench):
    block = workbench.load("<weerbaar_scenario/>", student="docent")
    status, data = workbench.call(block, "studio_submit", payload(instruction="would", attempts_allowed=2))
    assert (status, data) == (200, {"result": "success"})
    fresh = workbench.as_student(block, "leerling_a")
    assert fresh.display_name == "Zorgfraude" and fresh.instruction == "would" and fresh.attempts_allowed == 2
    assert [s["id"] for s in fresh.scenario["situations"]] == ["s1", "s2", "s3"]


def test_learners_cannot_save(workbench):
    block = workbench.load(linear_olx())
    before = stored(workbench, block)
    status, data = workbench.call(block, "studio_submit", payload())
    assert (status, data["error"]) == (403, "Alleen cursusauteurs mogen deze activiteit wijzigen.")
    assert stored(workbench, block) == before


def broken(change):
    data = branching()
    change(data)
    return data


AUTHOR_ERRORS = [
    (lambda d: d["situations"][0]["options"][0].__setitem__("next", "nergens"), "situations.0.options.0.next",
     "De volgende stap 'nergens' bestaat niet."),
    (lambda d: d["situations"][0]["options"][1].__setitem__("next", "s2"), "situations.2",
     "Geen enkel pad leidt naar deze situatie."),
    (lambda d: d["situations"][1].__setitem__("next", "s1")
     or d["situations"][0]["options"][2].__setitem__("next", "s2")
     or d["situations"][2].__setitem__("next", "s1"), "situations.0",
     "Vanuit deze situatie leidt geen pad naar een einde: ze zit vast in een lus."),
    (lambda d: d["situations"][0]["key"]["points"].pop("b"), "situations.0.options.1.points",
     "Deze reactie heeft nog geen waarde in de antwoordsleutel."),
    (lambda d: d["situations"][2]["key"]["ratings"].__setitem__("a", 7), "situations.2.options.0.rating",
     "Een cijfer moet tussen 1 en 5 liggen."),
    (lambda d: d["situations"][1]["key"].__setitem__("order", ["a", "b"]), "situations.1.key.order",
     "De volgorde van de experts moet elke reactie precies één keer bevatten."),
    (lambda d: d["situations"][1].__setitem__("image_url", "https://example.org/wijk.jpg"), "situations.1.image_alt",
     "Een afbeelding heeft een alternatieve tekst nodig voor wie haar niet kan zien."),
]


@pytest.mark.parametrize(("change", "field", "message"), AUTHOR_ERRORS)
def test_invalid_scenarios_are_refused_with_the_message_beside_the_field(workbench, change, field, message):
    block = workbench.load(linear_olx(), student="docent")
    before = stored(workbench, block)
    status, data = workbench.call(block, "studio_submit", payload(broken(change)))
    assert status == 400
    assert {"field": field, "message": message} in data["problems"]
    assert data["error"].startswith("Los eerst")
    assert stored(workbench, block) == before


def test_every_problem_is_reported_at_once_and_nothing_is_saved(workbench):
    block = workbench.load(linear_olx(), student="docent")
    before = stored(workbench, block)
    data = linear()
    data["situations"][0]["question"] = ""
    data["situations"][2]["key"]["ratings"]["b"] = 0
    status, body = workbench.call(block, "studio_submit", {
        "display_name": "x" * 201, "settings": {"attempts_allowed": -1, "instruction": "moet"}, "scenario": data})
    assert status == 400
    assert {p["field"] for p in body["problems"]} == {
        "display_name", "settings.attempts_allowed", "settings.instruction", "situations.0.question",
        "situations.2.options.1.rating"}
    messages = {p["field"]: p["message"] for p in body["problems"]}
    assert messages["situations.0.question"] == "Deze tekst is verplicht."
    assert "Weergavenaam" in messages["display_name"]  # a label, not a path
    assert stored(workbench, block) == before


@pytest.mark.parametrize("scenario", [None, [], "x", {"situations": "x"}, {"situations": []}])
def test_wrong_shapes_are_400_not_500(workbench, scenario):
    block = workbench.load(linear_olx(), student="docent")
    before = stored(workbench, block)
    body = payload()
    body["scenario"] = scenario
    status, _data = workbench.call(block, "studio_submit", body)
    assert status == 400
    assert stored(workbench, block) == before


def test_studio_view_carries_the_scenario_and_the_stored_problems(workbench):
    block = workbench.load(linear_olx(), student="docent")
    html = workbench.render(block, "studio_view").body_html()
    assert "De editor wordt geladen" in html and "WeerbaarScenarioStudio" in html
    island = html.split('data-init>', 1)[1].split("</script>", 1)[0]
    data = json.loads(island)
    assert data["scenario"]["situations"][0]["id"] == "s1" and data["problems"] == []
    assert data["defaults"][0] == "signaleren"
    assert "<" not in island  # user text cannot close the script element


# ---- OLX --------------------------------------------------------------------------------------------------
def export(block):
    node = etree.Element("root")
    block.add_xml_to_node(node)
    return etree.tostring(node, encoding="unicode")


@pytest.mark.parametrize("path", ["demo/content/casus/koerier.xml", "demo/content/casus/zorgfraude.xml",
                                  "demo/content/casus/volkswijk.xml", "demo/content/casus/beleid-en-uitvoering.xml"])
def test_demo_olx_round_trips(workbench, path):
    block = workbench.load(loader.load_unicode(path), student="docent")
    first = export(block)
    again = workbench.load(first, student="docent")
    assert export(again) == first
    assert again.scenario == block.scenario and again.current_settings() == block.current_settings()
    assert again.display_name == block.display_name


def test_olx_is_readable(workbench):
    block = workbench.load(linear_olx(attempts_allowed=2))
    root = olx.parse(export(block))
    assert root.tag == "weerbaar_scenario" and root.get("attempts_allowed") == "2"
    first = root.find("situation")
    assert (first.get("id"), first.get("format")) == ("s1", "pick_best")
    assert [o.findtext("text") for o in first.findall("option")] == ["Optie a", "Optie b", "Optie c"]
    assert [(p.get("option"), p.text) for p in first.find("key")] == [("a", "0"), ("b", "2"), ("c", "1")]
    rank = root.findall("situation")[3]
    assert [r.get("option") for r in rank.find("key").findall("rank")] == ["b", "a", "c"]
    assert [c.text for c in root.find("competencies")] == ["signaleren", "samenwerken in de keten",
                                                           "escaleren en rugdekking"]


def test_the_authors_instruction_is_kept_in_olx_and_absent_when_empty(workbench):
    block = workbench.load(loader.load_unicode("demo/content/casus/volkswijk.xml"), student="docent")
    root = olx.parse(export(block))
    by_id = {node.get("id"): node for node in root.findall("situation")}
    assert by_id["werk"].findtext("instruction").startswith("Zet bovenaan de stap die als eerste moet gebeuren")
    assert all(node.find("instruction") is None for key, node in by_id.items() if key != "werk")


def test_invalid_olx_is_refused_on_import(workbench):
    text = linear_olx().replace('<rank option="c"/>', "")
    with pytest.raises((Problem, Problems)):
        workbench.load(text)


def test_an_empty_block_round_trips(workbench):
    block = workbench.load("<weerbaar_scenario/>")
    assert block.display_name == "Casus" and block.scenario["situations"] == []
    assert export(workbench.load(export(block))) == export(block)


# ---- learners' state after the author's edits -------------------------------------------------------------
def edit(workbench, block, change):
    data = copy.deepcopy(workbench.as_student(block, "docent").scenario)
    change(data)
    status, body = workbench.call(workbench.as_student(block, "docent"), "studio_submit", {
        "display_name": "Casus", "settings": {"allow_back": True}, "scenario": data})
    assert status == 200, body


def test_learner_continues_after_the_current_situation_is_removed(workbench):
    block = workbench.load(linear_olx())
    play(workbench, block, [("s1", KEY_ANSWERS["s1"])])  # now at s2
    edit(workbench, block, lambda d: d["situations"].pop(1))
    learner = workbench.as_student(block, "leerling_a")
    assert "s3" in workbench.render(learner).body_html()
    status, data = workbench.call(learner, "answer", {"situation": "s3", "answer": KEY_ANSWERS["s3"]})
    assert status == 200 and data["state"]["path"][0]["situation"] == "s1"


def test_learner_answer_with_a_removed_option_is_asked_again(workbench):
    block = workbench.load(linear_olx())
    play(workbench, block, [("s1", {"choice": "c"}), ("s2", KEY_ANSWERS["s2"])])  # now at s3

    def remove_option_c(data):
        data["situations"][0]["options"].pop(2)
        data["situations"][0]["key"]["points"].pop("c")

    edit(workbench, block, remove_option_c)
    learner = workbench.as_student(block, "leerling_a")
    status, data = workbench.call(learner, "learner_state", {})
    assert data["state"]["situation"]["id"] == "s1" and data["state"]["path"] == []
    status, data = workbench.call(learner, "answer", {"situation": "s1", "answer": {"choice": "b"}})
    assert status == 200 and data["state"]["result"]["score"] == 1


def test_rekeyed_answers_are_rescored_and_finished_attempts_are_kept(workbench):
    block = workbench.load(linear_olx())
    first = play(workbench, block, list(KEY_ANSWERS.items()))
    workbench.call(block, "retry", {})
    workbench.call(block, "answer", {"situation": "s1", "answer": {"choice": "b"}})

    def rekey(data):
        data["situations"][0]["key"]["points"] = {"a": 2, "b": 1, "c": 0}
        data["situations"].pop(3)

    edit(workbench, block, rekey)
    learner = workbench.as_student(block, "leerling_a")
    status, data = workbench.call(learner, "learner_state", {})
    state = data["state"]
    assert status == 200 and state["result"]["score"] == 0.5  # the answer in progress, rescored
    assert state["history"][0]["score"] == first["end"]["score"] == 1  # the finished attempt stays as it was
    assert state["history"][0]["path"][-1] == "Situatie s4"
    workbench.render(learner)  # the views do not crash either
    status, data = workbench.call(learner, "advance", {})
    assert status == 200 and data["state"]["situation"]["id"] == "s2"
