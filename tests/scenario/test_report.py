"""Casus aggregates: peers' anonymous percentages with a minimum, the instructor's divergence, CSV safety."""
import csv
import io

import pytest

from weerbaarxblock.core.rules.problems import Problems
from weerbaarxblock.core.rules.spreadsheet import csv_chunks
from weerbaarxblock.core.rules.spreadsheet import safe_cell as cell
from weerbaarxblock.scenario.rules import report as rules
from weerbaarxblock.scenario.rules.export import answer_text, ending_title
from weerbaarxblock.scenario.rules.model import normalise_scenario
from weerbaarxblock.scenario.rules.report import whole_percentages
from weerbaarxblock.scenario.rules.settings import normalise_settings
from weerbaarxblock.scenario.rules.tallies import count_answers

from .data import linear


# The rules read tallies (counters); these helpers make them from lists of answers, as the store keeps them.
def distribution(situation, answers):
    return rules.distribution(situation, count_answers(situation, answers))


def peer_distribution(situation, answers, minimum):
    return rules.peer_distribution(situation, count_answers(situation, answers), minimum)


def situation_report(situation, answers):
    return rules.situation_report(situation, count_answers(situation, answers))


@pytest.fixture(name="situations")
def fixture_situations():
    return {s["id"]: s for s in normalise_scenario(linear())["situations"]}


def test_pick_best_percentages_and_peer_minimum(situations):
    answers = [{"choice": "a"}, {"choice": "b"}, {"choice": "b"}, {"choice": "zzz"}]
    result = distribution(situations["s1"], answers)
    assert (result["count"], result["outdated"]) == (3, 1)
    assert [row["chosen"] for row in result["options"]] == [33, 67, 0]
    assert peer_distribution(situations["s1"], answers, 4) is None
    assert peer_distribution(situations["s1"], answers, 3)["count"] == 3
    assert peer_distribution(situations["s1"], [], 0) is None  # never an empty table


def test_best_worst_rate_and_rank_distributions(situations):
    bw = distribution(situations["s2"], [{"best": "a", "worst": "c"}, {"best": "b", "worst": "a"}])
    assert [(r["best"], r["worst"]) for r in bw["options"]] == [(50, 50), (50, 0), (0, 50)]
    rate = distribution(situations["s3"],
                        [{"ratings": {"a": 5, "b": 2, "c": 3}}, {"ratings": {"a": 4, "b": 1, "c": 3}}])
    assert [r["mean"] for r in rate["options"]] == [4.5, 1.5, 3]
    rank = distribution(situations["s4"], [{"order": ["a", "b", "c"]}, {"order": ["b", "a", "c"]}])
    assert [(r["mean_position"], r["first"]) for r in rank["options"]] == [(1.5, 50), (1.5, 50), (3, 0)]


def test_instructor_report_shows_mean_score_and_where_learners_diverge(situations):
    pick = situation_report(situations["s1"], [{"choice": "a"}, {"choice": "a"}, {"choice": "b"}, {"choice": "c"}])
    assert pick["mean_score"] == pytest.approx((0 + 0 + 1 + 0.5) / 4)
    assert pick["most_divergent"] == "a"  # half the learners chose an option worth nothing
    rate = situation_report(situations["s3"], [{"ratings": {"a": 5, "b": 4, "c": 3}}])
    assert [r["gap"] for r in rate["options"]] == [0, 3, 0]
    assert rate["most_divergent"] == "b"
    empty = situation_report(situations["s4"], [])
    assert (empty["mean_score"], empty["divergence"], empty["most_divergent"]) == (None, None, None)


def test_whole_percentages_add_up_to_100():
    assert [round(100 * n / 8) for n in (3, 3, 2)] == [38, 38, 25]  # plain rounding: 101
    assert whole_percentages([3, 3, 2]) == [38, 37, 25]
    assert whole_percentages([1, 1, 1]) == [34, 33, 33]
    assert whole_percentages([0, 0]) == [0, 0]
    for counts in ([1, 2, 4], [7, 7, 7, 1], [1] * 7, [5, 0, 0]):
        assert sum(whole_percentages(counts)) == 100


def test_shares_per_format_add_up_to_100(situations):
    answers = [{"choice": "a"}] * 3 + [{"choice": "b"}] * 3 + [{"choice": "c"}] * 2
    assert sum(row["chosen"] for row in distribution(situations["s1"], answers)["options"]) == 100
    pairs = [{"best": "a", "worst": "c"}] * 3 + [{"best": "b", "worst": "a"}] * 3 + [{"best": "c", "worst": "b"}] * 2
    rows = distribution(situations["s2"], pairs)["options"]
    assert sum(r["best"] for r in rows) == 100 and sum(r["worst"] for r in rows) == 100


def test_score_lost_per_option_is_a_percentage_that_adds_up_to_the_divergence(situations):
    answers = [{"choice": "a"}] * 3 + [{"choice": "b"}] * 3 + [{"choice": "c"}] * 2  # a 0, b 2, c 1 point
    result = situation_report(situations["s1"], answers)
    gaps = [row["gap"] for row in result["options"]]
    assert gaps == [37.5, 0, 12.5]  # 3 of 8 lose everything; 2 of 8 lose half: from the counts, not rounded shares
    assert sum(gaps) == pytest.approx(100 * result["divergence"])


def test_the_ending_is_named_by_its_title_or_id_and_empty_without_one():
    titles = {"samen": "Samen sterker"}
    assert ending_title(titles, "samen") == "Samen sterker"
    assert ending_title(titles, "weg") == "weg"  # removed by the author since: still said, never hidden
    assert ending_title(titles, "") == "" and ending_title(titles, None) == ""


def test_report_orders_situations_by_divergence():
    scenario = normalise_scenario(linear())
    by_id = {s["id"]: s for s in scenario["situations"]}
    answers = {"s1": [{"choice": "a"}], "s2": [{"best": "a", "worst": "c"}]}
    ordered = rules.report(scenario, {key: count_answers(by_id[key], value) for key, value in answers.items()})
    assert [r["situation"] for r in ordered][:2] == ["s1", "s2"]
    assert ordered[-1]["divergence"] is None


def test_csv_cells_cannot_run_formulas():
    assert cell("=HYPERLINK(\"http://x\")").startswith("'=")
    for start in "+-@\t\r":
        assert cell(start + "1").startswith("'")
    assert cell("gewoon") == "gewoon" and cell(0.5) == "0,5" and cell(None) == ""
    text = "".join(csv_chunks(["Naam", "Antwoord"], [["=1+1", "@SUM(A1)"], ["Samira", "a"]]))
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows == [["Naam", "Antwoord"], ["'=1+1", "'@SUM(A1)"], ["Samira", "a"]]


def test_answer_text_names_options_by_their_text():
    words = {"best_and_worst": "beste: {best} / slechtste: {worst}"}
    options = {"a": "Bel de wijkagent", "b": "Wacht af", "c": "Spreek de buurman aan"}
    assert answer_text("pick_best", {"choice": "b"}, words, options) == "Wacht af"
    assert answer_text("best_worst", {"best": "a", "worst": "c"}, words, options) == (
        "beste: Bel de wijkagent / slechtste: Spreek de buurman aan")
    assert answer_text("rate", {"ratings": {"a": 4, "b": 1}}, words, options) == "Bel de wijkagent: 4; Wacht af: 1"
    assert answer_text("rank", {"order": ["b", "a"]}, words, options) == "1. Wacht af; 2. Bel de wijkagent"
    assert answer_text("pick_best", {"choice": "z"}, words, options) == "z"  # an option removed since
    assert answer_text("rank", None, words) == ""


def test_settings_validation():
    assert normalise_settings({})["instruction"] == "should"
    clean = normalise_settings({"instruction": "would", "attempts_allowed": 2, "weight": 2})
    assert (clean["instruction"], clean["attempts_allowed"], clean["weight"]) == ("would", 2, 2.0)
    with pytest.raises(Problems) as raised:
        normalise_settings({"instruction": "moet", "attempts_allowed": -1, "allow_back": "ja", "peer_minimum": 0,
                            "grading_policy": "gemiddeld", "weight": "zwaar"})
    assert {p.field for p in raised.value.problems} == {
        "settings.instruction", "settings.attempts_allowed", "settings.allow_back", "settings.peer_minimum",
        "settings.grading_policy", "settings.weight"}
