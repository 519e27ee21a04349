"""Learners' entries: answer shapes and limits, status transitions, draft versions, reviews, the list query."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from weerbaarxblock.core.rules.problems import Problem, Problems
from weerbaarxblock.reflection.rules import config as rules
from weerbaarxblock.reflection.rules import entries
from weerbaarxblock.reflection.rules.entries import CHANGED, DRAFT, REVIEWED, SUBMITTED


def make_config(**changes):
    data = {
        "display_name": "Reflectie",
        "prompts": [
            {"id": "a", "question": "Kwaliteiten?", "required": True, "min_words": 3, "max_words": 6},
            {"id": "b", "question": "Meenemen?", "required": False},
        ],
        "review": "instructor",
    }
    data.update(changes)
    return rules.parse_config(data)


CONFIG = make_config()


def codes(error):
    return {(problem.field, problem.code) for problem in error.value.problems}


# ---- answers --------------------------------------------------------------------------------------------


def test_answers_keep_text_exactly_and_fill_missing_prompts():
    text = '<script>alert(1)</script>\n\n"><img src=x onerror=alert(1)> 🙂 \u200fשלום\u200f\r\n'
    assert entries.read_answers(CONFIG.prompts, {"answers": {"a": text}}) == {"a": text, "b": ""}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({}, {("answers", "missing_field")}),
        ({"answers": ["a"]}, {("answers", "wrong_type")}),
        ({"answers": {"zz": "x"}}, {("answers", "refl_unknown_prompt")}),
        ({"answers": {"a": 5}}, {("answers.a", "wrong_type")}),
        ({"answers": {"a": None}}, {("answers.a", "wrong_type")}),
        ({"answers": {"a": "nul\x00"}}, {("answers.a", "nul_character")}),
        ({"answers": {"a": "🙂" * 20_001}}, {("answers.a", "refl_answer_too_long")}),
    ],
)
def test_bad_answers_are_refused(data, expected):
    with pytest.raises(Problems) as caught:
        entries.read_answers(CONFIG.prompts, data)
    assert codes(caught) == expected


def test_the_character_cap_counts_characters_not_bytes():
    emoji = "🙂" * entries.ANSWER_MAX_CHARS  # 80,000 bytes in UTF-8, but exactly at the limit
    assert entries.read_answers(CONFIG.prompts, {"answers": {"a": emoji}})["a"] == emoji
    rtl = "\u200fש" * (entries.ANSWER_MAX_CHARS // 2) + "x"
    with pytest.raises(Problems):
        entries.read_answers(CONFIG.prompts, {"answers": {"a": rtl}})


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"a": "", "b": ""}, {("answers.a", "refl_answer_required")}),
        ({"a": "  \n\t \u200f ", "b": ""}, {("answers.a", "refl_answer_required")}),
        ({"a": "twee woorden", "b": ""}, {("answers.a", "refl_too_few_words")}),
        ({"a": "een twee drie vier vijf zes zeven", "b": ""}, {("answers.a", "refl_too_many_words")}),
        ({"a": "🙂 een 🙂 twee 🙂 🙂 🙂 🙂 🙂", "b": ""}, {("answers.a", "refl_too_few_words")}),
        ({"a": "אחת שתיים שלוש ארבע חמש שש שבע", "b": ""}, {("answers.a", "refl_too_many_words")}),
    ],
)
def test_limits_are_checked_on_submission(answers, expected):
    with pytest.raises(Problems) as caught:
        entries.check_limits(CONFIG.prompts, answers)
    assert codes(caught) == expected


def test_answers_within_limits_pass_and_optional_prompts_may_stay_empty():
    entries.check_limits(CONFIG.prompts, {"a": "één twee drie 🙂🙂🙂🙂", "b": ""})
    entries.check_limits(CONFIG.prompts, {"a": "שלום עולם יפה", "b": "   "})


def test_parse_write_reports_every_problem():
    with pytest.raises(Problems) as caught:
        entries.parse_write(CONFIG.prompts, {"entry": "1", "version": -1, "answers": {"a": 1}})
    assert codes(caught) == {("entry", "wrong_type"), ("version", "out_of_range"), ("answers.a", "wrong_type")}
    write = entries.parse_write(CONFIG.prompts, {"entry": 2, "version": 0, "answers": {}})
    assert (write.entry, write.version, write.answers) == (2, 0, {"a": "", "b": ""})


# ---- statuses -------------------------------------------------------------------------------------------


def test_transitions_with_the_default_rules():
    config = make_config(may_edit_after_submit=False, may_revise_after_feedback=False)
    assert entries.status_after_submit(None, config) == SUBMITTED
    assert entries.status_after_submit(DRAFT, config) == SUBMITTED
    for locked, code in ((SUBMITTED, "refl_locked_after_submit"), (REVIEWED, "refl_locked_after_feedback"),
                         (CHANGED, "refl_locked_after_feedback")):
        with pytest.raises(Problem) as caught:
            entries.status_after_submit(locked, config)
        assert caught.value.code == code
    assert entries.status_after_review(SUBMITTED, config) == REVIEWED


def test_editing_after_submission_keeps_submitted_and_revising_after_feedback_flags_changed():
    config = make_config(may_edit_after_submit=True, may_revise_after_feedback=True)
    assert entries.status_after_submit(SUBMITTED, config) == SUBMITTED
    assert entries.status_after_submit(REVIEWED, config) == CHANGED
    assert entries.status_after_submit(CHANGED, config) == CHANGED
    assert entries.status_after_review(CHANGED, config) == REVIEWED
    assert entries.status_after_review(REVIEWED, config) == REVIEWED  # correcting a review


def test_revising_after_feedback_does_not_open_editing_before_it():
    config = make_config(may_edit_after_submit=False, may_revise_after_feedback=True)
    assert not entries.may_edit(SUBMITTED, config)
    assert entries.may_edit(REVIEWED, config)


def test_reviews_need_review_switched_on_and_a_submission():
    with pytest.raises(Problem) as caught:
        entries.status_after_review(SUBMITTED, make_config(review="off"))
    assert caught.value.code == "refl_review_off"
    for status in (None, DRAFT):
        with pytest.raises(Problem) as caught:
            entries.status_after_review(status, CONFIG)
        assert caught.value.code == "refl_not_submitted"


@given(st.lists(st.sampled_from(["submit", "review"]), max_size=12), st.booleans(), st.booleans())
def test_any_sequence_of_actions_only_reaches_known_statuses(actions, may_edit, may_revise):
    config = make_config(may_edit_after_submit=may_edit, may_revise_after_feedback=may_revise)
    status = None
    for action in actions:
        try:
            step = entries.status_after_submit if action == "submit" else entries.status_after_review
            status = step(status, config)
        except Problem:
            continue
        assert status in entries.STATUSES
        if action == "submit" and status == CHANGED:
            assert may_revise


def test_targets_single_mode():
    entries.check_target(CONFIG, 1, 0, None)
    entries.check_target(CONFIG, 1, 1, DRAFT)
    for requested, latest, status in ((2, 0, None), (2, 1, SUBMITTED), (0, 1, DRAFT)):
        with pytest.raises(Problem) as caught:
            entries.check_target(CONFIG, requested, latest, status)
        assert caught.value.code == "refl_entry_not_current"
    with pytest.raises(Problem) as caught:
        entries.check_target(CONFIG, 1, 1, SUBMITTED)
    assert caught.value.code == "refl_locked_after_submit"


def test_targets_journal_mode():
    journal = make_config(mode="journal")
    entries.check_target(journal, 2, 1, SUBMITTED)
    entries.check_target(journal, 3, 2, REVIEWED)
    with pytest.raises(Problem):
        entries.check_target(journal, 3, 2, DRAFT)  # finish (submit) the current entry first
    with pytest.raises(Problem):
        entries.check_target(journal, 4, 2, SUBMITTED)
    with pytest.raises(Problem) as caught:
        entries.check_target(journal, entries.MAX_ENTRIES + 1, entries.MAX_ENTRIES, SUBMITTED)
    assert caught.value.code == "refl_too_many_entries"


# ---- reviews ---------------------------------------------------------------------------------------------

RUBRIC = [
    {"id": "z", "label": "Zelfinzicht", "levels": [{"id": "z0", "label": "Nee", "points": 0},
                                                   {"id": "z2", "label": "Ja", "points": 2}]},
    {"id": "p", "label": "Praktijk", "levels": [{"id": "p0", "label": "Vaag", "points": 0},
                                                {"id": "p3", "label": "Concreet", "points": 3}]},
]


def test_a_rubric_review_sums_the_levels_and_keeps_their_labels():
    config = make_config(grading="scored", rubric=RUBRIC)
    review = entries.parse_review(config, {"entry_id": 3, "version": 1, "feedback": "Mooi!",
                                           "levels": {"z": "z2", "p": "p0"}})
    assert (review.points, review.max_points) == (2, 5)
    assert review.scores[0] == {"criterion": "z", "criterion_label": "Zelfinzicht", "level": "z2",
                                "level_label": "Ja", "points": 2}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"entry_id": 1, "version": 1, "feedback": " ", "levels": {"z": "z2", "p": "p3"}},
         {("feedback", "refl_feedback_required")}),
        ({"entry_id": 1, "version": 1, "feedback": "x", "levels": {"z": "z2"}}, {("levels.p", "refl_level_required")}),
        ({"entry_id": 1, "version": 1, "feedback": "x", "levels": {"z": "z9", "p": "p3"}},
         {("levels.z", "refl_unknown_level")}),
        ({"entry_id": 1, "version": 1, "feedback": "x", "levels": {"q": "z2"}}, {("levels", "refl_unknown_criterion")}),
        ({"entry_id": 1, "version": 1, "feedback": "x", "levels": "z2"}, {("levels", "wrong_type")}),
        ({"entry_id": "1", "version": 1, "feedback": "x\x00", "levels": {"z": "z2", "p": "p3"}},
         {("entry_id", "wrong_type"), ("feedback", "nul_character")}),
    ],
)
def test_bad_rubric_reviews_are_refused(data, expected):
    with pytest.raises(Problems) as caught:
        entries.parse_review(make_config(grading="scored", rubric=RUBRIC), data)
    assert codes(caught) == expected


@pytest.mark.parametrize("points", [-1, 10.5, "7", None, True])
def test_points_must_be_within_the_maximum(points):
    config = make_config(grading="scored", max_points=10)
    with pytest.raises(Problems) as caught:
        entries.parse_review(config, {"entry_id": 1, "version": 1, "feedback": "x", "points": points})
    assert codes(caught) == {("points", "refl_score_between")}
    assert entries.parse_review(config, {"entry_id": 1, "version": 1, "feedback": "x", "points": 7.5}).points == 7.5


def test_unscored_reviews_carry_no_points():
    review = entries.parse_review(CONFIG, {"entry_id": 1, "version": 2, "feedback": "Goed", "points": 99})
    assert review.points is None and review.max_points is None and review.scores == ()


# ---- the list query ----------------------------------------------------------------------------------------


def test_list_query_defaults_and_checks():
    query = entries.parse_list_query({})
    assert (query.status, query.search, query.sort, query.page, query.hide_names) == (None, "", "date_desc", 1, False)
    with pytest.raises(Problems) as caught:
        entries.parse_list_query({"status": "gek", "sort": 1, "page": 0, "hide_names": "ja", "search": "x" * 101})
    assert {field for field, _code in codes(caught)} == {"status", "sort", "page", "hide_names", "search"}


def test_page_count():
    assert [entries.page_count(n) for n in (0, 1, 50, 51, 5000)] == [1, 1, 1, 2, 100]
