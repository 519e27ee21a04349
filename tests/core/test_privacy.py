"""The privacy guard finds Dutch identifiers in running text and leaves ordinary numbers alone."""
import json
import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from weerbaarxblock.core.rules import privacy
from weerbaarxblock.core.rules.privacy import find_identifiers, kinds_found

EXAMPLES = json.loads(pathlib.Path(__file__).with_name("privacy_examples.json").read_text("utf-8"))["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: f"{example['kind']}:{example['text'][:30]}")
def test_each_kind_is_found_and_near_misses_are_not(example):
    """The shared table: a valid example of each kind is found at its span, a near miss of that kind is not."""
    text, kind, expected = example["text"], example["kind"], example["found"]
    found = [text[f.start:f.end] for f in find_identifiers(text) if f.kind == kind]
    assert found == ([expected] if expected else [])


def test_every_kind_has_examples_both_ways():
    kinds = {(example["kind"], example["found"] is None) for example in EXAMPLES}
    assert kinds == {(kind, miss) for kind in privacy.KINDS for miss in (True, False)}


def test_findings_hold_no_text():
    [finding] = find_identifiers("BSN 111222333")
    assert set(vars(finding)) == {"kind", "start", "end"}


def test_the_scan_is_capped_and_cached():
    tail = "x" * privacy.MAX_SCAN_CHARS + " 111222333"
    assert kinds_found(tail) == []
    privacy._scan.cache_clear()
    kinds_found("BSN 111222333")
    kinds_found("BSN 111222333")
    assert privacy._scan.cache_info().hits == 1


def test_a_refusal_names_the_first_field_and_its_most_sensitive_kind():
    texts = [("a", "geen gegevens"), ("b", "mail x@example.nl, BSN 111222333")]
    assert privacy.first_kind(texts) == ("b", privacy.BSN)
    assert privacy.first_kind([("a", "niets")]) is None
    assert privacy.mode_or_default("refuse") == privacy.REFUSE and privacy.mode_or_default("other") == privacy.WARN


def elfproef_ok(digits):
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11 == 0


def test_finds_each_kind_in_a_dutch_sentence():
    text = (
        "Cliënt (BSN 111222333) woont op 1234 AB 12, rekening NL91 ABNA 0417 1643 00, "
        "bereikbaar op 06-12345678; de auto met kenteken 12-ABC-3 staat voor de deur."
    )
    found = {(f.kind, text[f.start:f.end]) for f in find_identifiers(text)}
    assert found == {
        ("bsn", "111222333"),
        ("postcode", "1234 AB 12"),
        ("iban", "NL91 ABNA 0417 1643 00"),
        ("phone", "06-12345678"),
        ("licence_plate", "12-ABC-3"),
    }


def test_spans_point_at_the_text_found():
    text = "Bel mij op +31 6 12345678 morgen."
    [finding] = find_identifiers(text)
    assert text[finding.start:finding.end] == "+31 6 12345678"


def test_ordinary_numbers_and_years_are_not_flagged():
    text = "In 2019 verdiende hij 12000 euro; 123456789 is geen geldig BSN en 0123 AB geen postcode."
    assert kinds_found(text) == []


def test_an_invalid_iban_checksum_is_not_flagged():
    assert kinds_found("Rekening NL92 ABNA 0417 1643 00") == []


def test_postcodes_with_forbidden_letter_pairs_are_not_flagged():
    assert kinds_found("Postbus 1234 SS en 1234 SA") == []


@given(st.lists(st.integers(0, 9), min_size=8, max_size=8))
def test_every_nine_digit_number_passing_the_elfproef_is_found(first_eight):
    for last in range(10):
        digits = "".join(map(str, first_eight + [last]))
        if elfproef_ok(digits) and digits[0] != "0" and int(digits) != 0:
            assert "bsn" in kinds_found(f"nummer {digits} genoteerd"), digits


@given(st.text(alphabet="abcdefghij klmnop,.", max_size=200))
def test_text_without_digits_has_no_identifiers(text):
    assert find_identifiers(text) == []


def test_the_scan_of_a_pasted_wall_of_numbers_is_bounded(monkeypatch):
    """One autosave must not cost seconds: each finder stops after a few findings, the phone matcher after a
    bounded number of tries."""
    import phonenumbers

    from weerbaarxblock.core.rules import privacy

    checked = []
    real = phonenumbers.is_valid_number
    monkeypatch.setattr(phonenumbers, "is_valid_number", lambda number: checked.append(1) or real(number))
    wall = " ".join(f"06-{12345600 + index}" for index in range(2000))
    assert privacy.kinds_found(wall) == [privacy.PHONE]
    assert len(checked) <= privacy.PHONE_TRIES
