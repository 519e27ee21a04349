"""Netwerkkaart exports: spreadsheet formulas in learners' labels are neutralised."""
import csv
import io

import pytest

from weerbaarxblock.domain.network_compare import compare
from weerbaarxblock.domain.network_export import to_csv
from weerbaarxblock.domain.spreadsheet import safe_cell

from .network_fixtures import config, reference, settings


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1+1", "'=1+1"), ("+31 6", "'+31 6"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("Wijkteam", "Wijkteam"), (3, 3), (0.5, 0.5), (None, ""), (True, "true")],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_csv_has_a_row_per_item_and_no_live_formula():
    learner_map = {
        "actors": [
            {"id": "a1", "palette": None, "label": '=HYPERLINK("http://x","klik")', "type": "persoon",
             "ring": "informeel", "sector": "zorg", "x": 0, "y": 0, "flags": []},
            {"id": "a2", "palette": "client", "label": "Cliënt", "type": "persoon", "ring": "huishouden",
             "sector": None, "x": 0, "y": 0, "flags": []},
        ],
        "relations": [{"id": "r1", "source": "a1", "target": "a2", "type": "druk", "direction": "one-way",
                       "strength": "strong", "note": "@evil", "flags": []}],
    }
    entries = [{"learner_id": "leerling_a", "learner_name": "-Samira", "submitted_at": "2026-01-01", "score": 0.25,
                "map": learner_map, "result": compare(config(), settings(), reference(), learner_map)}]
    text = to_csv(config(), entries)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert len(rows) == 1 + 3
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row
    assert rows[1][6] == '\'=HYPERLINK("http://x","klik")' and rows[1][-1] == "extra:unrecognised"
    assert rows[2][-1] == "matched" and rows[3][14] == "'@evil" and rows[3][1] == "'-Samira"
