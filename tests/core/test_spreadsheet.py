"""The CSV exports: formula neutralisation, the Dutch spreadsheet format, file names and the pseudonyms."""
import csv
import datetime
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from weerbaarxblock.core.api import file_name
from weerbaarxblock.core.rules.spreadsheet import FORMULA_STARTS, csv_chunks, local_time
from weerbaarxblock.core.rules.spreadsheet import safe_cell as neutralise
from weerbaarxblock.reflection.rules import config as rules
from weerbaarxblock.reflection.rules.export import header, pseudonym, row


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+31 6 12345678", "'+31 6 12345678"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("\uff1d1+1", "'\uff1d1+1"),
        ("Gewoon tekst = prima", "Gewoon tekst = prima"),
        (" =1", " =1"),
        ("", ""),
        (None, ""),
        (7, 7),
        (2.0, "2"),
        (2.5, "2,5"),
        (-0.125, "-0,125"),
        (1 / 3, "0,3333"),
        (True, "true"),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


@given(st.text(max_size=50))
def test_no_cell_text_starts_a_formula(text):
    cell = neutralise(text)
    assert not cell.startswith(FORMULA_STARTS)
    assert cell in (text, "'" + text)


def test_pseudonyms_are_stable_short_and_differ_per_activity():
    first = pseudonym("leerling_a", "block-1")
    assert first == pseudonym("leerling_a", "block-1")
    assert len(first) == 6 and first.isalnum() and first.isupper()
    assert first != pseudonym("leerling_b", "block-1")
    assert first != pseudonym("leerling_a", "block-2")


def test_rows_line_up_with_the_header_and_stay_text():
    config = rules.parse_config({
        "display_name": "R", "grading": "scored", "review": "instructor",
        "prompts": [{"id": "a", "question": "=Vraag"}],
        "rubric": [{"id": "z", "label": "Z", "levels": [{"id": "n", "label": "-nee", "points": 0},
                                                        {"id": "j", "label": "ja", "points": 2}]}],
    })
    labels = {key: key for key in ("learner", "entry", "status", "submitted_at", "version", "words", "feedback",
                                    "points", "max_points", "reviewed_at", "reviewer")}
    entry = {
        "learner": "=cmd|' /C calc'!A0", "number": 1, "status": "reviewed", "submitted_at": "2026-01-01T10:00:00",
        "version": 1, "word_count": 3, "answers": {"a": "@evil\n<script>alert(1)</script> 🙂"},
        "review": {"feedback": "+feedback", "points": 0.0, "max_points": 2.0, "created_at": "2026-01-02T10:00:00",
                   "reviewer_name": "Docent", "scores": [{"criterion": "z", "level_label": "-nee"}]},
    }
    text = "".join(csv_chunks(header(labels, config.prompts, config.rubric),
                              [row(entry, config.prompts, config.rubric, {"reviewed": "Beoordeeld"})]))
    assert text.startswith("\ufeff")
    head, cells = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert len(head) == len(cells)
    assert head[6] == "'=Vraag"
    assert cells[0] == "'=cmd|' /C calc'!A0"
    assert cells[2] == "Beoordeeld"
    assert cells[6] == "'@evil\n<script>alert(1)</script> 🙂"
    assert cells[7:10] == ["'+feedback", "0", "2"]
    assert cells[10] == "'-nee"


def test_cells_split_on_semicolons_for_dutch_excel_and_keep_the_bom():
    text = "".join(csv_chunks(["Naam", "Score", "Opmerking"], [["Samira", 0.75, "ja; nee, misschien"]]))
    assert text == "\ufeffNaam;Score;Opmerking\r\nSamira;0,75;\"ja; nee, misschien\"\r\n"


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        ("2026-11-30T20:43:05.123456+00:00", "30-11-2026 21:43"),  # winter: UTC+1, no seconds or microseconds
        ("2026-07-01T08:05:00", "01-07-2026 10:05"),  # summer: UTC+2; a moment without a zone is UTC
        (datetime.datetime(2026, 3, 29, 0, 59, tzinfo=datetime.UTC), "29-03-2026 01:59"),
        (None, ""),
        ("", ""),
    ],
)
def test_moments_are_local_time_in_amsterdam(moment, shown):
    assert local_time(moment) == shown


@pytest.mark.parametrize(
    ("prefix", "title", "name"),
    [
        ("netwerkkaart", "Zorgfraude in de wijk", "netwerkkaart-zorgfraude-in-de-wijk"),
        ("netwerkkaart", "Netwerkkaart", "netwerkkaart"),
        ("casus", "Casus: één dag aan de balie!", "casus-een-dag-aan-de-balie"),
        ("reflectiejournaal", "", "reflectiejournaal"),
        ("casus", "Ondermijning " * 10, "casus-" + "-".join(["ondermijning"] * 4)),
    ],
)
def test_file_names_come_from_the_title_and_end_between_words(prefix, title, name):
    assert file_name(prefix, title) == name
    assert len(name) <= 60
