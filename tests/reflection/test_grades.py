"""Grading a learner from the instructor's request: the LMS path (SCORE_PUBLISHED) and the fallback."""
import sys
import types

from django.dispatch import Signal

from weerbaarxblock.reflection.grades import publish_learner_grade


class FakeUser:
    def __init__(self, user_id):
        self.id = user_id


class FakeUserService:
    def get_user_by_anonymous_id(self, uid):
        return {"anon-samira": FakeUser(7)}.get(uid)


class FakeRuntime:
    def __init__(self):
        self.published = []

    def service(self, block, name):
        return FakeUserService() if name == "user" else None

    def publish(self, block, event_type, data):
        self.published.append((event_type, data))


class FakeBlock:
    def __init__(self):
        self.runtime = FakeRuntime()


def install_lms_grades(monkeypatch):
    """A stand-in for edx-platform's ``lms.djangoapps.grades.api.signals``."""
    signal = Signal()
    modules = {}
    for name in ("lms", "lms.djangoapps", "lms.djangoapps.grades", "lms.djangoapps.grades.api"):
        modules[name] = types.ModuleType(name)
        monkeypatch.setitem(sys.modules, name, modules[name])
    signals = types.ModuleType("lms.djangoapps.grades.api.signals")
    signals.SCORE_PUBLISHED = signal
    modules["lms.djangoapps.grades.api"].signals = signals
    monkeypatch.setitem(sys.modules, "lms.djangoapps.grades.api.signals", signals)
    return signal


def test_in_the_lms_the_learners_user_is_graded_through_score_published(monkeypatch):
    signal = install_lms_grades(monkeypatch)
    received = []
    signal.connect(lambda sender, **kwargs: received.append(kwargs), weak=False)
    block = FakeBlock()
    publish_learner_grade(block, "anon-samira", 5, 6)
    (sent,) = received
    assert sent["user"].id == 7 and sent["block"] is block
    assert (sent["raw_earned"], sent["raw_possible"], sent["only_if_higher"]) == (5, 6, False)
    assert block.runtime.published == []  # never through publish(), which would grade the instructor


def test_without_the_lms_the_grade_event_names_the_learner(monkeypatch):
    monkeypatch.setitem(sys.modules, "lms", None)
    block = FakeBlock()
    publish_learner_grade(block, "anon-samira", 2, 4)
    publish_learner_grade(block, "unknown", 1, 4)
    assert block.runtime.published == [
        ("grade", {"value": 2, "max_value": 4, "user_id": 7}),
        ("grade", {"value": 1, "max_value": 4, "user_id": "unknown"}),
    ]
