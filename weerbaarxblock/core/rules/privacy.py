"""Finds Dutch personal identifiers in free text, so learners can be warned before they submit.

Reflections and case notes are about real work; a BSN, an IBAN or a phone number
of a client does not belong in them (AVG; BSN use is restricted by the Wabb).
The guard warns, it does not block: the learner decides, knowing that course
staff can read the text.

Validation is left to well-kept libraries (python-stdnum for the BSN elfproef,
IBAN mod-97 and postcodes; phonenumbers for phone numbers in running text); this
module only supplies the candidate patterns around them and reports spans.
"""
import re
from dataclasses import dataclass
from itertools import islice

import phonenumbers
from stdnum import iban as iban_number
from stdnum.nl import bsn as bsn_number
from stdnum.nl import postcode as postcode_number

BSN = "bsn"
IBAN = "iban"
PHONE = "phone"
POSTCODE = "postcode"
LICENCE_PLATE = "licence_plate"


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    text: str


# Nine digits, optionally grouped as 123.456.789 or 123 456 789, not inside a longer number.
_BSN_CANDIDATE = re.compile(r"(?<![\d.])(\d{3}[ .]?\d{3}[ .]?\d{3})(?![\d.]?\d)")
# NL + 2 check digits + 4-letter bank code + 10 digits, with optional spaces per group of four.
_IBAN_CANDIDATE = re.compile(r"\bNL\s?\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b", re.IGNORECASE)
# 1234 AB, optionally followed by a house number (the combination identifies an address).
_POSTCODE_CANDIDATE = re.compile(r"\b([1-9]\d{3})\s?([A-Z]{2})\b(?:\s*(\d{1,5}\s?[a-zA-Z]?)\b)?")
# RDW sidecodes with dashes, e.g. XX-99-99, 99-XX-99, 99-XXX-9, X-999-XX, XX-999-X, 9-XXX-99.
_PLATE_PATTERNS = [
    r"[A-Z]{2}-\d{2}-\d{2}", r"\d{2}-\d{2}-[A-Z]{2}", r"\d{2}-[A-Z]{2}-\d{2}", r"[A-Z]{2}-\d{2}-[A-Z]{2}",
    r"[A-Z]{2}-[A-Z]{2}-\d{2}", r"\d{2}-[A-Z]{2}-[A-Z]{2}", r"\d{2}-[A-Z]{3}-\d", r"\d-[A-Z]{3}-\d{2}",
    r"[A-Z]{2}-\d{3}-[A-Z]", r"[A-Z]-\d{3}-[A-Z]{2}", r"[A-Z]{3}-\d{2}-[A-Z]", r"[A-Z]-\d{2}-[A-Z]{3}",
    r"\d-[A-Z]{2}-\d{3}", r"\d{3}-[A-Z]{2}-\d",
]
_PLATE_CANDIDATE = re.compile(r"\b(?:" + "|".join(_PLATE_PATTERNS) + r")\b")


# The scan runs on every autosave: its cost must not grow with what a learner pastes. A warning needs one
# finding per kind, so each finder stops after a few; the phone matcher also stops after a bounded number of tries.
FINDINGS_PER_KIND = 25
PHONE_TRIES = 200


def find_identifiers(text):
    """Identifiers found in ``text`` (at most ``FINDINGS_PER_KIND`` of each kind), by position, without overlaps."""
    findings = []
    for finder in (_find_ibans, _find_phones, _find_bsns, _find_postcodes, _find_plates):
        findings += islice(finder(text), FINDINGS_PER_KIND)
    return _without_overlaps(findings)


def kinds_found(text):
    """The distinct kinds of identifier in ``text``, sorted (what a warning names)."""
    return sorted({finding.kind for finding in find_identifiers(text)})


def _find_bsns(text):
    for match in _BSN_CANDIDATE.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if bsn_number.is_valid(digits):
            yield Finding(BSN, match.start(1), match.end(1), match.group(1))


def _find_ibans(text):
    for match in _IBAN_CANDIDATE.finditer(text):
        if iban_number.is_valid(match.group(0)):
            yield Finding(IBAN, match.start(), match.end(), match.group(0))


def _find_phones(text):
    for match in phonenumbers.PhoneNumberMatcher(text, "NL", max_tries=PHONE_TRIES):
        if phonenumbers.is_valid_number(match.number):
            yield Finding(PHONE, match.start, match.end, match.raw_string)


def _find_postcodes(text):
    for match in _POSTCODE_CANDIDATE.finditer(text):
        code = f"{match.group(1)}{match.group(2)}"
        if postcode_number.is_valid(code):
            yield Finding(POSTCODE, match.start(), match.end(), match.group(0))


def _find_plates(text):
    for match in _PLATE_CANDIDATE.finditer(text):
        yield Finding(LICENCE_PLATE, match.start(), match.end(), match.group(0))


def _without_overlaps(findings):
    kept = []
    # Longer findings first at the same start, so an IBAN wins over digits inside it.
    for finding in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and finding.start < kept[-1].end:
            continue
        kept.append(finding)
    return kept
