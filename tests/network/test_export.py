"""Netwerkkaart exports: spreadsheet formulas in learners' labels are neutralised."""
import csv
import io

import pytest

from weerbaarxblock.core.rules.spreadsheet import csv_chunks, safe_cell
from weerbaarxblock.network.rules.compare import compare
from weerbaarxblock.network.rules.export import rows

from .fixtures import config, reference, settings

COLUMNS = (
    "learner_id", "learner_name", "submitted_at", "score", "kind", "id", "label", "source", "target", "type",
    "direction", "strength", "ring", "sector", "note", "verdict",
)


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
    text = "".join(csv_chunks(COLUMNS, rows(config(), entries)))
    assert text.startswith("\ufeff")
    table = list(csv.reader(io.StringIO(text[1:])))
    assert len(table) == 1 + 3
    for row in table[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row
    assert table[1][6] == '\'=HYPERLINK("http://x","klik")' and table[1][-1] == "extra:unrecognised"
    assert table[2][-1] == "matched" and table[3][14] == "'@evil" and table[3][1] == "'-Samira"
