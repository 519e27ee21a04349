"""Reflectiejournaal rules on plain data: the author's configuration, entries and reviews, words, export rows."""
