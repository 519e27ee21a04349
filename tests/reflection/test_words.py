"""Word counting: one rule for Dutch, emoji, right-to-left scripts and ideographs."""
import random
import time
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from weerbaarxblock.reflection.rules.words import count_words, is_blank


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("   \n\n\t ", 0),
        ("a-\u0301b", 2),
        ("3.5.7", 1),
        ("e\u0301-mail", 1),
        ("\u0301\u0301 woord", 1),
        ("Ik werk in de wijk.", 5),
        ("zo'n ex-partner uit Noord-Holland", 4),
        ("zo’n collega", 2),  # typographic apostrophe
        ("streng -- liefhebben", 2),  # a dash between spaces is no word
        ("3,5 uur en 1.000 euro", 5),
        ("einde.Begin", 2),  # a full stop between letters separates
        ("Goed gedaan! 👍🏽 Echt 🎉🎉", 3),
        ("❤️", 0),  # a symbol with a variation selector is not a word
        ("👨‍👩‍👧 gezin", 1),
        ("שלום עולם", 2),  # Hebrew
        ("\u200fمرحبا بالعالم\u200f", 2),  # Arabic between right-to-left marks
        ("كَتَبَ الطالبُ", 2),  # Arabic with vowel signs (combining marks)
        ("e\u0301e\u0301n woord", 2),  # decomposed accents stay inside the word
        ("नमस्ते दुनिया", 2),  # Devanagari vowel signs
        ("社会领域", 4),  # one word per ideograph
        ("Top 600-aanpak", 2),
        ("regel1\nregel2\n\nregel3", 3),
        ("<script>alert(1)</script>", 4),
        ("a_b", 2),
    ],
)
def test_count_words(text, expected):
    assert count_words(text) == expected


def test_blank_means_nothing_visible():
    assert is_blank("")
    assert is_blank(" \n\t\u200f\u200b\ufeff\u00a0")
    assert not is_blank(" . ")
    assert not is_blank("🙂")


LETTER_WORDS = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéëïöü"), min_size=1, max_size=12)
SEPARATORS = st.sampled_from([" ", "\n", "  ", "\t", ", ", ". ", " 🙂 ", " — ", "\u200f ", " (", ") ", "!\n\n"])


@given(st.lists(LETTER_WORDS, max_size=40), st.data())
def test_words_joined_by_any_separator_are_counted_once_each(words, data):
    text = ""
    for word in words:
        text += word + data.draw(SEPARATORS)
    assert count_words(text) == len(words)


@given(st.text(max_size=200), st.text(max_size=200))
def test_counts_add_up_across_a_space(first, second):
    assert count_words(first + " " + second) == count_words(first) + count_words(second)


@given(st.text(max_size=300))
def test_never_more_words_than_characters(text):
    assert 0 <= count_words(text) <= len(text)


@given(st.text(max_size=200))
def test_surrounding_whitespace_and_emoji_change_nothing(text):
    assert count_words("  🎉 " + text + " \n😀 ") == count_words(text)


# ---- one expression, the same rule: compared with a plain character-by-character reading of the rule ----------

def _reference_kind(char):
    code = ord(char)
    if any(low <= code <= high for low, high in ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
                                                  (0xF900, 0xFAFF), (0x20000, 0x3FFFF))):
        return "i"
    return {"L": "w", "N": "w", "M": "m"}.get(unicodedata.category(char)[0], "s")


def _reference_count(text):
    """The rule as the module's docstring states it, one character at a time (slow, plain)."""
    count, in_word = 0, False
    for index, char in enumerate(text):
        kind = _reference_kind(char)
        if kind == "i":
            count, in_word = count + 1, False
        elif kind == "w":
            count, in_word = count + (not in_word), True
        elif kind == "s":
            following = text[index + 1] if index + 1 < len(text) else ""
            joins = in_word and following and _reference_kind(following) == "w" and (
                char in "'\u2019\u02bc-\u2010\u2011\u200c\u200d"
                or (char in ".," and unicodedata.category(text[index - 1]) == "Nd"
                    and unicodedata.category(following) == "Nd"))
            in_word = bool(joins)
    return count


def test_the_expression_counts_as_the_rule_reads_on_random_text():
    alphabet = "ab3 .,-'\u2019\u0301\u064e\u200d\u200f\ufe0f\u793e\u3042\u0665\u2164\U0001F642\n_!"
    chooser = random.Random(12)
    for _ in range(3000):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, 14)))
        assert count_words(text) == _reference_count(text), repr(text)


def test_a_long_answer_is_counted_quickly():
    text = "Ik wil beter doorvragen, ook als het ongemakkelijk wordt; zo'n gesprek kost 3,5 uur. " * 250
    started = time.perf_counter()
    assert count_words(text) == 14 * 250
    assert time.perf_counter() - started < 0.05
