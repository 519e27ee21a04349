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
_IDEOGRAPH_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))


def is_ideograph(char):
    code = ord(char)
    return any(low <= code <= high for low, high in _IDEOGRAPH_RANGES)


def count_words(text):
    """The number of words in ``text`` by the rule in this module's docstring: one pass of one expression.

    Which expression depends only on what the text holds beyond ASCII: its combining marks (Python's ``re``
    has no class for category ``M``, so the marks the text holds make one) and whether it has ideographs.
    """
    unusual = [char for char in set(text) if char > "\x7f"]
    marks = "".join(sorted(char for char in unusual if unicodedata.category(char)[0] == "M"))
    return len(_word_pattern(marks, any(is_ideograph(char) for char in unusual)).findall(text))


@functools.lru_cache(maxsize=256)
def _word_pattern(marks, ideographs):
    """A match is an ideograph, or one word: a run of letters and numbers (``[^\\W_]`` is exactly Unicode's
    ``L*`` and ``N*``), going on after a combining mark, or after a joiner (apostrophe, hyphen, or a point or
    comma between digits) that a letter follows."""
    letter = f"[^\\W_{IDEOGRAPHS}]" if ideographs else "[^\\W_]"
    joiners = [f"[{APOSTROPHES_AND_HYPHENS}](?={letter})", "(?<=\\d)[.,](?=\\d)"]
    if marks:
        joiners.insert(0, f"[{re.escape(marks)}]")
    word = f"{letter}+(?:(?:{'|'.join(joiners)}){letter}*)*"
    return re.compile(f"[{IDEOGRAPHS}]|{word}" if ideographs else word)


def is_blank(text):
    """Nothing a reader could see: only whitespace and invisible formatting characters (RTL marks, ZWSP)."""
    return all(char.isspace() or unicodedata.category(char) in ("Cf", "Cc", "Zs") for char in text)
