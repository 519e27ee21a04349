"""Retention: the weerbaar_retention command empties texts older than each block's setting and reports counts only.

Rows of blocks without a retention period, and rows younger than it, keep their texts; what is not text (status,
scores, the chosen option, the palette actors) stays.
"""
import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from weerbaarxblock.store import retention
from weerbaarxblock.store.management.commands.weerbaar_retention import Command
from weerbaarxblock.store.models import (
    NetworkSubmission,
    ReflectionEntry,
    ReflectionVersion,
    ScenarioAnswer,
    ScenarioAttempt,
)

COURSE = "course-v1:Divosa+OND101+2026"
SECRET = "BSN 111222333 van mevrouw Jansen"


def usage(kind, name):
    return f"block-v1:Divosa+OND101+2026+type@weerbaar_{kind}+block@{name}"


def add_rows(name, age_days):
    """An entry with a version, a casus answer and a map, submitted ``age_days`` ago, in blocks named ``name``."""
    moment = timezone.now() - datetime.timedelta(days=age_days)
    common = {"course_key": COURSE, "learner_id": f"anon-{name}", "learner_name": "Lotte"}
    entry = ReflectionEntry.objects.create(usage_key=usage("reflection", name), answers={"p1": SECRET},
                                           status="submitted", word_count=5, updated_at=moment,
                                           submitted_at=moment, version=1, **common)
    ReflectionVersion.objects.create(entry=entry, number=1, answers={"p1": SECRET}, submitted_at=moment)
    attempt = ScenarioAttempt.objects.create(usage_key=usage("scenario", name), number=1, started_at=moment, **common)
    ScenarioAnswer.objects.create(attempt=attempt, usage_key=usage("scenario", name), learner_id=common["learner_id"],
                                  step=1, situation_id="s1", response_format="pick_best", answer={"option": "a"},
                                  justification=SECRET, score=2, created_at=moment)
    NetworkSubmission.objects.create(usage_key=usage("network", name), submitted_at=moment, score=0.5, map={
        "actors": [{"id": "a1", "palette": "p1", "label": "Wijkagent"}, {"id": "a2", "palette": None, "label": SECRET}],
        "relations": [{"source": "a1", "target": "a2", "note": SECRET}],
    }, **common)


def texts_left():
    found = [text for entry in ReflectionEntry.objects.all() for text in entry.answers.values()]
    found += [text for version in ReflectionVersion.objects.all() for text in version.answers.values()]
    found += list(ScenarioAnswer.objects.exclude(justification="").values_list("justification", flat=True))
    for submission in NetworkSubmission.objects.all():
        found += [actor["label"] for actor in submission.map["actors"] if actor["label"] == SECRET]
        found += [relation["note"] for relation in submission.map["relations"] if relation["note"]]
    return found


@pytest.fixture
def rows(db):  # noqa: ARG001
    add_rows("old", age_days=40)  # past a 30-day retention
    add_rows("young", age_days=10)  # within it
    add_rows("kept", age_days=400)  # a block without a retention period
    days = {usage(kind, name): (None if name == "kept" else 30)
            for kind in ("reflection", "scenario", "network") for name in ("old", "young", "kept")}
    return days


def run(monkeypatch, days, *args):
    monkeypatch.setattr(Command, "days_for_blocks", staticmethod(lambda keys: {key: days.get(key) for key in keys}))
    out = io.StringIO()
    call_command("weerbaar_retention", *args, stdout=out)
    return out.getvalue()


def test_expired_texts_are_emptied_and_counted_without_contents(monkeypatch, rows):
    output = run(monkeypatch, rows)
    assert "emptied reflection_entries: 1" in output and "emptied reflection_versions: 1" in output
    assert "emptied scenario_justifications: 1" in output and "emptied network_maps: 1" in output
    assert "111222333" not in output and "Jansen" not in output
    assert len(texts_left()) == 2 * 5  # the young and the kept blocks keep all five texts each
    old = ReflectionEntry.objects.get(usage_key=usage("reflection", "old"))
    assert old.answers == {} and old.status == "submitted" and old.word_count == 5
    answer = ScenarioAnswer.objects.get(usage_key=usage("scenario", "old"))
    assert answer.justification == "" and answer.answer == {"option": "a"} and answer.score == 2
    old_map = NetworkSubmission.objects.get(usage_key=usage("network", "old")).map
    assert [actor["label"] for actor in old_map["actors"]] == ["Wijkagent", ""]
    assert old_map["relations"] == [{"source": "a1", "target": "a2", "note": ""}]
    assert "emptied reflection_entries: 0" in run(monkeypatch, rows)  # a second run finds nothing left


def test_a_dry_run_counts_and_changes_nothing(monkeypatch, rows):
    output = run(monkeypatch, rows, "--dry-run")
    assert "would empty reflection_entries: 1" in output
    assert len(texts_left()) == 3 * 5


def test_the_store_names_every_block_it_holds(rows):
    assert len(retention.usage_keys_in_store()) == 9
