"""The reflection in the LMS: its problem-responses report rows, and autosave's draft_saved events (a fake clock)."""
from datetime import timedelta
from types import SimpleNamespace

from weerbaarxblock.core.queries import now
from weerbaarxblock.reflection import block as reflection_block

from .scored import ANSWER, reflection, submit_reflection


def user_state(lms, person, key):
    state = {
        item.field_name: value for item, value in lms.kvs.db_dict.items()
        if item.user_id == person.user.id and item.block_scope_id == key
    }
    return SimpleNamespace(username=person.user.username, state=state)


def test_report_rows_per_learner_with_status_words_date_and_answers(lms):
    key = reflection(lms)
    submit_reflection(lms, key, lms.learner)
    draft = {"entry": 1, "version": 0, "answers": {"p1": "Nog niet af"}}
    assert lms.call(lms.lms_block(key, lms.learner_b), "save_draft", draft)[0] == 200
    staff = lms.lms_block(key, lms.staff)
    states = [user_state(lms, lms.learner, key), user_state(lms, lms.learner_b, key)]

    rows = list(staff.generate_report_data(iter(states)))

    (samira, samira_row), (joost, joost_row) = rows
    assert (samira, joost) == ("samira", "joost")
    assert (samira_row["entry"], samira_row["status"], samira_row["word_count"]) == (1, "submitted", 12)
    assert samira_row["submitted_at"] and samira_row["answers"].endswith(ANSWER)
    assert (joost_row["status"], joost_row["word_count"], joost_row["submitted_at"]) == ("draft", 3, "")
    assert list(staff.generate_report_data(iter(states), limit_responses=1)) == rows[:1]


def test_autosave_emits_at_most_one_draft_saved_event_per_learner_every_few_minutes(lms, monkeypatch):
    start = now()
    clock = [start]
    monkeypatch.setattr(reflection_block, "now", lambda: clock[0])
    key = reflection(lms)
    version = 0
    for minutes in (0, 1, 2, 5, 6):  # autosaves; events are due at 0 and 5
        clock[0] = start + timedelta(minutes=minutes)
        draft = {"entry": 1, "version": version, "answers": {"p1": f"Versie {minutes}"}}
        status, data = lms.call(lms.lms_block(key, lms.learner), "save_draft", draft)
        assert status == 200, data
        version = data["version"]
    other = lms.lms_block(key, lms.learner_b)
    assert lms.call(other, "save_draft", {"entry": 1, "version": 0, "answers": {"p1": "Ik"}})[0] == 200
    events = lms.tracking.named("weerbaar.reflection.draft_saved")
    assert [event["context"]["user_id"] for event in events] == [lms.learner.user.id] * 2 + [lms.learner_b.user.id]


def test_report_rows_carry_what_the_csv_export_carries_review_and_removed_answers_included(lms):
    """The report is where a large class's entries go, so nothing of the export may be missing from it."""
    from .test_grading import review_payload  # noqa: PLC0415 - one helper of a sibling test module

    key = reflection(lms, removed_prompts={"old": "Wat ging er mis?"})
    block = lms.lms_block(key, lms.learner)
    assert lms.call(block, "submit", {"entry": 1, "version": 0, "answers": {"p1": ANSWER}})[0] == 200
    entry = reflection_block.queries.ReflectionEntry.objects.get()
    entry.answers = dict(entry.answers, old="Ik wachtte te lang.")  # an answer to a question removed since
    entry.save()
    assert lms.call(lms.lms_block(key, lms.staff), "save_review", review_payload(points=7))[0] == 200
    staff = lms.lms_block(key, lms.staff)

    ((_username, row),) = staff.generate_report_data(iter([user_state(lms, lms.learner, key)]))

    assert (row["status"], row["version"], row["feedback"], row["score"], row["max_score"]) == (
        "reviewed", 1, "Goed benoemd.", 7, 10)
    assert row["reviewed_at"] and row["reviewer"] == "Mirjam Jansen"
    assert row["answers"].endswith("Wat ging er mis?\nIk wachtte te lang.")
