"""A learner whose name changes in the LMS (UserProfile.name) is found by the new name in the review list, and no
longer by the old one: every write that stores a new name stores its words for the name search."""
from .activities import add_demo


def found(lms, key, search):
    status, data = lms.call(lms.lms_block(key, lms.staff), "review_list", {"search": search})
    assert status == 200, data
    return [row["name"] for row in data["rows"]]


def draft(lms, key, person, entry=1):
    block = lms.lms_block(key, person)
    payload = {"entry": entry, "version": block.draft_version, "answers": {"p1": "Ik let op signalen."}}
    status, data = lms.call(block, "save_draft", payload)
    assert status == 200, data
    return block


def test_a_renamed_learner_is_found_by_the_new_name_after_a_draft_and_after_a_submission(lms):
    key = add_demo(lms, "weerbaar_reflection")
    person = lms.add_person("karin", "Karin Verhoeven")
    draft(lms, key, person)
    assert found(lms, key, "verhoeven") == ["Karin Verhoeven"]

    person.user.profile.name = "Karin Dijkstra"  # married, and changed her name in her account
    draft(lms, key, person)
    assert found(lms, key, "dijkstra") == ["Karin Dijkstra"]
    assert found(lms, key, "verhoeven") == []

    person.user.profile.name = "Karin Dijkstra-Verhoeven"
    block = lms.lms_block(key, person)
    payload = {"entry": 1, "version": block.draft_version, "answers": {"p1": "Ik let op signalen."}}
    assert lms.call(block, "submit", payload)[0] == 200
    assert found(lms, key, "dijkstra verh") == ["Karin Dijkstra-Verhoeven"]

    assert found(lms, key, "karin") == ["Karin Dijkstra-Verhoeven"]
