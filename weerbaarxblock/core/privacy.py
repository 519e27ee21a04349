"""The privacy guard in words: what each kind of identifier is called, its placeholder, and the findings a
free-text field shows while the learner types (``WeerbaarBlock.privacy_scan``).

The rules (``core/rules/privacy.py``) give kinds and spans; this module adds the translated names. What it returns
holds spans and words, never the text that was found.
"""
from weerbaarxblock.core.messages import gettext_noop
from weerbaarxblock.core.rules import privacy
from weerbaarxblock.core.rules.problems import Problem, ProblemCollector
from weerbaarxblock.core.rules.shapes import get_bool, get_choice, get_int, get_text, require_object

KIND_NAMES = {
    privacy.BSN: gettext_noop("a citizen service number (BSN)"),
    privacy.IBAN: gettext_noop("a bank account number (IBAN)"),
    privacy.PHONE: gettext_noop("a phone number"),
    privacy.EMAIL: gettext_noop("an e-mail address"),
    privacy.POSTCODE: gettext_noop("a postcode"),
    privacy.ADDRESS: gettext_noop("an address"),
    privacy.LICENCE_PLATE: gettext_noop("a licence plate"),
    privacy.BIRTH_DATE: gettext_noop("a date of birth"),
    privacy.NAME: gettext_noop("a name beside an address"),
}
# What a finding is replaced by in one click; kept short, in the learner's language.
PLACEHOLDERS = {
    privacy.BSN: gettext_noop("[BSN]"),
    privacy.IBAN: gettext_noop("[IBAN]"),
    privacy.PHONE: gettext_noop("[phone number]"),
    privacy.EMAIL: gettext_noop("[e-mail]"),
    privacy.POSTCODE: gettext_noop("[address]"),
    privacy.ADDRESS: gettext_noop("[address]"),
    privacy.LICENCE_PLATE: gettext_noop("[licence plate]"),
    privacy.BIRTH_DATE: gettext_noop("[date of birth]"),
    privacy.NAME: gettext_noop("[name]"),
}
EXPLANATION = gettext_noop("This looks like {kind}. Details that identify a client do not belong here.")
REPLACE = gettext_noop("Replace with {placeholder}")

MAX_SCAN_FIELDS = 40
MAX_RETENTION_DAYS = 36500  # the fields one scan request may hold (a network map's labels are scanned as they change)


def findings_for(text, gettext):
    """The findings of one text as the browser lists them: span, kind, explanation and the replace button."""
    found = []
    for finding in privacy.find_identifiers(text):
        kind_name = gettext(KIND_NAMES[finding.kind])
        placeholder = gettext(PLACEHOLDERS[finding.kind])
        found.append({
            "kind": finding.kind, "start": finding.start, "end": finding.end, "placeholder": placeholder,
            "explanation": gettext(EXPLANATION).format(kind=kind_name),
            "replace": gettext(REPLACE).format(placeholder=placeholder),
        })
    return found


def scan_request(data, gettext):
    """``{"texts": {key: text}}`` → ``{"findings": {key: [...]}}``: the browser sends only texts that changed."""
    texts = require_object(data.get("texts"), "texts")
    if len(texts) > MAX_SCAN_FIELDS:
        raise Problem("too_many_items", "texts", limit=MAX_SCAN_FIELDS)
    findings = {}
    for key in texts:
        findings[str(key)[:200]] = findings_for(get_text(texts, key, max_chars=privacy.MAX_SCAN_CHARS), gettext)
    return {"findings": findings}


def refusal(texts, mode, gettext):
    """The ``Problem`` to raise when ``mode`` refuses and a text holds an identifier, else None.

    ``texts``: ``(field, label, text)`` items, read only when ``mode`` refuses. The problem names the field and
    the kind, never what was found.
    """
    if privacy.mode_or_default(mode) != privacy.REFUSE:
        return None
    texts = list(texts)
    labels = {field: label for field, label, _text in texts}
    found = privacy.first_kind([(field, text) for field, _label, text in texts])
    if found is None:
        return None
    field, kind = found
    return Problem("privacy_refused", field, label=labels[field] or field, kind=gettext(KIND_NAMES[kind]))


def parse_settings(data):
    """The editor's privacy settings, ``{"privacy_mode", "show_pseudonyms", "retention_days"}``; None if absent.

    ``retention_days``: a number of days (1 or more), or null/empty for "keep".
    """
    if data is None:
        return None
    data = require_object(data, "privacy")
    found = ProblemCollector()
    mode = found.check(get_choice, data, "privacy_mode", privacy.MODES, required=False, default=privacy.WARN)
    pseudonyms = found.check(get_bool, data, "show_pseudonyms", required=False, default=False)
    days = data.get("retention_days")
    if days in (None, ""):
        days = None
    else:
        days = found.check(get_int, data, "retention_days", minimum=1, maximum=MAX_RETENTION_DAYS)
    found.raise_any()
    return {"privacy_mode": mode, "show_pseudonyms": pseudonyms, "retention_days": days}
