"""The reflection's rows for the LMS's problem-responses report, and when a draft_saved event is due: pure rules.

The same through the LMS runtime: ``tests/lms_contract/test_reflection_report.py``.
"""
from datetime import timedelta

from weerbaarxblock.core.queries import now
from weerbaarxblock.reflection.rules.config import Prompt
from weerbaarxblock.reflection.rules.events import draft_event_due
from weerbaarxblock.reflection.rules.report import learner_rows


def test_a_learner_without_entry_or_draft_has_no_row():
    prompts = [Prompt(id="p1", question="Vraag?")]
    assert learner_rows(prompts, [], {}) == []
    assert learner_rows(prompts, [], {"draft_answers": {"p1": "Iets"}})[0]["answers"] == "Vraag?\nIets"


def test_draft_events_are_due_once_per_interval():
    start = now()
    assert draft_event_due("", start)
    assert not draft_event_due(start.isoformat(), start + timedelta(minutes=4, seconds=59))
    assert draft_event_due(start.isoformat(), start + timedelta(minutes=5))
    assert draft_event_due(start.isoformat(), start - timedelta(minutes=1))  # a clock set back: not silenced
    assert draft_event_due("not a date", start)
