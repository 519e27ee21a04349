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
import functools
import re
import unicodedata

APOSTROPHES_AND_HYPHENS = "'\u2019\u02bc\\-\u2010\u2011\u200c\u200d"

# Ideographic ranges counted one word per character: CJK symbols' neighbours are
# kana (3040-30FF), CJK extension A (3400-4DBF), unified ideographs (4E00-9FFF),
# compatibility ideographs (F900-FAFF) and the supplementary ideographic planes.
IDEOGRAPHS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
# Combining marks (category M) live in the first two planes and plane 14 (variation selectors supplement).
_MARK_PLANES = (range(0x20000), range(0xE0000, 0xE1000))


@functools.cache
def _word_pattern():
    """One regular expression for the whole rule: a match is an ideograph, or a word with what continues it.

    ``[^\\W_]`` is exactly Unicode's letters and numbers (categories ``L*`` and ``N*``); Python's ``re`` has no
    class for combining marks, so theirs is built once from the Unicode database.
    """
    marks = "".join(_ranges(code for plane in _MARK_PLANES for code in plane
                            if unicodedata.category(chr(code))[0] == "M"))
    letter = f"(?:(?![{IDEOGRAPHS}])[^\\W_])"
    word = f"{letter}(?:{letter}|[{marks}]|[{APOSTROPHES_AND_HYPHENS}](?={letter})|(?<=\\d)[.,](?=\\d))*"
    return re.compile(f"[{IDEOGRAPHS}]|{word}")


def _ranges(codes):
    """Character-class ranges (``a-z``) of the ascending code points ``codes``."""
    parts, first, last = [], None, None
    for code in codes:
        if first is not None and code == last + 1:
            last = code
            continue
        if first is not None:
            parts.append(_range(first, last))
        first = last = code
    if first is not None:
        parts.append(_range(first, last))
    return parts


def _range(first, last):
    return re.escape(chr(first)) if first == last else f"{re.escape(chr(first))}-{re.escape(chr(last))}"


def count_words(text):
    """The number of words in ``text`` by the rule in this module's docstring, in one pass of one expression."""
    return sum(1 for _match in _word_pattern().finditer(text))


def is_blank(text):
    """Nothing a reader could see: only whitespace and invisible formatting characters (RTL marks, ZWSP)."""
    return all(char.isspace() or unicodedata.category(char) in ("Cf", "Cc", "Zs") for char in text)
