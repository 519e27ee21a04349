"""Counting words in a learner's answer, the same way in every language.

The rule (static/js/reflection/words.js implements the same one; a browser test
and tests/js/reflection_words.test.js compare the two):

* A word is a maximal run of letters and digits (Unicode categories ``L*`` and
  ``N*``). Combining marks (``M*``) continue a word but never start one, so
  accents written as combining characters, Arabic vowel signs and Indic vowel
  signs stay inside their word, while the variation selector after an emoji
  (``U+FE0F``) counts for nothing.
* An apostrophe (``'`` ``’`` ``ʼ``), a hyphen (``-`` ``‐`` ``‑``) or a zero-width
  (non-)joiner *between* two word characters keeps the word going:
  ``zo'n``, ``ex-partner``, ``Noord-Holland`` are one word each. A full stop or
  comma between two digits does the same (``3,5`` and ``1.000`` are one word).
* Every other character separates words: spaces and line breaks, punctuation,
  symbols and emoji, and invisible formatting characters such as the
  right-to-left mark. Text in Hebrew or Arabic therefore counts like Dutch.
* Chinese, Japanese kana and other ideographs count one word per character, as
  word processors do, because those scripts do not put spaces between words.

Counts are of Unicode code points, not bytes: an emoji is never "a few words".
"""
import unicodedata

APOSTROPHES_AND_HYPHENS = frozenset("'\u2019\u02bc-\u2010\u2011\u200c\u200d")
NUMBER_JOINERS = frozenset(".,")

# Ideographic ranges counted one word per character: CJK symbols' neighbours are
# kana (3040-30FF), CJK extension A (3400-4DBF), unified ideographs (4E00-9FFF),
# compatibility ideographs (F900-FAFF) and the supplementary ideographic planes.
_IDEOGRAPH_RANGES = (
    (0x3040, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3FFFF),
)


def is_ideograph(char):
    code = ord(char)
    return any(low <= code <= high for low, high in _IDEOGRAPH_RANGES)


def _kind(char):
    """'w' word character, 'm' combining mark, 'i' ideograph, 's' anything else."""
    if is_ideograph(char):
        return "i"
    category = unicodedata.category(char)[0]
    if category in ("L", "N"):
        return "w"
    if category == "M":
        return "m"
    return "s"


def count_words(text):
    """The number of words in ``text`` by the rule in this module's docstring."""
    count = 0
    in_word = False
    length = len(text)
    for index, char in enumerate(text):
        kind = _kind(char)
        if kind == "i":
            count += 1
            in_word = False
        elif kind == "w":
            if not in_word:
                count += 1
                in_word = True
        elif kind == "m":
            continue  # inside a word it continues it; outside it is nothing
        elif in_word and _joins(text, index, length):
            continue
        else:
            in_word = False
    return count


def _joins(text, index, length):
    """Does the separator at ``index`` sit between two word characters that it joins?"""
    if index + 1 >= length or _kind(text[index + 1]) != "w":
        return False
    char = text[index]
    if char in APOSTROPHES_AND_HYPHENS:
        return True
    if char in NUMBER_JOINERS:
        return _is_decimal(text[index - 1]) and _is_decimal(text[index + 1])
    return False


def _is_decimal(char):
    return unicodedata.category(char) == "Nd"


def is_blank(text):
    """Nothing a reader could see: only whitespace and invisible formatting characters (RTL marks, ZWSP)."""
    return all(char.isspace() or unicodedata.category(char) in ("Cf", "Cc", "Zs") for char in text)
