"""The review list's counts per status are kept with every change of status and always equal a count of rows."""
from django.db.models import Count

from tests.reflection.test_staff import XML, entry_id
from weerbaarxblock.reflection import queries
from weerbaarxblock.store import retirement
from weerbaarxblock.store.models import ReflectionEntry


def counted(usage_key):
    rows = ReflectionEntry.objects.filter(usage_key=usage_key).values("status").annotate(number=Count("id"))
    counts = {status: 0 for status, _label in ReflectionEntry.STATUSES}
    counts.update({row["status"]: row["number"] for row in rows})
    return counts


def test_every_change_of_status_moves_the_counts(workbench):
    block = workbench.load(XML, student="leerling_a")
    key = str(block.scope_ids.usage_id)
    other = workbench.as_student(block, "leerling_b")
    staff = workbench.as_student(block, "docent")

    def check(**expected):
        counts = queries.status_counts(key)
        assert counts == counted(key)
        assert {status: number for status, number in counts.items() if number} == expected

    assert workbench.call(block, "save_draft", {"entry": 1, "version": 0, "answers": {"a": "Eerste"}})[0] == 200
    assert workbench.call(block, "save_draft", {"entry": 1, "version": 1, "answers": {"a": "Tweede"}})[0] == 200
    check(draft=1)
    assert workbench.call(block, "submit", {"entry": 1, "version": 2, "answers": {"a": "Klaar"}})[0] == 200
    assert workbench.call(other, "submit", {"entry": 1, "version": 0, "answers": {"a": "Meteen"}})[0] == 200
    check(submitted=2)
    review = {"entry_id": entry_id("Samira de Vries"), "version": 1, "feedback": "Goed.",
              "levels": {"z": "z2", "p": "p3"}}
    assert workbench.call(staff, "save_review", review)[0] == 200
    check(submitted=1, reviewed=1)
    assert workbench.call(block, "submit", {"entry": 1, "version": 3, "answers": {"a": "Herzien"}})[0] == 200
    check(submitted=1, changed=1)
    queries.delete_learner(key, ReflectionEntry.objects.get(learner_name="Joost Bakker").learner_id)
    check(changed=1)
    entry = ReflectionEntry.objects.get()
    retirement.retire({entry.course_key: entry.learner_id})
    check()


def test_a_refused_submission_changes_no_count(workbench):
    block = workbench.load(XML, student="leerling_a")
    key = str(block.scope_ids.usage_id)
    assert workbench.call(block, "save_draft", {"entry": 1, "version": 0, "answers": {"a": "Eerste"}})[0] == 200
    assert workbench.call(block, "submit", {"entry": 1, "version": 0, "answers": {"a": "Oud"}})[0] == 409
    assert queries.status_counts(key) == counted(key)
