"""Content removed after learners submitted: every label and note a learner wrote stays in the staff views.

That includes a relation whose type was removed while every other type between its two actors is taken: it is
set aside, never dropped.
"""
import csv
import io

from tests.network.fixtures import authoring

from .helpers import configured_block, full_map, get


def test_a_submitted_map_keeps_labels_and_notes_after_the_author_removes_content(workbench):
    block = configured_block(workbench, allow_free=True)
    learner_map = full_map()
    learner_map["actors"].append({"id": "own", "palette": None, "label": "Oom Piet", "type": "informeel",
                                  "ring": "informeel", "sector": None, "x": 0.2, "y": 0.4})
    taken = {"zorgrelatie"}  # r3 connects a1 and a0 with this type; every other type between them comes next
    for kind in ("samenwerking", "informatie", "geld", "afhankelijkheid", "druk"):
        taken.add(kind)
        learner_map["relations"].append({"id": f"r{kind}", "source": "a0", "target": "a1", "type": kind,
                                         "direction": "none", "strength": "normal", "flags": []})
    for index, relation in enumerate(learner_map["relations"]):
        relation["note"] = f"notitie {index}"
    status, answer = workbench.call(block, "submit", {"map": learner_map, "version": 0})
    assert status == 200, answer
    data = authoring()
    data["rings"] = [ring for ring in data["rings"] if ring["id"] != "informeel"]
    data["actor_types"] = [kind for kind in data["actor_types"] if kind["id"] != "informeel"]
    data["relation_types"] = [kind for kind in data["relation_types"] if kind["id"] != "geld"]
    data["palette"] = [item for item in data["palette"] if item["id"] != "wijkteam"]
    data["reference"]["actors"] = [a for a in data["reference"]["actors"] if a["id"] != "wijkteam"]
    data["reference"]["relations"] = [r for r in data["reference"]["relations"]
                                      if r["type"] != "geld" and "wijkteam" not in (r["source"], r["target"])]
    staff = workbench.as_student(block, "docent")
    status, answer = workbench.call(staff, "studio_submit", data)
    assert status == 200, answer

    status, seen = workbench.call(workbench.as_student(block, "docent"), "staff_learner_map",
                                  {"learner_id": "leerling_a"})
    assert status == 200, seen
    actors = {actor["id"]: actor for actor in seen["map"]["actors"]}
    relations = seen["map"]["relations"] + seen["map"]["set_aside"]
    assert [item["id"] for item in seen["map"]["set_aside"]] == ["rgeld"]
    assert len(actors) == len(learner_map["actors"]) and len(relations) == len(learner_map["relations"])
    assert actors["own"]["label"] == "Oom Piet" and set(actors["own"]["flags"]) == {"ring_removed", "type_removed"}
    assert actors["a1"]["label"] == "Wijkteam" and "palette_removed" in actors["a1"]["flags"]
    assert sorted(relation["note"] for relation in relations) == sorted(
        f"notitie {index}" for index in range(len(learner_map["relations"])))

    status, response = get(workbench.as_student(block, "docent"), "export", "?format=csv")
    assert status == 200
    cells = {cell for row in csv.reader(io.StringIO(response.body.decode("utf-8")), delimiter=";") for cell in row}
    assert {"Oom Piet", "Wijkteam"} <= cells
    assert {f"notitie {index}" for index in range(len(learner_map["relations"]))} <= cells
