"""Finds Dutch personal identifiers in free text: the privacy guard every activity's free-text field uses.

Reflections, case justifications and network labels are about real work; a BSN, an IBAN or the address of a
client does not belong in them (AVG; BSN use is restricted by the Wabb). The author chooses per block whether a
finding warns or refuses (``WARN``, ``REFUSE``); the same scan runs in the browser's highlighting (through the
blocks' ``privacy_scan`` handler) and on every save, so the two cannot disagree.

Validation is left to well-kept libraries (python-stdnum for the BSN elfproef, IBAN mod-97 and postcodes;
phonenumbers for phone numbers in running text); this module only supplies the candidate patterns around them and
reports spans. A ``Finding`` holds a kind and a span, never the text found: what is logged or sent names the kind.
"""
import base64
import datetime
import functools
import hashlib
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
EMAIL = "email"
POSTCODE = "postcode"  # a postcode, with or without a house number
ADDRESS = "address"  # a street with a house number
LICENCE_PLATE = "licence_plate"
BIRTH_DATE = "birth_date"
NAME = "name"  # "mevrouw Jansen" next to an address

# The order in which warnings and refusals name what was found: the most sensitive first.
KINDS = (BSN, IBAN, BIRTH_DATE, NAME, ADDRESS, POSTCODE, PHONE, EMAIL, LICENCE_PLATE)

WARN = "warn"
REFUSE = "refuse"
MODES = (WARN, REFUSE)


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int


# Nine digits, optionally grouped as 123.456.789 or 123 456 789, not inside a longer number.
_BSN_CANDIDATE = re.compile(r"(?<![\d.])(\d{3}[ .]?\d{3}[ .]?\d{3})(?![\d.]?\d)")
# NL + 2 check digits + 4-letter bank code + 10 digits, with optional spaces per group of four.
_IBAN_CANDIDATE = re.compile(r"\bNL\s?\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b", re.IGNORECASE)
# 1234 AB, optionally followed by a house number (the combination identifies an address).
_POSTCODE_CANDIDATE = re.compile(r"\b([1-9]\d{3})\s?([A-Z]{2})\b(?:\s*(\d{1,5}(?:\s?[a-zA-Z]\b)?))?")
# A street name ending in a common Dutch street word, then a house number: "Kerkstraat 12", "Dorpsweg 3a".
_STREET_WORDS = "straat|weg|laan|plein|gracht|kade|dijk|singel|hof|pad|steeg|dreef|markt|park|plantsoen|baan|erf"
_ADDRESS_CANDIDATE = re.compile(rf"\b[A-Z][a-zà-ÿ'-]*(?:{_STREET_WORDS})\s+\d{{1,5}}(?:\s?[a-zA-Z]\b)?")
_EMAIL_CANDIDATE = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b"
)
# RDW sidecodes with dashes, e.g. XX-99-99, 99-XX-99, 99-XXX-9, X-999-XX, XX-999-X, 9-XXX-99.
_PLATE_PATTERNS = [
    r"[A-Z]{2}-\d{2}-\d{2}", r"\d{2}-\d{2}-[A-Z]{2}", r"\d{2}-[A-Z]{2}-\d{2}", r"[A-Z]{2}-\d{2}-[A-Z]{2}",
    r"[A-Z]{2}-[A-Z]{2}-\d{2}", r"\d{2}-[A-Z]{2}-[A-Z]{2}", r"\d{2}-[A-Z]{3}-\d", r"\d-[A-Z]{3}-\d{2}",
    r"[A-Z]{2}-\d{3}-[A-Z]", r"[A-Z]-\d{3}-[A-Z]{2}", r"[A-Z]{3}-\d{2}-[A-Z]", r"[A-Z]-\d{2}-[A-Z]{3}",
    r"\d-[A-Z]{2}-\d{3}", r"\d{3}-[A-Z]{2}-\d",
]
_PLATE_CANDIDATE = re.compile(r"\b(?:" + "|".join(_PLATE_PATTERNS) + r")\b")
# A date (14-02-1985, 14/2/1985, 14.02.1985, 14 februari 1985) counts as a date of birth after a cue such as
# "geboren", "geb.", "geboortedatum" or "born" a few words before it; other dates (a meeting) are left alone.
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")
_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTHS, 1)}
_MONTH_NUMBERS.update({name[:3]: number for name, number in list(_MONTH_NUMBERS.items())})
_DATE = re.compile(
    r"\b(\d{1,2})(?:([-/.])(\d{1,2})\2|\s+(" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
    + r")\.?\s+)(\d{4})\b", re.IGNORECASE,
)
_BIRTH_CUE = re.compile(r"\b(?:geboren|geb\.|geboortedatum|geboortedag|born|date of birth|dob)\b[^.\n]{0,30}$",
                        re.IGNORECASE)
_NAME = re.compile(r"\b(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|de heer)\s+((?:(?:van|de|der|den|ter|ten)\s+)*"
                   r"[A-Z][a-zà-ÿ'-]+(?:-[A-Z][a-zà-ÿ'-]+)?)", re.IGNORECASE)
NAME_NEAR_ADDRESS = 80  # characters between a name and an address for the two to count as one person's

# The scan runs on every save and while typing: its cost must not grow with what a learner pastes. Text beyond
# ``MAX_SCAN_CHARS`` is not scanned (the blocks' own limits are lower); a warning needs one finding per kind, so
# each finder stops after a few; the phone matcher also stops after a bounded number of tries. Results are cached.
MAX_SCAN_CHARS = 20000
FINDINGS_PER_KIND = 25
PHONE_TRIES = 200


def find_identifiers(text):
    """Identifiers found in ``text`` (at most ``FINDINGS_PER_KIND`` of each kind), by position, without overlaps."""
    return list(_scan(text[:MAX_SCAN_CHARS]))


def kinds_found(text):
    """The distinct kinds of identifier in ``text``, most sensitive first (what a warning names)."""
    return sorted({finding.kind for finding in find_identifiers(text)}, key=KINDS.index)


def first_kind(texts):
    """``(field, kind)`` of the most sensitive identifier in the first text that holds one, or None.

    ``texts``: ``[(field, text)]`` in the order the form shows them; what a refusal names.
    """
    for field, text in texts:
        kinds = kinds_found(text or "")
        if kinds:
            return field, kinds[0]
    return None


def mode_or_default(value):
    return value if value in MODES else WARN


@functools.lru_cache(maxsize=512)
def _scan(text):
    if "@" not in text and not any(character.isdigit() for character in text):
        return ()  # every kind holds a digit (a name counts only beside an address), or is an e-mail address
    findings = []
    for finder in (_find_ibans, _find_emails, _find_birth_dates, _find_phones, _find_bsns, _find_postcodes,
                   _find_addresses, _find_plates):
        findings += islice(finder(text), FINDINGS_PER_KIND)
    kept = _without_overlaps(findings)
    kept += islice(_find_names(text, kept), FINDINGS_PER_KIND)
    return tuple(sorted(kept, key=lambda finding: finding.start))


def _find_bsns(text):
    for match in _BSN_CANDIDATE.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if bsn_number.is_valid(digits):
            yield Finding(BSN, match.start(1), match.end(1))


def _find_ibans(text):
    for match in _IBAN_CANDIDATE.finditer(text):
        if iban_number.is_valid(match.group(0)):
            yield Finding(IBAN, match.start(), match.end())


def _find_emails(text):
    for match in _EMAIL_CANDIDATE.finditer(text):
        yield Finding(EMAIL, match.start(), match.end())


def _find_phones(text):
    for match in phonenumbers.PhoneNumberMatcher(text, "NL", max_tries=PHONE_TRIES):
        if phonenumbers.is_valid_number(match.number):
            yield Finding(PHONE, match.start, match.end)


def _find_postcodes(text):
    for match in _POSTCODE_CANDIDATE.finditer(text):
        if postcode_number.is_valid(f"{match.group(1)}{match.group(2)}"):
            yield Finding(POSTCODE, match.start(), match.end())


def _find_addresses(text):
    for match in _ADDRESS_CANDIDATE.finditer(text):
        yield Finding(ADDRESS, match.start(), match.end())


def _find_plates(text):
    for match in _PLATE_CANDIDATE.finditer(text):
        yield Finding(LICENCE_PLATE, match.start(), match.end())


def _find_birth_dates(text):
    for match in _DATE.finditer(text):
        if _is_real_date(match) and _BIRTH_CUE.search(text, max(0, match.start() - 40), match.start()):
            yield Finding(BIRTH_DATE, match.start(), match.end())


def _is_real_date(match):
    day, month, year = int(match.group(1)), match.group(3), int(match.group(5))
    number = int(month) if month else _MONTH_NUMBERS[match.group(4).lower()]
    try:
        born = datetime.date(year, number, day)
    except ValueError:
        return False
    return 1900 <= born.year <= datetime.date.today().year


def _find_names(text, found):
    """A courtesy title and a surname, when an address or postcode is found within ``NAME_NEAR_ADDRESS``."""
    places = [finding for finding in found if finding.kind in (ADDRESS, POSTCODE)]
    if not places:
        return
    for match in _NAME.finditer(text):
        start, end = match.span(1)
        if any(place.start - NAME_NEAR_ADDRESS <= end and start <= place.end + NAME_NEAR_ADDRESS
               for place in places) and not any(item.start < end and start < item.end for item in found):
            yield Finding(NAME, start, end)


def _without_overlaps(findings):
    kept = []
    # Longer findings first at the same start, so an IBAN wins over digits inside it.
    for finding in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and finding.start < kept[-1].end:
            continue
        kept.append(finding)
    return kept


PSEUDONYM_LENGTH = 6


def pseudonym(learner_id, salt):
    """A stable code such as ``K7QF2M`` for ``learner_id`` within the activity identified by ``salt``.

    A keyed hash of the (anonymous) learner id: stable across pages, sorts and exports of one activity, different
    between activities, and not a name. It hides names from an instructor who reviews without bias; it is not
    meant to withstand someone who can compute the hash for every learner id.
    """
    digest = hashlib.blake2b(str(learner_id).encode("utf-8"), key=str(salt).encode("utf-8")[:64], digest_size=10)
    return base64.b32encode(digest.digest()).decode("ascii")[:PSEUDONYM_LENGTH]
