"""Netwerkkaart exports: spreadsheet formulas in learners' labels are neutralised, and codes become words."""
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
WORDS = {  # what the block passes in Dutch (NetworkBlock._export_words)
    "actor": "Actor", "relation": "Relatie", "one-way": "Eén kant op", "both": "Beide kanten op",
    "none": "Geen richting", "weak": "Zwak", "normal": "Normaal", "strong": "Sterk",
    "actor_matched": "Op de kaart van de experts", "actor_not_in_reference": "Weggelaten door de experts",
    "actor_unrecognised": "Niet herkend", "actor_duplicate": "Dubbel",
    "relation_correct": "Zoals de experts", "relation_wrong_type": "Ander type",
    "relation_wrong_direction": "Andere richting", "relation_extra": "Niet getekend door de experts",
    "set_aside": "Opzijgezet",
}


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1+1", "'=1+1"), ("+31 6", "'+31 6"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("Wijkteam", "Wijkteam"), (3, 3), (0.5, "0,5"), (None, ""), (True, "true")],
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
    entries = [{"learner_id": "leerling_a", "learner_name": "-Samira", "submitted_at": "2026-11-30T20:43:05.123456",
                "score": 0.25, "map": learner_map,
                "result": compare(config(), settings(), reference(), learner_map)}]
    text = "".join(csv_chunks(COLUMNS, rows(config(), entries, WORDS)))
    assert text.startswith("\ufeff")
    assert text.splitlines()[0].count(";") == len(COLUMNS) - 1
    table = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert len(table) == 1 + 3
    for row in table[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row
    assert table[1][6] == '\'=HYPERLINK("http://x","klik")' and table[1][-1] == "Niet herkend"
    assert table[2][-1] == "Op de kaart van de experts" and table[3][14] == "'@evil" and table[3][1] == "'-Samira"
    assert table[1][2:5] == ["30-11-2026 21:43", "0,25", "Actor"]  # Amsterdam time, a decimal comma
    assert table[3][4] == "Relatie" and table[3][10:12] == ["Eén kant op", "Sterk"]
