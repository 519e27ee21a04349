"""Casus author validation: every problem names the field it belongs beside; nothing half-valid passes."""
import pytest

from weerbaarxblock.core.rules.problems import Problem, Problems
from weerbaarxblock.scenario.rules.model import DEFAULT_COMPETENCIES, normalise_scenario
from weerbaarxblock.scenario.rules.view import public_situation, revealed_situation

from .data import branching, linear, option


def problems_of(data, **kwargs):
    with pytest.raises(Problems) as raised:
        normalise_scenario(data, **kwargs)
    return {(p.code, p.field) for p in raised.value.problems}


def test_a_valid_scenario_comes_back_clean_and_typed():
    clean = normalise_scenario(linear())
    assert [s["id"] for s in clean["situations"]] == ["s1", "s2", "s3", "s4"]
    assert clean["situations"][3]["weight"] == 2.0
    assert clean["situations"][0]["key"] == {"points": {"a": 0.0, "b": 2.0, "c": 1.0}}
    assert normalise_scenario(clean) == clean  # idempotent: stored data passes again unchanged


def test_branching_scenario_is_valid():
    clean = normalise_scenario(branching())
    assert [e["id"] for e in clean["endings"]] == ["goed", "slecht"]


def test_competencies_default_to_the_trainings_list():
    data = linear()
    del data["competencies"]
    for situation in data["situations"]:
        situation["tags"] = ["signaleren"]
    assert normalise_scenario(data)["competencies"] == list(DEFAULT_COMPETENCIES)


def test_branch_target_that_does_not_exist():
    data = branching()
    data["situations"][0]["options"][1]["next"] = "nergens"
    data["situations"][2]["next"] = "ook-niet"
    assert problems_of(data) == {
        ("unknown_target", "situations.0.options.1.next"),
        ("unknown_target", "situations.2.next"),
    }


def test_situation_no_path_reaches():
    data = branching()
    data["situations"][0]["options"][1]["next"] = "s2"  # nothing leads to s3 any more
    assert problems_of(data) == {("unreachable_situation", "situations.2")}


def test_ending_no_path_reaches():
    data = branching()
    data["situations"][0]["options"][2]["next"] = "goed"
    assert problems_of(data) == {("unreachable_ending", "endings.1")}


def test_loop_with_no_way_to_an_ending():
    data = linear()
    data["situations"][2]["next"] = "s2"  # s2 -> s3 -> s2 -> ... never s4 or the end
    found = problems_of(data)
    assert found == {("no_way_to_end", "situations.0"), ("no_way_to_end", "situations.1"),
                     ("no_way_to_end", "situations.2"),
                     ("unreachable_situation", "situations.3")}


def test_a_loop_with_an_exit_is_allowed():
    data = branching()
    data["situations"][2]["options"][0]["next"] = "s1"  # s3 may send the learner back to s1; others go on
    normalise_scenario(data)


def test_options_without_a_key():
    data = linear()
    del data["situations"][0]["key"]["points"]["c"]
    data["situations"][2]["key"]["ratings"]["b"] = ""
    data["situations"][1]["key"]["worst"] = ""
    assert problems_of(data) == {
        ("option_without_key", "situations.0.options.2.points"),
        ("option_without_key", "situations.2.options.1.rating"),
        ("option_without_key", "situations.1.key.worst"),
    }


@pytest.mark.parametrize("rating", [0, 0.99, 5.01, 6, -1])
def test_ratings_outside_one_to_five(rating):
    data = linear()
    data["situations"][2]["key"]["ratings"]["a"] = rating
    assert problems_of(data) == {("rating_out_of_range", "situations.2.options.0.rating")}


@pytest.mark.parametrize("order", [["a", "b"], ["a", "b", "b"], ["a", "b", "c", "d"], ["a", "b", "x"], "abc", None, []])
def test_rank_key_that_is_not_an_ordering_of_all_options(order):
    data = linear()
    data["situations"][3]["key"]["order"] = order
    assert problems_of(data) == {("rank_not_permutation", "situations.3.key.order")}


def test_image_without_alt_text_and_unsafe_image_address():
    data = linear()
    data["situations"][0]["image_url"] = "/static/wijk.jpg"
    data["situations"][1]["image_url"] = "javascript:alert(1)"
    data["situations"][1]["image_alt"] = "Een straat"
    assert problems_of(data) == {("image_alt_missing", "situations.0.image_alt"),
                                 ("bad_image_url", "situations.1.image_url")}


def test_best_and_worst_key_must_differ_and_exist():
    data = linear()
    data["situations"][1]["key"] = {"best": "a", "worst": "a"}
    assert problems_of(data) == {("best_equals_worst", "situations.1.key.worst")}
    data["situations"][1]["key"] = {"best": "z", "worst": "a"}
    assert problems_of(data) == {("unknown_option", "situations.1.key.best")}


def test_pick_best_needs_an_option_with_points():
    data = linear()
    data["situations"][0]["key"]["points"] = {"a": 0, "b": 0, "c": 0}
    assert problems_of(data) == {("no_positive_points", "situations.0.key.points")}


def test_ids_must_be_valid_and_unique_across_situations_and_endings():
    data = branching()
    data["endings"][0]["id"] = "s2"
    data["situations"][1]["options"][1]["id"] = "a"
    data["situations"][2]["id"] = "1abc"
    found = problems_of(data)
    assert ("duplicate_id", "endings.0.id") in found
    assert ("duplicate_id", "situations.1.options.1.id") in found
    assert ("bad_id", "situations.2.id") in found


def test_texts_formats_weights_and_tags():
    data = linear()
    data["situations"][0]["question"] = "   "
    data["situations"][0]["options"][1]["text"] = ""
    data["situations"][1]["format"] = "essay"
    data["situations"][2]["weight"] = 0
    data["situations"][3]["tags"] = ["onbekend"]
    assert problems_of(data) == {
        ("required_text", "situations.0.question"), ("required_text", "situations.0.options.1.text"),
        ("unknown_choice", "situations.1.format"), ("weight_not_positive", "situations.2.weight"),
        ("unknown_tag", "situations.3.tags"),
    }


def test_too_few_options_and_too_long_text_and_nul():
    data = linear()
    data["situations"][0]["options"] = [option("a")]
    data["situations"][0]["key"]["points"] = {"a": 1}
    data["situations"][1]["narrative"] = "x" * 10001
    data["situations"][2]["options"][0]["feedback"] = "a\x00b"
    assert problems_of(data) == {
        ("too_few_options", "situations.0.options"),
        ("too_many_characters", "situations.1.narrative"),
        ("nul_character", "situations.2.options.0.feedback"),
    }


def test_the_instruction_is_optional_the_authors_own_and_bounded():
    data = linear()
    data["situations"][0]["instruction"] = "  Zet de stappen in de tijd: de eerste bovenaan.  "
    clean = normalise_scenario(data)
    assert clean["situations"][0]["instruction"] == "Zet de stappen in de tijd: de eerste bovenaan."
    assert clean["situations"][1]["instruction"] == ""  # empty: the learner reads the standard text
    assert public_situation(clean["situations"][0])["instruction"] == clean["situations"][0]["instruction"]
    data["situations"][1]["instruction"] = "x" * 501
    data["situations"][2]["instruction"] = 3
    assert problems_of(data) == {("too_many_characters", "situations.1.instruction"),
                                 ("wrong_type", "situations.2.instruction")}


@pytest.mark.parametrize("bad", [[], "x", None, 3])
def test_wrong_shapes_are_problems_not_crashes(bad):
    with pytest.raises((Problem, Problems)):
        normalise_scenario(bad)
    data = linear()
    data["situations"][0] = bad
    with pytest.raises(Problems):
        normalise_scenario(data)
    data = linear()
    data["situations"][0]["options"] = bad
    with pytest.raises(Problems):
        normalise_scenario(data)
    data = linear()
    data["situations"][0]["key"] = bad
    if bad is not None:
        with pytest.raises(Problems):
            normalise_scenario(data)


def test_duplicate_competencies_and_empty_scenarios():
    data = linear()
    data["competencies"].append("Signaleren")
    assert problems_of(data) == {("duplicate_competency", "competencies.3")}
    assert problems_of({"situations": []}) == {("no_situations", "situations")}
    assert normalise_scenario({"situations": []}, allow_empty=True)["situations"] == []


def test_the_public_situation_holds_no_key_feedback_or_branch():
    clean = normalise_scenario(branching())
    public = public_situation(clean["situations"][0])
    text = repr(public)
    assert "key" not in public and "Waarom" not in text and "s2" not in text and "slecht" not in text
    revealed = revealed_situation(clean["situations"][0])
    assert revealed["key"] == {"points": {"a": 2.0, "b": 1.0, "c": 0.0}}
    assert revealed["options"][0]["feedback"] == "Waarom a"
    assert "next" not in repr(revealed["options"])
