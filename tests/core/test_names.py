"""Name searches by the words of a name (core/rules/names.py, core/queries.py): what a search finds, and the
index range it reads."""
from types import SimpleNamespace

import pytest

from weerbaarxblock.core.queries import named_learners
from weerbaarxblock.core.rules.names import WORD_LENGTH, name_words, prefix_range, words_start_with
from weerbaarxblock.store.models import LearnerNameWord


def test_a_name_has_its_words_lower_case_without_accents():
    assert name_words("Mirjam Jansen-Özdemir") == ["mirjam", "jansen", "ozdemir"]
    assert name_words("  el Amrani, Noor  (00042) ") == ["el", "amrani", "noor", "00042"]
    assert name_words("Anna anna ANNA") == ["anna"]
    assert name_words("") == [] and name_words(None) == [] and name_words("— ,.") == []
    assert name_words("x" * 100) == ["x" * WORD_LENGTH]


@pytest.mark.parametrize(("search", "word", "found"), [
    ("jans", "jansen", True), ("jansen", "jansen", True), ("jansenn", "jansen", False), ("ans", "jansen", False),
    ("jan", "jan", True), ("jaz", "jazz", True), ("ja", "jb", False), ("ja", "j", False), ("z", "zz9", True),
    ("9", "90z", True), ("a9", "aa", False), ("0", "09", True), ("a", "b", False),
])
def test_the_range_of_a_search_holds_exactly_the_words_that_start_with_it(search, word, found):
    lowest, highest = prefix_range(search)
    assert (lowest <= word <= highest) is found is word.startswith(search)


def test_the_words_of_a_name_start_with_each_word_of_a_search():
    assert words_start_with(["samira", "de", "vries", "00042"], ["vr", "sam", "0004"])
    assert not words_start_with(["samira", "de", "vries"], ["vr", "jan"])
    assert words_start_with(["samira"], [])


@pytest.fixture
def class_of_names(db):
    """A block with 300 learners: three first names, three surnames, a number each (a rare word among common ones)."""
    first, last = ("Samira", "Joost", "Mirjam"), ("de Vries", "Bakker", "Jansen")
    rows = [
        SimpleNamespace(course_key="course-v1:D+N+1", usage_key=USAGE_KEY, learner_id=f"learner-{index}",
                        learner_name=f"{first[index % 3]} {last[index // 3 % 3]} {index:05d}")
        for index in range(300)
    ]
    LearnerNameWord.remember_rows(rows)
    return {row.learner_id: row.learner_name for row in rows}


USAGE_KEY = "block-v1:D+N+1+type@weerbaar_reflection+block@names"


def found_by(search):
    found = named_learners(USAGE_KEY, search)
    return sorted(found) if isinstance(found, list) else sorted(row["learner_id"] for row in found)


def expected(names, search):
    return sorted(learner for learner, name in names.items() if words_start_with(name_words(name), name_words(search)))


@pytest.mark.parametrize("search", [
    "Samira de Vries 00042", "sam 0004", "00042", "Joost 00042", "jans", "de vr", "Mirjam Bakker", "bakk 001", "xyz",
    "Samira Joost",
])
def test_a_search_finds_the_learners_whose_name_has_each_word(class_of_names, search):
    assert found_by(search) == expected(class_of_names, search)


def test_a_search_with_one_rare_word_reads_the_same_queries_at_any_size(class_of_names, django_assert_num_queries):
    search = class_of_names["learner-42"]  # Samira Jansen 00042: two words of a hundred learners each, one rare
    with django_assert_num_queries(len(name_words(search)) + 1):  # a range per word, then the few learners' words
        assert found_by(search) == ["learner-42"]
    LearnerNameWord.remember_rows([  # three times the class, every one of them a Samira Jansen
        SimpleNamespace(course_key="course-v1:D+N+1", usage_key=USAGE_KEY, learner_id=f"more-{index}",
                        learner_name=f"Samira Jansen {index:05d}")
        for index in range(1000, 1900)
    ])
    with django_assert_num_queries(len(name_words(search)) + 1):
        assert found_by(search) == ["learner-42"]
