"""Where the author shows learners by pseudonym, no staff list or export is ordered by the real names it hides: the
order of the rows would tell who is who to anyone who knows the class. They follow the learners' anonymous ids
(the netwerkkaart's list, the casus report and export) or the pseudonyms (the reflection's export)."""
import csv
import io

import webob

from weerbaarxblock.core.rules import privacy

from .activities import add_demo, play

NAMES = ["Anna Aalders", "Bram Bakker", "Cor Claassen", "Daan Dekker", "Eva Evers"]


def class_played(lms, block_type):
    """The block with five learners' work, and {anonymous id: real name}."""
    key = add_demo(lms, block_type)
    learners = {}
    for index, name in enumerate(NAMES):
        person = lms.add_person(f"leerling{index}", name)
        block = lms.lms_block(key, person)
        if block_type == "weerbaar_network":
            status, data = lms.call(block, "submit", {"version": 0, "map": one_actor_map(block.current_config())})
            assert status == 200, data
        else:
            answers = play(lms, block, block_type)
            assert all(status == 200 for name, (status, _data) in answers if name in ("submit", "answer")), answers
        learners[lms.anonymous_id(person)] = name
    staff = lms.lms_block(key, lms.staff)
    staff.show_pseudonyms = True
    staff.save()
    return key, learners


def one_actor_map(config):
    actor = config["palette"][0]
    return {"actors": [{"id": actor["id"], "palette": actor["id"], "label": actor["label"], "type": actor["type"],
                        "ring": config["rings"][0]["id"], "sector": None, "x": 0.2, "y": 0.1, "flags": []}],
            "relations": []}


def pseudonyms_in_id_order(key, learners):
    return [privacy.pseudonym(learner_id, str(key)) for learner_id in sorted(learners)]


def shown(names):
    """The pseudonym codes in names as staff see them ("Deelnemer K7Q2…")."""
    return [name.split()[-1] for name in names]


def exported_learners(lms, key, handler, column):
    block = lms.lms_block(key, lms.staff)
    response = block.runtime.handle(block, handler, webob.Request.blank("/?format=csv", method="GET"))
    text = b"".join(response.app_iter).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    return list(dict.fromkeys(row[column] for row in rows))


def test_the_netwerkkaart_list_follows_anonymous_ids_not_names(lms):
    key, learners = class_played(lms, "weerbaar_network")
    status, data = lms.call(lms.lms_block(key, lms.staff), "staff_learners", {})
    assert status == 200, data
    assert shown(row["name"] for row in data["learners"]) == shown(pseudonyms_in_id_order(key, learners))


def test_the_casus_report_and_export_follow_anonymous_ids_not_names(lms):
    key, learners = class_played(lms, "weerbaar_scenario")
    status, data = lms.call(lms.lms_block(key, lms.staff), "staff_report", {})
    assert status == 200, data
    in_order = shown(pseudonyms_in_id_order(key, learners))
    assert shown(dict.fromkeys(row["learner_name"] for row in data["attempts"])) == in_order
    assert shown(exported_learners(lms, key, "export_csv", "Deelnemer")) == in_order


def test_the_reflection_export_follows_the_pseudonyms_not_names(lms):
    key, learners = class_played(lms, "weerbaar_reflection")
    codes = shown(exported_learners(lms, key, "export_csv", "Deelnemer"))
    assert codes == sorted(codes) and len(codes) == len(NAMES)
