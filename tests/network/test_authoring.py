"""Netwerkkaart authoring: the Studio handler, readable OLX both ways, and content changed after learners began."""
import pytest
from lxml import etree

from tests.network.fixtures import authoring
from weerbaarxblock.core import olx
from weerbaarxblock.core.rules.problems import Problem, Problems
from weerbaarxblock.network.block import NetworkBlock

from .helpers import configured_block, full_map, view_state


def test_the_studio_view_carries_everything_the_author_edits(workbench):
    block = configured_block(workbench, student="docent")
    state, html = view_state(workbench, block, "studio_view")
    assert state["config"]["palette"][5]["synonyms"] == ["toezichthouder"]
    assert state["reference"]["actors"][0]["explanation"] == "Staat centraal."
    assert state["settings"]["scored"] is True
    assert "Kaart van de experts" in html and "Lijst van actoren" in html


def test_a_valid_save_replaces_the_content(workbench):
    block = configured_block(workbench, student="docent")
    data = authoring(display_name="Nieuwe kaart")
    data["rings"].append({"id": "landelijk", "label": "Landelijk"})
    data["settings"]["max_actors"] = 25
    status, answer = workbench.call(block, "studio_submit", data)
    assert status == 200 and answer == {"result": "success"}
    block = workbench.as_student(block, "docent")
    assert block.display_name == "Nieuwe kaart" and block.config["rings"][-1]["label"] == "Landelijk"
    assert block.max_actors == 25 and block.scored is True


def test_an_invalid_save_names_every_field_and_changes_nothing(workbench):
    block = configured_block(workbench, student="docent")
    data = authoring(display_name="Gewijzigd")
    data["rings"][0]["label"] = ""
    data["actor_types"][1]["color"] = "#eeeeee"
    data["reference"]["relations"][0]["type"] = "onbekend"
    status, answer = workbench.call(block, "studio_submit", data)
    assert status == 400
    assert answer["error"] == "Los eerst 2 problemen op."
    assert answer["problems"] == [
        {"field": "rings.0.label", "message": "Vul dit veld in."},
        {"field": "actor_types.1.color",
         "message": "De kleur #eeeeee heeft te weinig contrast met de witte kaart (minstens 3:1 is nodig)."},
    ]
    data = authoring(display_name="Gewijzigd")
    data["reference"]["relations"][0]["type"] = "onbekend"
    status, answer = workbench.call(block, "studio_submit", data)
    assert answer["problems"] == [{"field": "reference.relations.0.type",
                                   "message": "'onbekend' is geen type in deze activiteit."}]
    assert workbench.as_student(block, "docent").display_name == "Netwerkkaart"


def test_a_type_the_expert_map_uses_cannot_be_removed_in_the_editor(workbench):
    block = configured_block(workbench, student="docent")
    data = authoring(display_name="Gewijzigd")
    data["relation_types"] = [kind for kind in data["relation_types"] if kind["id"] != "zorgrelatie"]
    status, answer = workbench.call(block, "studio_submit", data)
    assert status == 400
    assert [problem["field"] for problem in answer["problems"]] == ["relation_types"]
    assert "Zorgrelatie" in answer["problems"][0]["message"]
    stored = workbench.as_student(block, "docent")
    assert stored.display_name == "Netwerkkaart"
    assert "zorgrelatie" in {kind["id"] for kind in stored.config["relation_types"]}


def test_learners_cannot_save_content(workbench):
    block = configured_block(workbench)
    status, answer = workbench.call(block, "studio_submit", authoring(display_name="Gekaapt"))
    assert status == 403
    assert workbench.as_student(block, "docent").display_name == "Netwerkkaart"


# ---- OLX ------------------------------------------------------------------------------------------------------
def exported(block):
    node = etree.Element("root")
    block.add_xml_to_node(node)
    return etree.tostring(node, encoding="unicode", pretty_print=True)


def demo_block(workbench):
    from weerbaarxblock.demo.outline import activity_xml

    return workbench.load(activity_xml("netwerkkaart/zorgfraude.xml"), student="docent")


def content_of(block):
    return (block.display_name, block.introduction, block.config, block.reference, block.current_settings())


def test_the_demo_content_loads_and_is_complete(workbench):
    block = demo_block(workbench)
    assert block.scored and block.display_name == "Netwerkkaart: zorgfraude in de wijk"
    assert len(block.reference["actors"]) >= 12 and len(block.reference["relations"]) >= 15
    assert all(actor["explanation"] for actor in block.reference["actors"])
    assert all(relation["explanation"] for relation in block.reference["relations"])
    hidden = [item for item in block.config["palette"] if not item["offered"]]
    assert hidden and all(item["id"] in {a["id"] for a in block.reference["actors"]} for item in hidden)


def test_olx_round_trip_is_lossless_and_readable(workbench):
    block = demo_block(workbench)
    xml = exported(block)
    assert '<ring id="huishouden">Cliënt en huishouden</ring>' in xml
    assert "<synonym>sociaal wijkteam</synonym>" in xml and "<left-out ref=\"huisarts\">" in xml
    again = workbench.load(xml, student="docent")
    assert content_of(again) == content_of(block)
    assert exported(again) == xml


def test_a_bare_element_gets_the_defaults_and_round_trips(workbench):
    block = workbench.load("<weerbaar_network/>", student="docent")
    assert block.display_name == "Netwerkkaart" and len(block.config["rings"]) == 4
    again = workbench.load(exported(block), student="docent")
    assert content_of(again) == content_of(block)


def test_markup_in_olx_text_is_kept_as_text(workbench):
    data = authoring()
    data["palette"][0]["label"] = "Cliënt <b>&amp; co</b>"
    block = workbench.load("<weerbaar_network/>", student="docent")
    workbench.call(block, "studio_submit", data)
    xml = exported(workbench.as_student(block, "docent"))
    assert "<label>Cliënt &lt;b&gt;&amp;amp; co&lt;/b&gt;</label>" in xml
    again = workbench.load(xml, student="docent")
    assert again.config["palette"][0]["label"] == "Cliënt <b>&amp; co</b>"


@pytest.mark.parametrize(
    ("xml", "field"),
    [
        ('<weerbaar_network><rings><ring id="a">Een</ring><ring id="a">Twee</ring></rings></weerbaar_network>',
         "rings.1.id"),
        ('<weerbaar_network max_actors="veel"/>', "settings.max_actors"),
        ('<weerbaar_network graded="true"/>', "reference.actors"),
        ('<weerbaar_network><reference><actor ref="niemand" ring="informeel"/></reference></weerbaar_network>',
         "reference.actors.0.palette"),
    ],
)
def test_invalid_olx_is_refused_with_the_field(workbench, xml, field):
    with pytest.raises(Problems) as caught:
        workbench.load(xml, student="docent")
    assert field in [problem.field for problem in caught.value.problems]


def test_entity_declarations_are_refused_by_the_parser():
    bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><weerbaar_network><case>&a;</case></weerbaar_network>'
    with pytest.raises(Problem) as caught:
        NetworkBlock.parse_xml(olx.parse(bomb), None, None)
    assert caught.value.code == "xml_entities"


# ---- content changed after learners started ------------------------------------------------------------------
def test_learners_maps_survive_content_changes_flagged(workbench):
    block = configured_block(workbench)
    workbench.call(block, "save_map", {"map": full_map(), "version": 0})
    data = authoring()
    data["rings"] = [ring for ring in data["rings"] if ring["id"] != "huishouden"]
    data["palette"] = [item for item in data["palette"] if item["id"] not in ("wijkteam",)]
    data["relation_types"] = [kind for kind in data["relation_types"] if kind["id"] != "informatie"]
    data["settings"]["max_actors"] = 2
    data["settings"]["allow_free"] = False
    data["reference"]["actors"] = [a for a in data["reference"]["actors"]
                                   if a["id"] != "wijkteam" and a["ring"] != "huishouden"]
    data["reference"]["relations"] = [r for r in data["reference"]["relations"]
                                      if r["type"] != "informatie" and "wijkteam" not in (r["source"], r["target"])
                                      and "client" not in (r["source"], r["target"])]
    status, answer = workbench.call(workbench.as_student(block, "docent"), "studio_submit", data)
    assert status == 200, answer
    learner = workbench.as_student(block, "leerling_a")
    state, _html = view_state(workbench, learner)
    actors = {actor["id"]: actor for actor in state["map"]["actors"]}
    assert len(actors) == 6 and len(state["map"]["relations"]) == 5
    assert actors["a0"]["flags"] == ["ring_removed"]
    assert actors["a1"]["flags"] == ["palette_removed"] and actors["a1"]["label"] == "Wijkteam"
    assert state["report"]["flagged"] >= 3
    # the learner can go on: the reconciled map saves although it now exceeds the limits and holds free-form actors
    status, answer = workbench.call(learner, "save_map", {"map": state["map"], "version": state["version"]})
    assert status == 200, answer
    # ... can remove items, but not add new ones beyond the old number
    fewer = dict(state["map"], actors=state["map"]["actors"][1:],
                 relations=[r for r in state["map"]["relations"] if "a0" not in (r["source"], r["target"])])
    status, answer = workbench.call(workbench.as_student(block, "leerling_a"), "save_map",
                                    {"map": fewer, "version": answer["version"]})
    assert status == 200
    more = dict(fewer, actors=fewer["actors"] + [dict(fewer["actors"][0], id="a99", palette="huisarts")])
    status, answer = workbench.call(workbench.as_student(block, "leerling_a"), "save_map",
                                    {"map": more, "version": answer["version"]})
    assert status == 400, answer
