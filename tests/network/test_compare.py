"""Netwerkkaart comparison: unit tests of each verdict, property tests of the score, linear time, overlay."""
import copy

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from weerbaarxblock.network.rules.class_counts import overlay
from weerbaarxblock.network.rules.compare import compare, summary
from weerbaarxblock.network.rules.model import validate_map

from .fixtures import config, reference, reference_as_learner_map, settings


def learner_map():
    return validate_map(reference_as_learner_map(), config())


def test_the_reference_scores_one_against_itself():
    result = compare(config(), settings(), reference(), learner_map())
    assert result["score"] == 1
    assert result["actors"]["precision"] == result["actors"]["recall"] == 1
    assert result["relations"]["precision"] == result["relations"]["recall"] == 1
    assert not result["actors"]["missing"] and not result["relations"]["missing"]


def test_free_form_labels_match_by_normalised_text_and_synonyms():
    data = learner_map()
    data["actors"][1].update(palette=None, label="Het  SOCIAAL wijkteam.")
    data["actors"][0].update(palette=None, label="zorgvrager")
    result = compare(config(), settings(), reference(), data)
    assert result["score"] == 1
    assert {entry["reference"] for entry in result["actors"]["matched"]} >= {"wijkteam", "client"}


def test_missing_extra_duplicate_and_unrecognised_actors():
    data = learner_map()
    del data["actors"][2]  # the Wmo-consulent, and its relations
    data["relations"] = [r for r in data["relations"] if "a2" not in (r["source"], r["target"])]
    data["actors"].append({"id": "h", "palette": "huisarts", "label": "Huisarts", "type": "persoon",
                           "ring": "professionals", "sector": None, "x": 0, "y": 0.5, "flags": []})
    data["actors"].append({"id": "dup", "palette": None, "label": "buurtteam", "type": "organisatie",
                           "ring": "professionals", "sector": None, "x": 0, "y": 0.6, "flags": []})
    data["actors"].append({"id": "oom", "palette": None, "label": "Oom Piet", "type": "persoon",
                           "ring": "informeel", "sector": None, "x": 0, "y": 0.7, "flags": []})
    result = compare(config(), settings(), reference(), data)
    actors = result["actors"]
    assert [entry["reference"] for entry in actors["missing"]] == ["wmo"]
    assert actors["missing"][0]["explanation"] == "Geeft de beschikking af."
    reasons = {entry["actor"]: (entry["reason"], entry["explanation"]) for entry in actors["extra"]}
    assert reasons == {"h": ("not_in_reference", "Geen rol in deze casus."), "dup": ("duplicate", ""),
                       "oom": ("unrecognised", "")}
    assert actors["precision"] == 5 / 8 and actors["recall"] == 5 / 6
    assert [entry["relation"] for entry in result["relations"]["missing"]] == ["ref3", "ref5"]


def test_wrong_type_wrong_direction_and_extra_relations():
    data = learner_map()
    by_id = {r["id"]: r for r in data["relations"]}
    by_id["r0"]["source"], by_id["r0"]["target"] = by_id["r0"]["target"], by_id["r0"]["source"]  # reversed
    by_id["r1"]["type"] = "druk"  # inkoop -> z: money, not pressure
    by_id["r3"]["direction"] = "both"  # wijkteam - client: none expected
    data["relations"].append({"id": "rx", "source": "a0", "target": "a2", "type": "samenwerking",
                              "direction": "none", "strength": "weak", "note": "", "flags": []})
    result = compare(config(), settings(partial_credit=0.5), reference(), data)
    relations = result["relations"]
    assert [e["relation"] for e in relations["wrong_direction"]] == ["r0", "r3"]
    assert [e["relation"] for e in relations["wrong_type"]] == ["r1"]
    assert relations["wrong_type"][0]["expected"]["type"] == "geld"
    assert relations["wrong_type"][0]["expected"]["explanation"] == "Het geld gaat naar Z."
    assert [e["relation"] for e in relations["extra"]] == ["rx"]
    assert relations["credit"] == 2 + 3 * 0.5
    assert relations["precision"] == 3.5 / 6 and relations["recall"] == 3.5 / 5


def test_the_score_follows_the_authors_weights():
    data = learner_map()
    data["relations"] = []
    only_actors = compare(config(), settings(actor_weight=1, relation_weight=0), reference(), data)
    assert only_actors["score"] == 1
    only_relations = compare(config(), settings(actor_weight=0, relation_weight=1), reference(), data)
    assert only_relations["score"] == 0
    even = compare(config(), settings(actor_weight=1, relation_weight=1), reference(), data)
    assert even["score"] == 0.5


def test_an_expert_map_without_relations_judges_actors_only():
    ref = reference()
    ref["relations"] = []
    data = learner_map()
    assert compare(config(), settings(), ref, data)["relations"]["recall"] is None
    data["relations"] = []
    assert compare(config(), settings(), ref, data)["score"] == 1


def test_an_empty_map_scores_zero_and_summary_counts():
    result = compare(config(), settings(), reference(), {"actors": [], "relations": []})
    assert result["score"] == 0
    assert result["actors"]["precision"] is None
    assert summary(result)["actors_missing"] == 6


# ---- properties -----------------------------------------------------------------------------------------------
actor_subsets = st.lists(st.booleans(), min_size=6, max_size=6)
relation_subsets = st.lists(st.booleans(), min_size=5, max_size=5)
relation_types = st.sampled_from(["samenwerking", "informatie", "geld", "druk", "zorgrelatie", "afhankelijkheid"])
directions = st.sampled_from(["one-way", "both", "none"])


@st.composite
def partial_maps(draw):
    """A learner map made of part of the expert map plus noise: wrong types and directions, extra relations."""
    full = reference_as_learner_map()
    keep_actor = draw(actor_subsets)
    actors = [a for a, keep in zip(full["actors"], keep_actor, strict=True) if keep]
    kept = {a["id"] for a in actors}
    relations = []
    for relation, keep in zip(full["relations"], draw(relation_subsets), strict=True):
        if keep and relation["source"] in kept and relation["target"] in kept:
            relation = dict(relation)
            if draw(st.booleans()):
                relation["type"] = draw(relation_types)
            if draw(st.booleans()):
                relation["direction"] = draw(directions)
            relations.append(relation)
    for number in range(draw(st.integers(0, 3))):
        label = draw(st.sampled_from(["Oom Piet", "Huisarts", "buurtteam", "Politie"]))
        actors.append({"id": f"x{number}", "palette": None, "label": label, "type": "persoon",
                       "ring": "informeel", "sector": None, "x": 0.1, "y": 0.1, "flags": []})
    ids = [a["id"] for a in actors]
    if len(ids) >= 2:
        for number in range(draw(st.integers(0, 3))):
            source, target = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
            relations.append({"id": f"rx{number}", "source": source, "target": target, "type": draw(relation_types),
                              "direction": draw(directions), "strength": "normal", "note": "", "flags": []})
    seen, unique = set(), []
    for relation in relations:  # keep the map valid: no self-relations, no duplicates
        key = (min(relation["source"], relation["target"]), max(relation["source"], relation["target"]),
               relation["type"])
        if relation["source"] != relation["target"] and key not in seen:
            seen.add(key)
            unique.append(relation)
    return {"actors": actors, "relations": unique}


def score_of(data, **weights):
    return compare(config(), settings(**weights), reference(), data)["score"]


weights = st.fixed_dictionaries({
    "actor_weight": st.floats(0.1, 10), "relation_weight": st.floats(0, 10), "partial_credit": st.floats(0, 1),
})


@given(partial_maps(), weights)
@hypothesis_settings(max_examples=150, deadline=None)
def test_scores_lie_between_zero_and_one(data, chosen):
    assert 0 <= score_of(data, **chosen) <= 1


@given(weights)
def test_property_the_reference_scores_one_against_itself(chosen):
    assert score_of(reference_as_learner_map(), **chosen) == 1


@given(partial_maps(), weights)
@hypothesis_settings(max_examples=150, deadline=None)
def test_property_adding_a_missing_key_actor_never_lowers_the_score(data, chosen):
    before = compare(config(), settings(**chosen), reference(), data)
    full = reference_as_learner_map()
    for missing in before["actors"]["missing"]:
        number = [a["id"] for a in reference()["actors"]].index(missing["reference"])
        added = copy.deepcopy(data)
        new_actor = dict(full["actors"][number], id=f"new{number}")
        added["actors"].append(new_actor)
        assert score_of(added, **chosen) >= before["score"] - 1e-9


@given(partial_maps(), weights)
@hypothesis_settings(max_examples=150, deadline=None)
def test_property_adding_a_missing_key_relation_never_lowers_the_score(data, chosen):
    before = compare(config(), settings(**chosen), reference(), data)
    matched = {entry["reference"]: entry["actor"] for entry in before["actors"]["matched"]}
    for missing in before["relations"]["missing"]:
        expert = next(r for r in reference()["relations"] if r["id"] == missing["relation"])
        if expert["source"] not in matched or expert["target"] not in matched:
            continue
        added = copy.deepcopy(data)
        taken = {(min(r["source"], r["target"]), max(r["source"], r["target"]), r["type"]) for r in added["relations"]}
        source, target = matched[expert["source"]], matched[expert["target"]]
        if (min(source, target), max(source, target), expert["type"]) in taken:
            continue  # the learner has this pair and type already (matched elsewhere): not a free addition
        added["relations"].append({"id": "new", "source": source, "target": target, "type": expert["type"],
                                   "direction": expert["direction"], "strength": "normal", "note": "", "flags": []})
        assert score_of(added, **chosen) >= before["score"] - 1e-9


@given(partial_maps(), st.randoms(use_true_random=False))
@hypothesis_settings(max_examples=150, deadline=None)
def test_property_relabelling_ids_does_not_change_the_result(data, rnd):
    names = [a["id"] for a in data["actors"]] + [r["id"] for r in data["relations"]]
    fresh = [f"id{n}" for n in range(len(names))]
    rnd.shuffle(fresh)
    rename = dict(zip(names, fresh, strict=True))
    renamed = {
        "actors": [dict(a, id=rename[a["id"]]) for a in data["actors"]],
        "relations": [dict(r, id=rename[r["id"]], source=rename[r["source"]], target=rename[r["target"]])
                      for r in data["relations"]],
    }
    before = compare(config(), settings(), reference(), data)
    after = compare(config(), settings(), reference(), renamed)
    assert summary(before) == summary(after)
    back = {new: old for old, new in rename.items()}
    for key in ("matched", "extra"):
        assert [back[e["actor"]] for e in after["actors"][key]] == [e["actor"] for e in before["actors"][key]]
    for key in ("correct", "wrong_type", "wrong_direction", "extra"):
        assert [back[e["relation"]] for e in after["relations"][key]] == [
            e["relation"] for e in before["relations"][key]]


def test_relabelling_the_authors_ids_does_not_change_the_score():
    data = learner_map()
    data["actors"][3]["palette"] = None  # also a free-form label
    data["actors"][3]["label"] = "inkoop"
    cfg, ref = config(), reference()
    rename = {item["id"]: f"p{n}" for n, item in enumerate(cfg["palette"])}
    cfg2 = copy.deepcopy(cfg)
    for item in cfg2["palette"]:
        item["id"] = rename[item["id"]]
    ref2 = copy.deepcopy(ref)
    for actor in ref2["actors"]:
        actor["id"] = actor["palette"] = rename[actor["id"]]
    for relation in ref2["relations"]:
        relation["source"], relation["target"] = rename[relation["source"]], rename[relation["target"]]
    ref2["left_out"] = [dict(item, actor=rename[item["actor"]]) for item in ref2["left_out"]]
    data2 = copy.deepcopy(data)
    for actor in data2["actors"]:
        if actor["palette"]:
            actor["palette"] = rename[actor["palette"]]
    assert summary(compare(cfg, settings(), ref, data)) == summary(compare(cfg2, settings(), ref2, data2))


# ---- size ----------------------------------------------------------------------------------------------------
def big_case(size):
    cfg = config()
    cfg["palette"] = [{"id": f"p{n}", "label": f"Actor {n}", "type": "persoon", "synonyms": [f"alias {n}"],
                       "offered": True} for n in range(size)]
    ref = {"actors": [{"id": f"p{n}", "palette": f"p{n}", "ring": "informeel", "sector": None, "x": 0, "y": 0}
                      for n in range(size)],
           "relations": [{"id": f"e{n}", "source": f"p{n}", "target": f"p{(n + 1) % size}", "type": "geld",
                          "direction": "one-way", "strength": "normal"} for n in range(size)]}
    data = {"actors": [{"id": f"a{n}", "palette": None, "label": f"alias {n}", "type": "persoon",
                        "ring": "informeel", "sector": None, "x": 0, "y": 0} for n in range(size)],
            "relations": [{"id": f"r{n}", "source": f"a{n}", "target": f"a{(n + 1) % size}", "type": "druk",
                           "direction": "none", "strength": "normal"} for n in range(size)]}
    return cfg, ref, data


# ---- class overlay -------------------------------------------------------------------------------------------
def test_overlay_counts_learners_per_actor_and_relation():
    first = learner_map()
    second = learner_map()
    second["actors"][1].update(palette=None, label="buurtteam", x=0.0, y=-0.3)
    second["relations"] = second["relations"][:1]
    third = {"actors": [{"id": "q", "palette": None, "label": "Oom Piet", "type": "persoon", "ring": "informeel",
                         "sector": None, "x": 0.2, "y": 0.2, "flags": []}], "relations": []}
    result = overlay(config(), reference(), [first, second, third])
    counts = {entry["key"]: entry["count"] for entry in result["actors"]}
    assert result["learners"] == 3
    assert counts["p:wijkteam"] == 2 and counts["f:oom piet"] == 1 and counts["p:client"] == 2
    wijkteam = next(entry for entry in result["actors"] if entry["key"] == "p:wijkteam")
    assert wijkteam["label"] == "Wijkteam" and wijkteam["in_reference"] and wijkteam["y"] == round((-0.5 - 0.3) / 2, 4)
    relation_counts = {(e["source"], e["target"], e["type"]): e["count"] for e in result["relations"]}
    assert relation_counts[("p:client", "p:z", "zorgrelatie")] == 2
    assert relation_counts[("p:inkoop", "p:z", "geld")] == 1


def test_overlay_shows_expert_actors_nobody_included():
    result = overlay(config(), reference(), [])
    assert {entry["key"] for entry in result["actors"]} == {f"p:{a['id']}" for a in reference()["actors"]}
    assert all(entry["count"] == 0 for entry in result["actors"])
