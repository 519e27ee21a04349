"""Finding learners by name in a list of any length: the words of a name, and the range of words a search
covers, so that a search reads an index instead of every name.

A name's words are its runs of letters and digits, lower case, accents taken off ("Mirjam Jansen-Özdemir" gives
``mirjam``, ``jansen``, ``ozdemir``). A search finds the learners with, for each of its words, a word of their
name that starts with it: "jans" finds "Mirjam Jansen", "mir jan" too.

Words hold only ``a-z`` and ``0-9``, so every word that starts with ``w`` (and is at most ``WORD_LENGTH`` long)
lies between ``w`` and ``w`` followed by ``z``s: a range that an index on the word serves, in the byte order of
SQLite and in the collations of MySQL, MariaDB and PostgreSQL alike (digits before letters in all of them).
"""
import re
import unicodedata

WORD_LENGTH = 40
_WORD = re.compile(r"[a-z0-9]+")


def name_words(text):
    """The distinct words of a name (see above), each cut to ``WORD_LENGTH``, in the order they first appear."""
    folded = unicodedata.normalize("NFKD", str(text or "").casefold())
    plain = "".join(character for character in folded if not unicodedata.combining(character))
    return list(dict.fromkeys(word[:WORD_LENGTH] for word in _WORD.findall(plain)))


def prefix_range(word, length=WORD_LENGTH):
    """``(lowest, highest)``: every word of at most ``length`` characters that starts with ``word`` lies between
    them, and no other word does."""
    word = word[:length]
    return word, word + "z" * (length - len(word))


def words_start_with(words, beginnings):
    """Whether, for each of ``beginnings``, one of a name's ``words`` starts with it (a search's match)."""
    return all(any(word.startswith(beginning) for word in words) for beginning in beginnings)
