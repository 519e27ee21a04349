"""Grading a learner from the instructor's request: the LMS's grades app, a runtime's grades service, or refusal."""
import sys
import types

import pytest
from django.dispatch import Signal

from weerbaarxblock.core.grades import GradeUnavailable, grades_for
from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.reflection.grades import learner_grader


class FakeUser:
    def __init__(self, user_id):
        self.id = user_id


class FakeUserService:
    def get_user_by_anonymous_id(self, uid):
        return {"anon-samira": FakeUser(7)}.get(uid)


class RecordingGrades:
    def __init__(self):
        self.published = []

    def publish(self, block, user, earned, possible):
        self.published.append((block, user.id, earned, possible))


class FakeRuntime:
    def __init__(self, grades=None):
        self.published = []
        self.services = {"user": FakeUserService(), "weerbaar_grades": grades}

    def service(self, block, name):
        return self.services.get(name)

    def publish(self, block, event_type, data):
        self.published.append((event_type, data))


class FakeBlock:
    def __init__(self, grades=None):
        self.runtime = FakeRuntime(grades)
        self.scope_ids = types.SimpleNamespace(usage_id="block-v1:x+y+z+type@weerbaar_reflection+block@r")


def install_lms_grades(monkeypatch):
    """A stand-in for edx-platform's ``lms.djangoapps.grades.api`` (its ``signals`` module)."""
    signal = Signal()
    names = ("lms", "lms.djangoapps", "lms.djangoapps.grades", "lms.djangoapps.grades.api")
    modules = {name: types.ModuleType(name) for name in names}
    for name, module in modules.items():
        monkeypatch.setitem(sys.modules, name, module)
    modules["lms.djangoapps.grades"].api = modules["lms.djangoapps.grades.api"]
    modules["lms.djangoapps.grades.api"].signals = types.SimpleNamespace(SCORE_PUBLISHED=signal)
    return signal


def test_in_the_lms_the_learners_user_is_graded_through_score_published(monkeypatch):
    signal = install_lms_grades(monkeypatch)
    received = []
    signal.connect(lambda sender, **kwargs: received.append(kwargs), weak=False)
    block = FakeBlock()
    learner_grader(block, "anon-samira")(5, 6)
    (sent,) = received
    assert sent["user"].id == 7 and sent["block"] is block
    assert (sent["raw_earned"], sent["raw_possible"], sent["only_if_higher"]) == (5, 6, False)
    assert block.runtime.published == []  # never through publish(), which would grade the instructor


def test_outside_the_lms_a_runtimes_grades_service_records_the_learners_score(monkeypatch):
    monkeypatch.setitem(sys.modules, "lms", None)
    grades = RecordingGrades()
    block = FakeBlock(grades)
    learner_grader(block, "anon-samira")(2, 4)
    assert grades.published == [(block, 7, 2, 4)]
    assert block.runtime.published == []


@pytest.mark.parametrize(("grades", "learner"), [(None, "anon-samira"), (RecordingGrades(), "unknown")])
def test_without_a_grades_app_or_a_known_learner_the_score_is_refused_and_logged(monkeypatch, caplog, grades,
                                                                                  learner):
    monkeypatch.setitem(sys.modules, "lms", None)
    block = FakeBlock(grades)
    with pytest.raises(Problem) as refused:
        learner_grader(block, learner)
    assert refused.value.code == "refl_grade_unavailable"
    with pytest.raises(GradeUnavailable):
        grades_for(block, learner)
    assert block.runtime.published == []  # no grade event in anyone's name
    assert "cannot be recorded" in caplog.text
