"""Netwerkkaart map model: every bad input of the issue is refused with a code and a field; reconciliation."""
import copy

import pytest

from weerbaarxblock.core.rules.problems import Problem, Problems
from weerbaarxblock.network.rules.model import LABEL_MAX, NOTE_MAX, REFERENCE, normalise_label, validate_map
from weerbaarxblock.network.rules.reconcile import reconcile_map

from .fixtures import config, reference, reference_as_learner_map


def actor(actor_id, **changes):
    base = {"id": actor_id, "palette": None, "label": f"Actor {actor_id}", "type": "persoon", "ring": "informeel",
            "sector": None, "x": 0.3, "y": 0.3}
    base.update(changes)
    return base


def relation(relation_id, source, target, **changes):
    base = {"id": relation_id, "source": source, "target": target, "type": "samenwerking", "direction": "both",
            "strength": "normal", "note": ""}
    base.update(changes)
    return base


def problem_of(data, **kwargs):
    with pytest.raises(Problem) as caught:
        validate_map(data, config(), **kwargs)
    return caught.value


def test_a_valid_map_is_normalised():
    data = {"actors": [actor("a1", label="  Tante Els  "), actor("a2", palette="wijkteam", label="x", type="x")],
            "relations": [relation("r1", "a1", "a2", note=" belt vaak ")]}
    result = validate_map(data, config())
    assert result["actors"][0]["label"] == "Tante Els"
    assert result["actors"][1]["label"] == "Wijkteam" and result["actors"][1]["type"] == "organisatie"
    assert result["relations"][0]["note"] == "belt vaak"
    assert result["actors"][0]["flags"] == []


@pytest.mark.parametrize(
    ("data", "code", "field"),
    [
        ({"actors": [actor("a1", label="x" * (LABEL_MAX + 1))], "relations": []},
         "network_label_too_long", "actors.0.label"),
        ({"actors": [actor("a1", label="   ")], "relations": []}, "network_text_required", "actors.0.label"),
        ({"actors": [actor("a1", label="a\x00b")], "relations": []}, "nul_character", "actors.0.label"),
        ({"actors": [actor("a1"), actor("a2")],
          "relations": [relation("r1", "a1", "a2", note="n" * (NOTE_MAX + 1))]},
         "network_note_too_long", "relations.0.note"),
        ({"actors": [actor("a1")], "relations": [relation("r1", "a1", "a1")]},
         "network_self_relation", "relations.0.target"),
        ({"actors": [actor("a1")], "relations": [relation("r1", "a1", "ghost")]},
         "network_unknown_endpoint", "relations.0.target"),
        ({"actors": [actor("a1", type="alien")], "relations": []}, "network_unknown_type", "actors.0.type"),
        ({"actors": [actor("a1"), actor("a2")], "relations": [relation("r1", "a1", "a2", type="liefde")]},
         "network_unknown_type", "relations.0.type"),
        ({"actors": [actor("a1", ring="maan")], "relations": []}, "network_unknown_ring", "actors.0.ring"),
        ({"actors": [actor("a1", sector="sport")], "relations": []}, "network_unknown_sector", "actors.0.sector"),
        ({"actors": [actor("a1"), actor("a2")], "relations": [relation("r1", "a1", "a2", direction="up")]},
         "network_unknown_direction", "relations.0.direction"),
        ({"actors": [actor("a1"), actor("a2")], "relations": [relation("r1", "a1", "a2", strength="enorm")]},
         "network_unknown_strength", "relations.0.strength"),
        ({"actors": [actor("a1"), actor("a2")],
          "relations": [relation("r1", "a1", "a2"), relation("r2", "a2", "a1")]},
         "network_duplicate_relation", "relations.1.type"),
        ({"actors": [actor("a1"), actor("a1")], "relations": []}, "network_duplicate_id", "actors.1.id"),
        ({"actors": [actor("a 1")], "relations": []}, "network_bad_id", "actors.0.id"),
        ({"actors": [actor("a1", palette="onbekend")], "relations": []}, "network_unknown_palette",
         "actors.0.palette"),
        ({"actors": [actor("a1", palette="toezicht")], "relations": []}, "network_unknown_palette",
         "actors.0.palette"),
        ({"actors": [actor("a1", palette="wijkteam"), actor("a2", palette="wijkteam")], "relations": []},
         "network_palette_twice", "actors.1.palette"),
        ({"actors": [actor("a1", x=9)], "relations": []}, "out_of_range", "actors.0.x"),
        ({"actors": [actor("a1", y="1")], "relations": []}, "wrong_type", "actors.0.y"),
        ({"actors": [actor("a1", flags=["hacked"])], "relations": []}, "network_unknown_flags", "actors.0.flags"),
        ({"actors": "a1", "relations": []}, "wrong_type", "actors"),
        ({"actors": [["a1"]], "relations": []}, "wrong_type", "actors.0"),
        ({"actors": [actor("a1", ring=["professionals"])], "relations": []}, "network_unknown_ring", "actors.0.ring"),
        ({"relations": []}, "wrong_type", "actors"),
    ],
)
def test_bad_maps_are_refused_with_a_code_and_a_field(data, code, field):
    found = problem_of(data)
    assert (found.code, found.field) == (code, field)


def test_a_map_that_is_not_an_object_is_refused():
    assert problem_of(["x"]).code == "not_an_object"


def test_limits_on_actors_and_relations():
    many = {"actors": [actor(f"a{i}") for i in range(4)], "relations": []}
    found = problem_of(many, max_actors=3)
    assert (found.code, found.params["limit"], found.params["count"]) == ("network_too_many_actors", 3, 4)
    linked = {"actors": [actor("a1"), actor("a2"), actor("a3")],
              "relations": [relation("r1", "a1", "a2"), relation("r2", "a2", "a3")]}
    assert problem_of(linked, max_relations=1).code == "network_too_many_relations"


def test_free_form_actors_only_when_allowed_unless_the_learner_already_had_them():
    data = {"actors": [actor("a1")], "relations": []}
    assert problem_of(data, allow_free=False).code == "network_free_form_not_allowed"
    flagged = {"actors": [actor("a1", flags=["palette_removed"])], "relations": []}
    # a flag in the request proves nothing: the server only trusts the map it stored
    assert problem_of(flagged, allow_free=False).code == "network_free_form_not_allowed"
    stored = validate_map(flagged, config())
    stored["actors"][0]["flags"] = ["palette_removed"]  # as reconciliation leaves it when a list entry goes
    kept = validate_map(flagged, config(), allow_free=False, stored=stored)
    assert kept["actors"][0]["flags"] == ["palette_removed"]
    renamed = {"actors": [actor("a1", label="Iets anders")], "relations": []}
    assert problem_of(renamed, allow_free=False, stored=stored).code == "network_free_form_not_allowed"


def test_the_learner_clears_flags_but_never_sets_them():
    flagged = {"actors": [actor("a1", flags=["type_removed", "ring_removed"])], "relations": []}
    assert validate_map(flagged, config())["actors"][0]["flags"] == []
    stored = {"actors": [dict(actor("a1"), palette=None, flags=["ring_removed"])], "relations": []}
    assert validate_map(flagged, config(), stored=stored)["actors"][0]["flags"] == ["ring_removed"]
    cleared = {"actors": [actor("a1", flags=[])], "relations": []}
    assert validate_map(cleared, config(), stored=stored)["actors"][0]["flags"] == []
    from_list = {"actors": [actor("a1", palette="client")], "relations": []}
    assert validate_map(from_list, config(), allow_free=False)["actors"][0]["label"] == "Cliënt"


def test_two_relations_of_different_types_between_the_same_actors_are_fine():
    data = {"actors": [actor("a1"), actor("a2")],
            "relations": [relation("r1", "a1", "a2"), relation("r2", "a2", "a1", type="geld", direction="one-way")]}
    assert len(validate_map(data, config())["relations"]) == 2


def test_authors_get_every_problem_at_once():
    data = {"actors": [actor("a1", label=""), actor("a2", ring="maan")], "relations": []}
    with pytest.raises(Problems) as caught:
        validate_map(data, config(), gather=True)
    assert [p.field for p in caught.value.problems] == ["actors.0.label", "actors.1.ring"]


def test_reference_maps_need_list_actors_with_their_own_id():
    ref = reference()
    checked = validate_map(ref, config(), mode=REFERENCE)
    assert checked["actors"][0]["explanation"] == "Staat centraal."
    assert "note" not in checked["relations"][0] and checked["relations"][0]["explanation"]
    hidden_ok = [a for a in checked["actors"] if a["id"] == "toezicht"]
    assert hidden_ok, "actors the learners do not see may be in the expert map"
    free = copy.deepcopy(ref)
    free["actors"][0]["palette"] = None
    with pytest.raises(Problem) as caught:
        validate_map(free, config(), mode=REFERENCE)
    assert caught.value.code == "network_reference_needs_palette"
    renamed = copy.deepcopy(ref)
    renamed["actors"][0]["id"] = "iemand"
    with pytest.raises(Problem) as caught:
        validate_map(renamed, config(), mode=REFERENCE)
    assert caught.value.code == "network_reference_id"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Het Sociaal  Wijkteam!", "sociaal wijkteam"), ("Cliënte", "cliente"), ("de Wmo-consulent", "wmo consulent"),
     ("De", "de"), ("  ", "")],
)
def test_labels_are_normalised_for_matching(text, expected):
    assert normalise_label(text) == expected


# ---- reconciliation -------------------------------------------------------------------------------------------
def stored_map():
    return validate_map(reference_as_learner_map(), config())


def test_an_unchanged_map_reconciles_to_itself():
    stored = stored_map()
    reconciled, report = reconcile_map(stored, config())
    assert reconciled == dict(stored, set_aside=[])
    assert report == {"flagged": 0, "set_aside": 0}


def test_removed_ring_sector_type_and_list_actor_are_flagged_not_lost():
    stored = stored_map()
    stored["actors"].append({"id": "own", "palette": None, "label": "Oom Piet", "type": "informeel",
                             "ring": "informeel", "sector": "informeel", "x": 0.2, "y": 0.4, "flags": []})
    stored["relations"].append({"id": "rx", "source": "own", "target": "a0", "type": "druk", "direction": "none",
                                "strength": "weak", "note": "bedreigt", "flags": []})
    changed = config()
    changed["rings"] = [ring for ring in changed["rings"] if ring["id"] != "huishouden"]
    changed["sectors"] = [sector for sector in changed["sectors"] if sector["id"] != "informeel"]
    changed["actor_types"] = [kind for kind in changed["actor_types"] if kind["id"] != "informeel"]
    changed["relation_types"] = [kind for kind in changed["relation_types"] if kind["id"] != "druk"]
    changed["palette"] = [item for item in changed["palette"] if item["id"] != "wijkteam"]
    reconciled, report = reconcile_map(stored, changed)
    assert len(reconciled["actors"]) == len(stored["actors"])
    assert len(reconciled["relations"]) == len(stored["relations"])
    by_id = {item["id"]: item for item in reconciled["actors"]}
    assert by_id["a0"]["flags"] == ["ring_removed"] and by_id["a0"]["ring"] == "op-afstand"
    assert by_id["a1"]["palette"] is None and by_id["a1"]["label"] == "Wijkteam"
    assert "palette_removed" in by_id["a1"]["flags"]
    assert set(by_id["own"]["flags"]) == {"sector_removed", "type_removed"}
    assert by_id["own"]["sector"] is None and by_id["own"]["type"] == "persoon"
    rx = next(item for item in reconciled["relations"] if item["id"] == "rx")
    assert rx["flags"] == ["type_removed"] and rx["note"] == "bedreigt"
    assert report["flagged"] == 4 and report["set_aside"] == 0
    # the reconciled map is valid again, even where free-form actors are no longer allowed
    validate_map(reconciled, changed, allow_free=True)
    kept = [a for a in reconciled["actors"] if a["palette"] or a["flags"] == ["palette_removed"]]
    kept_ids = {a["id"] for a in kept}
    without_own = {"actors": kept, "relations": [r for r in reconciled["relations"]
                                                 if r["source"] in kept_ids and r["target"] in kept_ids]}
    validate_map(without_own, changed, allow_free=False, stored=reconciled)


def test_a_list_actors_new_label_reaches_the_learners_map():
    changed = config()
    changed["palette"][1]["label"] = "Sociaal wijkteam Noord"
    reconciled, _report = reconcile_map(stored_map(), changed)
    assert reconciled["actors"][1]["label"] == "Sociaal wijkteam Noord"


def test_relations_that_collide_after_a_type_is_removed_get_another_free_type():
    stored = {"actors": [actor("a1", flags=[]), actor("a2", flags=[])],
              "relations": [relation("r1", "a1", "a2", type="druk", flags=[]),
                            relation("r2", "a1", "a2", type="geld", flags=[])]}
    changed = config()
    changed["relation_types"] = [kind for kind in changed["relation_types"] if kind["id"] not in ("druk", "geld")]
    reconciled, report = reconcile_map(stored, changed)
    types = [item["type"] for item in reconciled["relations"]]
    assert len(set(types)) == 2 and report["set_aside"] == 0
    validate_map(reconciled, changed)


def test_garbage_in_user_state_does_not_break_loading():
    reconciled, report = reconcile_map({"actors": [None, {"id": "bad id"}, "x"], "relations": 5}, config())
    assert reconciled == {"actors": [], "relations": [], "set_aside": []}
    assert reconcile_map(None, config())[0] == {"actors": [], "relations": [], "set_aside": []}
