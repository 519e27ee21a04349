"""Translation completeness: every msgid has a Dutch msgstr, compiled catalogs are current, nothing is missing.

Catalogs: ``translations/nl/LC_MESSAGES/text.po`` (Python and templates, domain ``text`` as the
LMS loads it), ``textjs.po`` (JavaScript, compiled to ``static/js/translations/nl/text.js``) and
the demo site's ``weerbaarxblock/demo/locale/nl/LC_MESSAGES/django.po``. To fix a failure here,
translate with ``.ci/translate VENV file.json`` (see README).
"""
import gettext
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "weerbaarxblock"
LANGUAGE = "nl"
CATALOGS = {
    "text": ROOT / "translations" / LANGUAGE / "LC_MESSAGES" / "text.po",
    "textjs": ROOT / "translations" / LANGUAGE / "LC_MESSAGES" / "textjs.po",
    "demo": PACKAGE / "demo" / "locale" / LANGUAGE / "LC_MESSAGES" / "django.po",
}
JS_CATALOG = ROOT / "static" / "js" / "translations" / LANGUAGE / "text.js"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\([A-Za-z_][A-Za-z0-9_]*\)[sdifr]")


def load(name):
    return polib.pofile(str(CATALOGS[name]))


def translations_of(entry):
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def listing(items):
    return "\n".join(f"  - {item!r}" for item in items)


# ---- the .po files ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", CATALOGS)
def test_every_msgid_has_a_dutch_translation(name):
    missing = [entry.msgid for entry in load(name) if not all(text.strip() for text in translations_of(entry))]
    assert not missing, f"{CATALOGS[name].relative_to(ROOT)}: {len(missing)} msgids without Dutch:\n{listing(missing)}"


@pytest.mark.parametrize("name", CATALOGS)
def test_no_entry_is_fuzzy(name):
    fuzzy = [entry.msgid for entry in load(name) if "fuzzy" in entry.flags]
    assert not fuzzy, f"{CATALOGS[name].relative_to(ROOT)}: fuzzy entries (msgmerge's guesses):\n{listing(fuzzy)}"


@pytest.mark.parametrize("name", CATALOGS)
def test_placeholders_are_the_same_in_msgid_and_msgstr(name):
    wrong = []
    for entry in load(name):
        expected = placeholders(entry.msgid + " " + entry.msgid_plural)
        wrong.extend(
            (entry.msgid, text)
            for text in translations_of(entry)
            if text and placeholders(text) != expected
        )
    assert not wrong, f"{CATALOGS[name].relative_to(ROOT)}: placeholders differ:\n{listing(wrong)}"


# ---- compiled catalogs ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", CATALOGS)
def test_the_mo_file_is_compiled_from_the_current_po(name):
    from_po = gettext.GNUTranslations(io.BytesIO(load(name).to_binary()))
    with open(CATALOGS[name].with_suffix(".mo"), "rb") as mo_file:
        from_mo = gettext.GNUTranslations(mo_file)
    # The "" key is the header, which carries dates; the messages and plural rule are what must agree.
    po_messages = {key: value for key, value in from_po._catalog.items() if key != ""}  # noqa: SLF001
    mo_messages = {key: value for key, value in from_mo._catalog.items() if key != ""}  # noqa: SLF001
    stale = sorted({str(key) for key in po_messages.keys() ^ mo_messages.keys()} | {
        str(key) for key in po_messages.keys() & mo_messages.keys() if po_messages[key] != mo_messages[key]
    })
    compiled = CATALOGS[name].with_suffix(".mo").name
    assert not stale, f"{compiled} is out of date; run `make translations`:\n{listing(stale)}"
    assert [from_mo.plural(n) for n in range(4)] == [from_po.plural(n) for n in range(4)]


def test_the_js_catalog_has_every_js_translation():
    source = JS_CATALOG.read_text(encoding="utf-8")
    match = re.search(r"const newcatalog = (\{.*?\});", source, re.DOTALL)
    catalog = json.loads(match.group(1)) if match else {}
    wrong = []
    for entry in load("textjs"):
        expected = [*entry.msgstr_plural.values()] if entry.msgid_plural else entry.msgstr
        if catalog.get(entry.msgid) != expected:
            wrong.append(entry.msgid)
    assert not wrong, f"{JS_CATALOG.relative_to(ROOT)} lacks or differs for; run `make translations`:\n{listing(wrong)}"


# ---- the source against the catalogs ----------------------------------------------------------------------------
def _makemessages(settings_dir, settings_module, cwd, *options):
    env = dict(os.environ, DJANGO_SETTINGS_MODULE=settings_module, PYTHONPATH=f"{settings_dir}{os.pathsep}{ROOT}")
    result = subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", LANGUAGE, "--no-obsolete", "--no-location", "-v0",
         *options],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, f"makemessages {' '.join(options)} failed:\n{result.stderr}"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The msgids in the source now, extracted as .ci/translations does, into a copy of the package."""
    scratch = tmp_path_factory.mktemp("extract")
    copy = scratch / "weerbaarxblock"
    # symlinks=False copies what the package's static/, templates/ and translations/ links point to.
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.po", "*.mo"))
    settings_dir = scratch / "settings"
    settings_dir.mkdir()
    locale = scratch / "locale"
    (settings_dir / "extract_settings.py").write_text(
        f"from weerbaarxblock.demo.settings import *  # noqa\nLOCALE_PATHS = [{str(locale)!r}]\n", encoding="utf-8"
    )
    (settings_dir / "demo_settings.py").write_text(
        "from weerbaarxblock.demo.settings import *  # noqa\nLOCALE_PATHS = []\n", encoding="utf-8"
    )
    ignore = ["--ignore", "demo/*", "--ignore", "translations/*"]
    _makemessages(settings_dir, "extract_settings", copy, "-d", "django", *ignore, "--ignore", "static/*")
    _makemessages(settings_dir, "extract_settings", copy, "-d", "djangojs", *ignore,
                  "--ignore", "static/js/translations/*")
    _makemessages(settings_dir, "demo_settings", copy / "demo", "-d", "django")
    found = {
        "text": locale / LANGUAGE / "LC_MESSAGES" / "django.po",
        "textjs": locale / LANGUAGE / "LC_MESSAGES" / "djangojs.po",
        "demo": copy / "demo" / "locale" / LANGUAGE / "LC_MESSAGES" / "django.po",
    }
    return {name: {entry.msgid for entry in polib.pofile(str(path))} if path.exists() else set()
            for name, path in found.items()}


@pytest.mark.parametrize("name", CATALOGS)
def test_the_catalog_has_every_msgid_used_in_the_source(extracted, name):
    missing = sorted(extracted[name] - {entry.msgid for entry in load(name)})
    assert not missing, (
        f"{CATALOGS[name].relative_to(ROOT)} lacks {len(missing)} msgids used in the source; "
        f"translate them with `.ci/translate VENV file.json`:\n{listing(missing)}"
    )


def test_the_extraction_finds_the_base_messages(extracted):
    """Guards the extraction itself: gettext_noop msgids, templates and JS strings are all seen."""
    assert "The request must be a JSON object." in extracted["text"]
    assert "Saved." in extracted["textjs"]
    assert extracted["demo"]


def test_js_passes_only_literal_text_to_gettext():
    """``gettext(message)`` with a variable hides the msgid from extraction: the text then shows in English."""
    call = re.compile(r"\b(n?gettext)\(\s*(?![\"'\s]|$)")
    offenders = []
    for path in sorted((ROOT / "static" / "js").rglob("*.js")):
        if "translations" in path.parts or path.name == "text.js":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if call.search(line) and not re.search(r"function n?gettext\(", line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
