"""Netwerkkaart authoring: every field checked, one message per field, nothing returned half-checked."""
import pytest

from weerbaarxblock.core.rules.problems import Problems
from weerbaarxblock.network.rules.config import contrast_with_white, validate_authoring
from weerbaarxblock.network.rules.defaults import DEFAULT_CONFIG

from .fixtures import authoring, reference


def fields_of(data):
    with pytest.raises(Problems) as caught:
        validate_authoring(data)
    return {problem.field: problem.code for problem in caught.value.problems}


def test_valid_content_comes_back_normalised():
    texts, config, settings, ref = validate_authoring(authoring())
    assert texts["display_name"] == "Netwerkkaart"
    assert [ring["id"] for ring in config["rings"]][0] == "huishouden"
    assert settings["scored"] is True and settings["max_actors"] == 60
    assert {actor["id"] for actor in ref["actors"]} >= {"client", "toezicht"}
    assert ref["left_out"] == [{"actor": "huisarts", "explanation": "Geen rol in deze casus."}]


def test_the_default_content_is_valid_and_readable():
    for kind in DEFAULT_CONFIG["actor_types"] + DEFAULT_CONFIG["relation_types"]:
        assert contrast_with_white(kind["color"]) >= 3
    data = authoring(palette=[], reference={"actors": [], "relations": []}, settings={})
    validate_authoring(data)


def test_every_broken_field_gets_its_own_message():
    data = authoring()
    data["display_name"] = ""
    data["rings"][1]["label"] = "x" * 81
    data["rings"].append({"id": "huishouden", "label": "Nog een keer"})
    data["actor_types"][0]["color"] = "#ffff00"
    data["relation_types"][1]["color"] = "rood"
    data["relation_types"][2]["line"] = "zigzag"
    data["palette"][0]["type"] = "robot"
    data["palette"][2]["synonyms"] = ["Wijkteam"]
    data["settings"] = {"max_actors": 0, "max_relations": "veel", "actor_weight": 0, "relation_weight": 0,
                        "scored": "ja"}
    found = fields_of(data)
    assert found == {
        "display_name": "network_text_required",
        "rings.1.label": "network_text_too_long",
        "rings.4.id": "network_duplicate_id",
        "actor_types.0.color": "network_low_contrast",
        "relation_types.1.color": "network_bad_color",
        "relation_types.2.line": "network_unknown_line",
        "palette.0.type": "network_unknown_type",
        "palette.2.synonyms": "network_synonym_twice",
        "settings.max_actors": "network_number_range",
        "settings.max_relations": "network_not_a_number",
        "settings.scored": "wrong_type",
        "settings.relation_weight": "network_weights_zero",
    }


def test_lists_need_their_minimum():
    found = fields_of(authoring(rings=[], actor_types=[]))
    assert found["rings"] == "network_list_too_short" and found["actor_types"] == "network_list_too_short"


def test_reference_problems_are_named_inside_the_reference():
    ref = reference()
    ref["actors"][0]["ring"] = "maan"
    ref["relations"][1]["type"] = "liefde"
    ref["relations"][2]["target"] = "niemand"
    ref["left_out"] = [{"actor": "client", "explanation": "staat er al in"}]
    found = fields_of(authoring(reference=ref))
    assert found == {
        "reference.actors.0.ring": "network_unknown_ring",
        "reference.relations.1.type": "network_unknown_type",
        "reference.relations.2.target": "network_unknown_endpoint",
        "reference.left_out.0.actor": "network_unknown_actor",
    }


def test_a_graded_map_needs_an_expert_map():
    found = fields_of(authoring(reference={"actors": [], "relations": []}))
    assert found == {"reference.actors": "network_reference_empty"}
    data = authoring(reference={"actors": [], "relations": []})
    data["settings"]["scored"] = False
    validate_authoring(data)


def test_an_expert_actor_removed_from_the_list_is_reported():
    data = authoring()
    data["palette"] = [item for item in data["palette"] if item["id"] != "z"]
    found = fields_of(data)
    assert found["reference.actors.4.palette"] == "network_unknown_palette"


def test_reference_explanations_have_a_limit():
    ref = reference()
    ref["actors"][0]["explanation"] = "x" * 1001
    assert fields_of(authoring(reference=ref)) == {"reference.actors.0.explanation": "network_text_too_long"}


@pytest.mark.parametrize("key, removed, count", [
    ("relation_types", "zorgrelatie", 2), ("rings", "professionals", 4), ("sectors", "zorg", 3),
])
def test_a_list_item_the_expert_map_uses_cannot_be_removed(key, removed, count):
    data = authoring()
    label = next(item["label"] for item in data[key] if item["id"] == removed)
    data[key] = [item for item in data[key] if item["id"] != removed]
    with pytest.raises(Problems) as caught:
        validate_authoring(data, previous=authoring())
    assert [(problem.field, problem.code, problem.params["value"], problem.params["count"])
            for problem in caught.value.problems] == [(key, "network_still_used", label, count)]


def test_a_list_item_the_expert_map_no_longer_uses_can_be_removed():
    data = authoring()
    data["reference"]["relations"] = [rel for rel in data["reference"]["relations"] if rel["type"] != "zorgrelatie"]
    data["relation_types"] = [kind for kind in data["relation_types"] if kind["id"] != "zorgrelatie"]
    validate_authoring(data, previous=authoring())


def test_a_synonym_clash_is_reported_beside_the_entry_that_repeats_the_name():
    data = authoring()
    data["palette"][6]["label"] = "Buurtteam"  # the huisarts entry now takes a synonym of Wijkteam as its name
    data["palette"][2]["synonyms"] = ["consulent", "Cliënt"]
    with pytest.raises(Problems) as caught:
        validate_authoring(data)
    found = {problem.field: problem.params for problem in caught.value.problems}
    assert found == {
        "palette.2.synonyms": {"value": "Cliënt", "other": "Cliënt"},
        "palette.6.label": {"value": "Buurtteam", "other": "Wijkteam"},
    }
