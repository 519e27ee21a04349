"""The shared problem types: one collector for forms, one stale-version rule for every activity."""
import pytest

from weerbaarxblock.core.rules.problems import Problem, ProblemCollector, Problems, StaleVersion, check_version
from weerbaarxblock.core.rules.shapes import get_int


def test_a_stale_version_is_a_conflict_that_names_the_stored_version():
    check_version(4, 4, "refl_stale_draft")
    with pytest.raises(StaleVersion) as caught:
        check_version(3, 4, "refl_stale_draft", saved_at="2026-11-30T10:00:00")
    stale = caught.value
    assert (stale.code, stale.field, stale.current, stale.saved_at) == ("refl_stale_draft", "version", 4,
                                                                        "2026-11-30T10:00:00")
    assert isinstance(stale, Problem)


def test_the_collector_gathers_every_problem_with_its_field_path():
    found = ProblemCollector()
    assert found.check(get_int, {"n": 3}, "n") == 3
    assert found.check(get_int, {"n": "x"}, "n", prefix="situations.2") is None
    found.check(lambda: (_ for _ in ()).throw(Problems([Problem("a", "x"), Problem("b")])), prefix="endings.0")
    found.add("no_situations", "situations")
    with pytest.raises(Problems) as caught:
        found.raise_any()
    assert [(p.code, p.field) for p in caught.value.problems] == [
        ("wrong_type", "situations.2.n"), ("a", "endings.0.x"), ("b", "endings.0"), ("no_situations", "situations"),
    ]


def test_an_empty_collector_raises_nothing():
    found = ProblemCollector()
    assert not found
    found.raise_any()


def test_a_first_only_collector_raises_the_first_problem_at_once_with_its_prefix():
    found = ProblemCollector(first_only=True)
    assert found.check(get_int, {"n": 3}, "n") == 3
    with pytest.raises(Problem) as caught:
        found.check(get_int, {"n": "x"}, "n", prefix="actors.0")
    assert (caught.value.code, caught.value.field) == ("wrong_type", "actors.0.n")
    assert len(found) == 0


def test_problems_found_elsewhere_join_under_a_prefix():
    found = ProblemCollector()
    found.extend([Problem("not_an_object"), Problem("wrong_type", "actors.1.x")], prefix="reference")
    assert len(found) == 2
    assert [p.field for p in found.problems] == ["reference", "reference.actors.1.x"]
