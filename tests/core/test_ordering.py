"""Rows ordered in Python as the platform's database orders them (core/rules/ordering.py)."""
from datetime import datetime

from weerbaarxblock.core.rules.ordering import ordered_rows

ROWS = [
    {"id": 1, "name": "de Vries", "at": datetime(2026, 3, 2)},
    {"id": 2, "name": "Bakker", "at": None},
    {"id": 3, "name": "el Amrani", "at": datetime(2026, 3, 1)},
    {"id": 4, "name": "Fleur", "at": datetime(2026, 3, 2)},
    {"id": 5, "name": "bakker", "at": datetime(2026, 3, 3)},
]


def ids(order):
    return [row["id"] for row in ordered_rows(ROWS, order)]


def test_text_is_ordered_without_regard_to_case_then_by_the_next_field():
    assert ids(("name", "id")) == [2, 5, 1, 3, 4]
    assert ids(("name", "-id")) == [5, 2, 1, 3, 4]


def test_an_empty_date_comes_first_going_up_and_last_going_down():
    assert ids(("at", "id")) == [2, 3, 1, 4, 5]
    assert ids(("-at", "-id")) == [5, 4, 1, 3, 2]


def test_the_rows_given_are_left_as_they_were():
    before = list(ROWS)
    ordered_rows(ROWS, ("-id",))
    assert before == ROWS
