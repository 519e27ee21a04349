"""The author's settings: a valid configuration passes, every mistake is named beside its field."""
import pytest

from weerbaarxblock.core.rules.problems import Problem, Problems
from weerbaarxblock.reflection.rules import config as rules


def payload(**changes):
    data = {
        "display_name": "Kwaliteiten en valkuilen",
        "introduction": "Denk aan je eigen praktijk.",
        "privacy_note": "Alleen jij en je docenten lezen dit.",
        "mode": "single",
        "may_edit_after_submit": False,
        "may_revise_after_feedback": True,
        "review": "instructor",
        "grading": "none",
        "max_points": None,
        "prompts": [
            {"id": "p1", "question": "Welke kwaliteiten zie je?", "guidance": "", "required": True,
             "min_words": 10, "max_words": 100},
            {"question": "Wat neem je mee?", "required": False, "min_words": None, "max_words": None},
        ],
        "rubric": [],
    }
    data.update(changes)
    return data


RUBRIC = [
    {"id": "c1", "label": "Zelfinzicht",
     "levels": [{"label": "Nog niet", "points": 0}, {"label": "Goed", "points": 2}]},
    {"label": "Praktijk", "levels": [{"label": "Vaag", "points": 0}, {"label": "Concreet", "points": 3}]},
]


def problems_of(data):
    with pytest.raises(Problems) as caught:
        rules.parse_config(data)
    return {(problem.field, problem.code) for problem in caught.value.problems}


def test_a_valid_configuration_round_trips_through_its_dict():
    config = rules.parse_config(payload())
    assert [prompt.id for prompt in config.prompts] == ["p1", "p2"]  # the new prompt gets the next free id
    assert config.possible_points is None and not config.has_score
    again = rules.parse_config(config.to_dict())
    assert again == config
    assert rules.Config.from_stored(config.to_dict()) == config


def test_min_words_zero_means_no_minimum():
    prompts = [{"question": "Vraag", "min_words": 0}]
    assert rules.parse_config(payload(prompts=prompts)).prompts[0].min_words is None


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"prompts": []}, {("prompts", "refl_no_prompts")}),
        ({"display_name": "   "}, {("display_name", "refl_title_required")}),
        (
            {"prompts": [{"question": "Vraag", "min_words": 200, "max_words": 100}]},
            {("prompts.0.max_words", "refl_max_below_min")},
        ),
        ({"prompts": [{"question": ""}]}, {("prompts.0.question", "refl_question_required")}),
        ({"prompts": [{"question": "V", "max_words": 0}]}, {("prompts.0.max_words", "refl_number_between")}),
        ({"prompts": [{"question": "V", "max_words": "veel"}]}, {("prompts.0.max_words", "refl_number_between")}),
        ({"prompts": [{"question": "V", "min_words": 2.5}]}, {("prompts.0.min_words", "refl_number_between")}),
        ({"prompts": [{"question": "V", "min_words": True}]}, {("prompts.0.min_words", "refl_number_between")}),
        ({"prompts": [{"question": "V", "required": "ja"}]}, {("prompts.0.required", "wrong_type")}),
        ({"prompts": ["vraag"]}, {("prompts.0", "wrong_type")}),
        ({"prompts": "vraag"}, {("prompts", "wrong_type")}),
        ({"prompts": [{"question": "V\x00"}]}, {("prompts.0.question", "nul_character")}),
        ({"prompts": [{"question": "V\x07"}]}, {("prompts.0.question", "refl_control_character")}),
        (
            {"prompts": [{"id": "a", "question": "V"}, {"id": "a", "question": "W"}]},
            {("prompts.1", "refl_duplicate_id")},
        ),
        ({"prompts": [{"id": "Niet Goed!", "question": "V"}]}, {("prompts.0", "refl_invalid_id")}),
        ({"prompts": [{"question": "V"}] * 11}, {("prompts", "too_many_items")}),
        ({"mode": "dagboek"}, {("mode", "unknown_choice")}),
        ({"review": True}, {("review", "unknown_choice")}),
        ({"may_edit_after_submit": "ja"}, {("may_edit_after_submit", "wrong_type")}),
        ({"introduction": "x" * 5001}, {("introduction", "too_many_characters")}),
        ({"grading": "scored", "review": "off", "max_points": 5}, {("grading", "refl_scored_needs_review")}),
        ({"grading": "scored"}, {("max_points", "refl_points_required")}),
        ({"grading": "scored", "max_points": 0}, {("max_points", "refl_number_between")}),
        (
            {"grading": "scored", "rubric": [{"label": "Zelfinzicht", "levels": []}]},
            {("rubric.0.levels", "refl_rubric_without_levels")},
        ),
        (
            {"grading": "scored", "rubric": [{"label": "Z", "levels": [{"label": "a", "points": 1}]}]},
            {("rubric.0.levels", "refl_rubric_without_levels")},
        ),
        (
            {"grading": "scored", "rubric": [{"label": "", "levels": [{"label": "", "points": 0},
                                                                      {"label": "b", "points": 101}]}]},
            {("rubric.0.label", "refl_label_required"), ("rubric.0.levels.0.label", "refl_label_required"),
             ("rubric.0.levels.1.points", "refl_number_between")},
        ),
        (
            {"grading": "scored", "rubric": [{"label": "Z", "levels": [{"label": "a", "points": 0},
                                                                       {"label": "b", "points": 0}]}]},
            {("rubric.0.levels", "refl_level_points_all_zero")},
        ),
        ({"grading": "scored", "rubric": RUBRIC, "max_points": 4}, {("max_points", "refl_rubric_total_mismatch")}),
    ],
)
def test_each_mistake_is_reported_beside_its_field(changes, expected):
    assert problems_of(payload(**changes)) == expected


def test_all_mistakes_are_reported_at_once():
    found = problems_of(payload(display_name="", mode="x", prompts=[{"question": "", "min_words": 5, "max_words": 1}]))
    assert found == {
        ("display_name", "refl_title_required"),
        ("mode", "unknown_choice"),
        ("prompts.0.question", "refl_question_required"),
    }


def test_the_body_must_be_an_object():
    with pytest.raises(Problem) as caught:
        rules.parse_config(["x"])
    assert caught.value.code == "not_an_object"


def test_a_rubric_fills_in_the_maximum_and_keeps_its_ids():
    config = rules.parse_config(payload(grading="scored", rubric=RUBRIC))
    assert config.max_points == 5 == config.possible_points
    assert [c.id for c in config.rubric] == ["c1", "c2"]
    assert [level.id for level in config.rubric[0].levels] == ["l1", "l2"]
    assert rules.parse_config(payload(grading="scored", rubric=RUBRIC, max_points=5)).max_points == 5


def test_scoring_without_a_rubric_uses_the_given_maximum():
    config = rules.parse_config(payload(grading="scored", max_points=10))
    assert config.scored and config.max_points == 10 and config.rubric == ()


def test_other_grading_modes_store_neither_rubric_nor_points():
    config = rules.parse_config(payload(grading="complete", rubric=[{"bad": True}], max_points="x"))
    assert config.rubric == () and config.max_points is None
    assert config.possible_points == 1 and config.has_score
