"""Netwerkkaart learner handlers: autosave, submit, feedback, grade, completion, events — and every bad input."""
import pytest

from .helpers import configured_block, full_map, small_map, view_state, with_change


def actor(actor_id, **changes):
    base = {"id": actor_id, "palette": None, "label": f"Actor {actor_id}", "type": "persoon", "ring": "informeel",
            "sector": None, "x": 0.3, "y": 0.3, "flags": []}
    base.update(changes)
    return base


def relation(relation_id, source, target, **changes):
    base = {"id": relation_id, "source": source, "target": target, "type": "samenwerking", "direction": "both",
            "strength": "normal", "note": "", "flags": []}
    base.update(changes)
    return base


def two_actors(**relation_changes):
    return {"actors": [actor("a1"), actor("a2")], "relations": [relation("r1", "a1", "a2", **relation_changes)]}


def test_the_learner_view_holds_the_map_but_never_the_experts_map(workbench):
    block = configured_block(workbench)
    state, html = view_state(workbench, block)
    assert state["feedback"] is None and state["map"] == {"actors": [], "relations": [], "set_aside": []}
    for secret in ("Staat centraal", "Geen rol in deze casus", "Toezichthouder Wmo", "toezichthouder", "zorgvrager",
                   "synonyms", "reference", "explanation"):
        assert secret not in html, secret
    assert [item["id"] for item in state["config"]["palette"]] == ["client", "wijkteam", "wmo", "inkoop", "z",
                                                                    "huisarts"]
    data = block.student_view_data()
    flat = repr(data)
    assert "Toezichthouder" not in flat and "zorgvrager" not in flat and "explanation" not in flat
    assert data["display_name"] == "Netwerkkaart" and data["palette"][0] == {"id": "client", "label": "Cliënt",
                                                                             "type": "persoon"}


def test_autosave_stores_the_map_with_a_version_and_an_event(workbench):
    block = configured_block(workbench)
    status, answer = workbench.call(block, "save_map", {"map": small_map(), "version": 0})
    assert status == 200 and answer["version"] == 1 and answer["saved_at"]
    block = workbench.as_student(block, "leerling_a")
    assert len(block.learner_map["actors"]) == 3 and block.map_version == 1
    status, answer = workbench.call(block, "save_map", {"map": full_map(), "version": 1})
    assert status == 200 and answer["version"] == 2
    saved = workbench.events_named("weerbaar.network.saved")
    assert saved[-1] == {"version": 2, "actors": 6, "relations": 5}
    state, _html = view_state(workbench, workbench.as_student(block, "leerling_a"))
    assert state["version"] == 2 and len(state["map"]["relations"]) == 5


def test_learners_maps_are_their_own(workbench):
    block = configured_block(workbench)
    workbench.call(block, "save_map", {"map": small_map(), "version": 0})
    other = workbench.as_student(block, "leerling_b")
    assert other.learner_map == {} and other.map_version == 0


BAD_MAPS = {
    "label over 80 characters": (
        {"actors": [actor("a1", label="x" * 81)], "relations": []},
        "De naam 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is 81 tekens lang; er zijn er hoogstens 80 toegestaan.",
    ),
    "note over 500 characters": (
        two_actors(note="n" * 501), "Een notitie is 501 tekens lang; er zijn er hoogstens 500 toegestaan."
    ),
    "too many actors": ({"actors": [actor(f"a{i}") for i in range(4)], "relations": []},
                        "Deze kaart mag hoogstens 3 actoren bevatten; ze heeft er 4."),
    "too many relations": ({"actors": [actor("a1"), actor("a2"), actor("a3")],
                            "relations": [relation("r1", "a1", "a2"), relation("r2", "a2", "a3"),
                                          relation("r3", "a1", "a3")]},
                           "Deze kaart mag hoogstens 2 relaties bevatten; ze heeft er 3."),
    "self-relation": ({"actors": [actor("a1")], "relations": [relation("r1", "a1", "a1")]},
                      "Een relatie moet twee verschillende actoren verbinden ('Actor a1' twee keer)."),
    "relation to an unknown actor": ({"actors": [actor("a1")], "relations": [relation("r1", "a1", "spook")]},
                                     "Een relatie verwijst naar een actor die niet op de kaart staat."),
    "unknown actor type": ({"actors": [actor("a1", type="robot")], "relations": []},
                           "'robot' is geen type in deze activiteit."),
    "unknown relation type": (two_actors(type="liefde"), "'liefde' is geen type in deze activiteit."),
    "unknown ring": (
        {"actors": [actor("a1", ring="maan")], "relations": []}, "'maan' is geen ring in deze activiteit."
    ),
    "duplicate relation": ({"actors": [actor("a1"), actor("a2")],
                            "relations": [relation("r1", "a1", "a2"), relation("r2", "a2", "a1")]},
                           "Er is al een relatie van dit type tussen 'Actor a2' en 'Actor a1'."),
    "hidden list actor": ({"actors": [actor("a1", palette="toezicht")], "relations": []},
                          "'toezicht' is geen actor uit de lijst van deze activiteit."),
    "list actor twice": ({"actors": [actor("a1", palette="wmo"), actor("a2", palette="wmo")], "relations": []},
                         "'Wmo-consulent' staat al op de kaart."),
    "NUL character": ({"actors": [actor("a1", label="a\x00b")], "relations": []},
                      "Het veld 'actors.0.label' bevat een NUL-teken; dat is niet toegestaan."),
    "map is not an object": ([], None),
}


@pytest.mark.parametrize("name", sorted(BAD_MAPS))
@pytest.mark.parametrize("handler", ["save_map", "submit"])
def test_bad_maps_are_refused_with_a_dutch_message_and_nothing_changes(workbench, name, handler):
    block = configured_block(workbench, max_actors=3, max_relations=2)
    workbench.call(block, "save_map", {"map": small_map(), "version": 0})
    block = workbench.as_student(block, "leerling_a")
    before = (block.learner_map, block.map_version, block.submitted_at)
    events_before = len(workbench.events)
    data, message = BAD_MAPS[name]
    status, answer = workbench.call(block, handler, {"map": data, "version": 1})
    assert status == 400, answer
    if message:
        assert answer["error"] == message
    after = workbench.as_student(block, "leerling_a")
    assert (after.learner_map, after.map_version, after.submitted_at) == before
    assert len(workbench.events) == events_before


@pytest.mark.parametrize(
    ("payload", "body"),
    [(None, b"[]"), (None, b"null"), (None, b"{oops"), ({"version": 0}, None), ({"map": {}, "version": 0}, None),
     ({"map": {"actors": [], "relations": []}}, None),
     ({"map": {"actors": [], "relations": []}, "version": "0"}, None)],
)
def test_malformed_requests_are_400(workbench, payload, body):
    block = configured_block(workbench)
    status, answer = workbench.call(block, "save_map", payload, body=body)
    assert status == 400 and answer["error"]
    assert workbench.as_student(block, "leerling_a").map_version == 0


def test_a_stale_version_is_refused(workbench):
    block = configured_block(workbench)
    workbench.call(block, "save_map", {"map": small_map(), "version": 0})
    status, answer = workbench.call(workbench.as_student(block, "leerling_a"), "save_map",
                                    {"map": full_map(), "version": 0})
    assert status == 409 and answer["field"] == "version" and answer["conflict"] is True
    assert answer["version"] == 1 and answer["saved_at"]
    assert "ander venster" in answer["error"]


def test_free_form_actors_are_refused_when_the_author_does_not_allow_them(workbench):
    block = configured_block(workbench, allow_free=False)
    status, answer = workbench.call(block, "save_map", {"map": {"actors": [actor("a1")], "relations": []},
                                                        "version": 0})
    assert status == 400 and answer["error"] == "In deze activiteit kun je alleen actoren uit de lijst toevoegen."


def test_a_flag_in_the_request_does_not_let_a_free_form_actor_in(workbench):
    block = configured_block(workbench, allow_free=False)
    forged = dict(actor("a1"), flags=["palette_removed"])
    for handler in ("save_map", "submit"):
        status, answer = workbench.call(block, handler, {"map": {"actors": [forged], "relations": []}, "version": 0})
        assert status == 400 and answer["field"] == "actors.0.label", (handler, answer)
    learner = workbench.as_student(block, "leerling_a")
    assert learner.learner_map == {} and learner.map_version == 0 and not learner.submitted_at


def test_get_and_anonymous_calls_are_refused(workbench):
    block = configured_block(workbench)
    status, _answer = workbench.call(block, "save_map", body=b"", method="GET")
    assert status == 405


def test_submit_returns_feedback_publishes_grade_completion_and_event(workbench):
    block = configured_block(workbench)
    data = with_change(full_map(), lambda m: m["relations"].pop())  # one expert relation missing
    status, answer = workbench.call(block, "submit", {"map": data, "version": 0})
    assert status == 200, answer
    feedback = answer["feedback"]
    assert feedback["actors"]["recall"] == 1
    assert [entry["relation"] for entry in feedback["relations"]["missing"]] == ["ref5"]
    assert feedback["relations"]["missing"][0]["explanation"] == "Melding bij toezicht."
    expected = round((1 + 2 * 4 / 9) / 2, 6)
    assert feedback["score"] == expected
    assert {actor["id"] for actor in feedback["reference_map"]["actors"]} >= {"toezicht"}
    view = feedback["view"]
    assert view["score"] == f"Score: {round(expected * 100)}%"
    assert view["summary"]["rows"][0] == ["Actoren", "6 van 6 (100%)", "100%"]
    assert view["sections"][0] == {"title": "Belangrijke relaties die je mist (1)", "items": [
        {"what": "Wmo-consulent → Toezichthouder Wmo (Informatiedeling)", "why": "Melding bij toezicht."}]}
    assert [section["title"] for section in view["sections"]][1:] == [
        "Belangrijke actoren die je vond (6)", "Relaties die je tekende zoals de experts (4)"]
    grades = workbench.events_named("grade")
    assert grades == [{"value": expected, "max_value": 1}]
    assert workbench.events_named("completion") == [{"completion": 1.0}]
    submitted = workbench.events_named("weerbaar.network.submitted")
    assert submitted[0]["score"] == expected and submitted[0]["relations_missing"] == 1
    block = workbench.as_student(block, "leerling_a")
    assert block.submitted_at and block.score == expected
    state, html = view_state(workbench, block)
    assert state["feedback"]["score"] == expected and "Melding bij toezicht." in html


def test_after_submitting_the_map_is_final(workbench):
    block = configured_block(workbench)
    workbench.call(block, "submit", {"map": small_map(), "version": 0})
    block = workbench.as_student(block, "leerling_a")
    for handler in ("save_map", "submit"):
        status, answer = workbench.call(block, handler, {"map": full_map(), "version": 1})
        assert status == 400
        assert answer["error"] == "Deze kaart is ingeleverd en kan niet meer worden gewijzigd."
    assert len(workbench.as_student(block, "leerling_a").learner_map["actors"]) == 3
    assert len(workbench.events_named("grade")) == 1


def test_an_empty_map_cannot_be_submitted(workbench):
    block = configured_block(workbench)
    status, answer = workbench.call(block, "submit", {"map": {"actors": [], "relations": []}, "version": 0})
    assert status == 400 and answer["error"] == "Voeg minstens één actor toe voordat je je kaart inlevert."
    assert not workbench.as_student(block, "leerling_a").submitted_at
    assert workbench.events_named("completion") == []


def test_an_ungraded_map_gives_feedback_without_score_or_grade(workbench):
    block = configured_block(workbench, scored=False)
    assert not block.has_score and block.max_score() is None
    status, answer = workbench.call(block, "submit", {"map": full_map(), "version": 0})
    assert status == 200 and answer["feedback"]["score"] is None
    assert workbench.events_named("grade") == []
    assert workbench.events_named("completion") == [{"completion": 1.0}]


def test_graded_blocks_score_out_of_one(workbench):
    block = configured_block(workbench)
    assert block.has_score and block.max_score() == 1 and block.weight == 1.0


def test_report_rows_for_the_instructor_dashboard(workbench):
    """One row per actor and relation of the submitted map, with its verdict: what the CSV export carries."""
    block = configured_block(workbench)
    workbench.call(block, "submit", {"map": full_map(), "version": 0})

    class UserState:
        username = "leerling_a"  # the workbench names learners by their id
        state = {}

    class Empty:
        username = "leerling_b"
        state = {}

    rows = list(block.generate_report_data(iter([UserState(), Empty()])))
    actors = [row for _name, row in rows if row["actor"]]
    relations = [row for _name, row in rows if row["source"] and row["target"]]
    assert {name for name, _row in rows} == {"leerling_a"} and (len(actors), len(relations), len(rows)) == (6, 5, 11)
    assert all(row["verdict"] and row["submitted_at"] and row["score"] is not None for _name, row in rows)
    assert len(list(block.generate_report_data(iter([UserState()]), limit_responses=3))) == 3
