"""Casus scoring: the documented formulas, answer validation, and their properties (hypothesis)."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.scenario.rules.model import normalise_scenario
from weerbaarxblock.scenario.rules.scoring import (
    clean_justification,
    competency_profile,
    footrule,
    footrule_max,
    score_answer,
    score_best_worst,
    score_pick_best,
    score_rank,
    score_rate,
    validate_answer,
    weighted_score,
)

from .data import KEY_ANSWERS, linear


@pytest.fixture(name="situations")
def fixture_situations():
    return {s["id"]: s for s in normalise_scenario(linear())["situations"]}


# ---- formulas -----------------------------------------------------------------------------------------
def test_pick_best_is_points_over_the_maximum():
    points = {"a": 0, "b": 4, "c": 1}
    assert [score_pick_best(points, o) for o in "abc"] == [0, 1, 0.25]


def test_best_worst_gives_half_credit_for_each_match():
    key = {"best": "a", "worst": "c"}
    assert score_best_worst(key, "a", "c") == 1
    assert score_best_worst(key, "a", "b") == 0.5
    assert score_best_worst(key, "b", "c") == 0.5
    assert score_best_worst(key, "c", "a") == 0


def test_rate_is_one_minus_mean_distance_over_four():
    experts = {"a": 4.5, "b": 1.5, "c": 3.0}
    assert score_rate(experts, {"a": 5, "b": 1, "c": 3}) == pytest.approx(1 - (0.5 + 0.5 + 0) / 3 / 4)
    assert score_rate({"a": 1, "b": 5}, {"a": 5, "b": 1}) == 0


def test_rank_is_one_minus_normalised_footrule():
    assert footrule(["b", "a", "c"], ["a", "b", "c"]) == 2
    assert [footrule_max(n) for n in (2, 3, 4, 5)] == [2, 4, 8, 12]  # floor(n^2 / 2)
    assert score_rank(["a", "b", "c"], ["b", "a", "c"]) == pytest.approx(0.5)
    assert score_rank(list("abcd"), list("dcba")) == 0
    assert score_rank(list("abcde"), list("edcba")) == 0


def test_weighted_score_and_profile():
    steps = [
        {"score": 1.0, "weight": 1, "tags": ["signaleren"]},
        {"score": 0.0, "weight": 3, "tags": ["samenwerken in de keten", "signaleren"]},
        {"score": 0.5, "weight": 1, "tags": ["oud label"]},
    ]
    assert weighted_score(steps) == pytest.approx(0.3)  # (1 * 1 + 0 * 3 + 0.5 * 1) / 5
    assert weighted_score([]) == 0
    profile = competency_profile(steps, ["signaleren", "samenwerken in de keten", "escaleren en rugdekking"])
    assert profile == [
        {"competency": "signaleren", "score": 0.25, "situations": 2},
        {"competency": "samenwerken in de keten", "score": 0.0, "situations": 1},
        {"competency": "oud label", "score": 0.5, "situations": 1},
    ]


def test_key_answers_score_one(situations):
    for identifier, situation in situations.items():
        assert score_answer(situation, KEY_ANSWERS[identifier]) == 1


# ---- learner answers -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("identifier", "answer", "code"), [
    ("s1", {"choice": "z"}, "unknown_option"),
    ("s1", {"choice": 1}, "unknown_option"),
    ("s1", {}, "missing_field"),
    ("s1", [], "not_an_object"),
    ("s2", {"best": "a", "worst": "a"}, "best_equals_worst"),
    ("s2", {"best": "a", "worst": "q"}, "unknown_option"),
    ("s2", {"best": "a"}, "missing_field"),
    ("s3", {"ratings": {"a": 5, "b": 1}}, "incomplete_ratings"),
    ("s3", {"ratings": {"a": 5, "b": 1, "c": 6}}, "rating_out_of_range"),
    ("s3", {"ratings": {"a": 0, "b": 1, "c": 3}}, "rating_out_of_range"),
    ("s3", {"ratings": {"a": 2.5, "b": 1, "c": 3}}, "rating_out_of_range"),
    ("s3", {"ratings": {"a": True, "b": 1, "c": 3}}, "rating_out_of_range"),
    ("s3", {"ratings": {"a": 5, "b": 1, "c": 3, "x": 2}}, "unknown_option"),
    ("s3", {"ratings": [5, 1, 3]}, "wrong_type"),
    ("s4", {"order": ["b", "a"]}, "incomplete_ranking"),
    ("s4", {"order": ["b", "a", "a"]}, "incomplete_ranking"),
    ("s4", {"order": ["b", "a", "z"]}, "unknown_option"),
    ("s4", {"order": "bac"}, "wrong_type"),
    ("s4", {"order": ["b", "a", "c", "c", "c"]}, "too_many_items"),
])
def test_bad_answers_are_refused_with_a_code(situations, identifier, answer, code):
    with pytest.raises(Problem) as raised:
        validate_answer(situations[identifier], answer)
    assert raised.value.code == code


def test_justification_is_optional_text_with_a_limit():
    assert clean_justification(None) == ""
    assert clean_justification("  omdat het kan  ") == "omdat het kan"
    for bad, code in ((5, "wrong_type"), ("a\x00", "nul_character"), ("x" * 1001, "too_many_characters")):
        with pytest.raises(Problem) as raised:
            clean_justification(bad)
        assert raised.value.code == code


# ---- properties ---------------------------------------------------------------------------------------------
ids_strategy = st.integers(min_value=2, max_value=8).map(lambda n: [chr(97 + i) for i in range(n)])


@st.composite
def pick_best_case(draw):
    ids = draw(ids_strategy)
    points = {i: draw(st.integers(min_value=0, max_value=100)) for i in ids}
    points[draw(st.sampled_from(ids))] = draw(st.integers(min_value=1, max_value=100))
    return ids, points, draw(st.sampled_from(ids))


@given(pick_best_case())
def test_pick_best_bounds_key_and_monotonicity(case):
    ids, points, choice = case
    score = score_pick_best(points, choice)
    assert 0 <= score <= 1
    top = max(points, key=points.get)
    assert score_pick_best(points, top) == 1
    for other in ids:  # an option the experts value at least as much never scores lower
        if points[other] >= points[choice]:
            assert score_pick_best(points, other) >= score


@st.composite
def best_worst_case(draw):
    ids = draw(ids_strategy.filter(lambda ids: len(ids) >= 3))
    key_best, key_worst = draw(st.permutations(ids))[:2]
    best, worst = draw(st.permutations(ids))[:2]
    return {"best": key_best, "worst": key_worst}, best, worst


@given(best_worst_case())
def test_best_worst_bounds_key_and_monotonicity(case):
    key, best, worst = case
    score = score_best_worst(key, best, worst)
    assert 0 <= score <= 1
    assert score_best_worst(key, key["best"], key["worst"]) == 1
    if key["best"] != worst:
        assert score_best_worst(key, key["best"], worst) >= score
    if key["worst"] != best:
        assert score_best_worst(key, best, key["worst"]) >= score


@st.composite
def rate_case(draw):
    ids = draw(ids_strategy)
    experts = {i: draw(st.floats(min_value=1, max_value=5, allow_nan=False)) for i in ids}
    ratings = {i: draw(st.integers(min_value=1, max_value=5)) for i in ids}
    return experts, ratings, draw(st.sampled_from(ids)), draw(st.floats(min_value=0, max_value=1))


@given(rate_case())
def test_rate_bounds_key_and_monotonicity(case):
    experts, ratings, moved, fraction = case
    score = score_rate(experts, ratings)
    assert 0 <= score <= 1
    assert score_rate(experts, dict(experts)) == pytest.approx(1)
    closer = dict(ratings)
    closer[moved] = ratings[moved] + (experts[moved] - ratings[moved]) * fraction  # part of the way to the key
    assert score_rate(experts, closer) >= score - 1e-12
    if abs(experts[moved] - ratings[moved]) >= 1:  # one whole step on the scale, toward the key
        step = dict(ratings)
        step[moved] = ratings[moved] + (1 if experts[moved] > ratings[moved] else -1)
        assert score_rate(experts, step) >= score - 1e-12


@st.composite
def rank_case(draw):
    ids = draw(ids_strategy)
    first, second = draw(st.permutations(ids)), draw(st.permutations(ids))
    return first, second, draw(st.integers(min_value=0, max_value=len(ids) - 2))


@given(rank_case())
def test_rank_bounds_key_and_monotonicity(case):
    key, order, index = case
    score = score_rank(list(key), list(order))
    assert 0 <= score <= 1
    assert score_rank(list(key), list(key)) == 1
    assert score_rank(list(key), list(reversed(key))) == 0  # the footrule's maximum is reached
    position = {item: i for i, item in enumerate(key)}
    first, second = order[index], order[index + 1]
    if position[first] > position[second]:  # swapping this neighbouring pair moves the order toward the key
        better = list(order)
        better[index], better[index + 1] = second, first
        assert score_rank(list(key), better) >= score
