"""Name searches by the words of a name (core/rules/names.py): what a search finds, and the index range it reads."""
import pytest

from weerbaarxblock.core.rules.names import WORD_LENGTH, name_words, prefix_range


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
