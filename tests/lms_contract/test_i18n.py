"""Translations: the platform's i18n service, the package's own catalog when a runtime has none, and JS."""
import struct
from pathlib import Path

import pytest
from django.utils import translation

from tests.assets import loaded
from weerbaarxblock.core.api import LEARNER
from weerbaarxblock.core.rules.problems import Problem

from .conftest import BLOCK_TYPES
from .i18n import PlatformLocale
from .test_roles import handlers_with_role

NOT_AN_OBJECT = "Het verzoek moet een JSON-object zijn."
JS_CATALOG = Path(__file__).resolve().parents[2] / "static" / "js" / "translations" / "nl" / "text.js"
COMPILED_CATALOG_URL = "/static/js/xblock.v1-i18n/weerbaarxblock/nl.js"  # xmodule/modulestore/api.py


@pytest.mark.parametrize("mode", ["missing", "null"])
def test_without_an_i18n_service_the_package_catalog_translates(lms, probe, mode):
    block = lms.lms_block(probe, lms.learner, i18n=mode)
    assert block.gettext("The request must be a JSON object.") == NOT_AN_OBJECT
    assert block.ngettext("Please correct {count} problem.", "Please correct {count} problems.", 2) == (
        "Los eerst {count} problemen op."
    )
    with translation.override("en"):
        assert block.gettext("The request must be a JSON object.") == "The request must be a JSON object."


@pytest.mark.parametrize("mode", ["platform", "missing", "null"])
@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_json_errors_are_dutch_with_or_without_an_i18n_service(lms, block_type, mode):
    block = lms.lms_block(lms.add_block(block_type), lms.learner, i18n=mode)
    status, data = lms.call(block, handlers_with_role(block, {LEARNER})[0], body=b"[]")
    assert (status, data["error"]) == (400, NOT_AN_OBJECT)


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_the_platform_i18n_service_finds_the_packages_text_catalog(lms, block_type):
    block = lms.lms_block(lms.add_block(block_type), lms.learner)
    assert block.problem_message(Problem("xml_entities")) == (
        "XML met een DOCTYPE die entiteiten declareert, wordt geweigerd."
    )
    assert block.problem_message(Problem("missing_field", field="titel")) == "Het veld 'titel' ontbreekt."


def test_the_js_catalog_is_embedded_unless_the_platform_serves_one(lms, tmp_path):
    catalog = JS_CATALOG.read_text(encoding="utf-8")
    usage_key = lms.add_block("weerbaar_network")  # the platform looks in the block's own package

    embedded = lms.lms_block(usage_key, lms.learner).render("student_view", {})
    assert any(item.text == catalog for item in loaded(embedded))  # our own file, by URL (test_assets.py)

    lms.locale = PlatformLocale(statici18n_root=tmp_path / "static")
    served_url = lms.locale.compile_js_catalog("weerbaarxblock", "nl", catalog)  # `compile_xblock_translations`
    served = lms.lms_block(usage_key, lms.learner).render("student_view", {})
    assert served_url == COMPILED_CATALOG_URL
    assert any(resource.kind == "url" and resource.data == COMPILED_CATALOG_URL for resource in served.resources)
    assert not any(item.text == catalog for item in loaded(served))


@pytest.fixture
def atlas_without_dutch(lms, tmp_path):
    """Atlas pulled catalogs for other languages only: the platform's translator is then Django's own."""
    german = tmp_path / "plugins-locale" / "xblock.v1" / "weerbaarxblock" / "de" / "LC_MESSAGES"
    german.mkdir(parents=True)
    lms.locale = PlatformLocale(atlas_root=tmp_path / "plugins-locale" / "xblock.v1")
    return lms


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_without_a_dutch_atlas_catalog_the_package_catalog_still_translates(atlas_without_dutch, block_type):
    lms = atlas_without_dutch
    block = lms.studio_editor_block(lms.add_block(block_type), lms.staff)
    assert block.runtime.service(block, "i18n").translator is translation  # the platform found nothing of ours
    assert block.gettext("The request must be a JSON object.") == NOT_AN_OBJECT
    assert block.ngettext("Please correct {count} problem.", "Please correct {count} problems.", 2) == (
        "Los eerst {count} problemen op."
    )
    status, data = lms.call(block, "studio_submit", body=b"[]")
    assert (status, data["error"]) == (400, NOT_AN_OBJECT)


def test_without_a_dutch_atlas_catalog_templates_are_dutch(atlas_without_dutch):
    lms = atlas_without_dutch
    block = lms.lms_block(lms.add_block("weerbaar_network"), lms.learner)
    dutch = block.gettext("Legend")
    assert dutch != "Legend"  # the package's catalog translates the heading ...
    assert f">{dutch}<" in block.render("student_view", {}).content  # ... in the rendered template too


def test_without_a_dutch_atlas_catalog_the_js_catalog_is_our_own(atlas_without_dutch, tmp_path):
    """A compiled file from atlas catalogs cannot hold our msgids when atlas had no Dutch catalog of ours."""
    lms = atlas_without_dutch
    catalog = JS_CATALOG.read_text(encoding="utf-8")
    lms.locale.statici18n_root = tmp_path / "static"
    lms.locale.compile_js_catalog("weerbaarxblock", "nl", "/* compiled from catalogs without ours */")
    rendered = lms.lms_block(lms.add_block("weerbaar_network"), lms.learner).render("student_view", {})
    assert any(item.text == catalog for item in loaded(rendered))
    assert COMPILED_CATALOG_URL not in [resource.data for resource in rendered.resources]


def test_an_atlas_catalog_takes_precedence_over_the_package_catalog(atlas_without_dutch):
    lms = atlas_without_dutch
    dutch = lms.locale.atlas_root / "weerbaarxblock" / "nl" / "LC_MESSAGES"
    dutch.mkdir(parents=True)
    (dutch / "django.mo").write_bytes(_one_message_catalog("The request must be a JSON object.", "Uit atlas."))
    block = lms.lms_block(lms.add_block("weerbaar_network"), lms.learner)
    assert block.gettext("The request must be a JSON object.") == "Uit atlas."


def _one_message_catalog(msgid, msgstr):
    """A GNU .mo file with one message (and the header that names UTF-8)."""
    header = "Content-Type: text/plain; charset=UTF-8\n"
    messages = sorted({"": header, msgid: msgstr}.items())
    ids = b"".join(key.encode() + b"\0" for key, _ in messages)
    strs = b"".join(value.encode() + b"\0" for _, value in messages)
    count = len(messages)
    start = 7 * 4 + count * 16
    table_ids, table_strs, offset = [], [], start
    for key, _ in messages:
        table_ids += [len(key.encode()), offset]
        offset += len(key.encode()) + 1
    for _, value in messages:
        table_strs += [len(value.encode()), offset]
        offset += len(value.encode()) + 1
    head = struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    return head + struct.pack(f"<{4 * count}I", *table_ids, *table_strs) + ids + strs
