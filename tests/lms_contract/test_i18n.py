"""Translations: the platform's i18n service, the package's own catalog when a runtime has none, and JS."""
from pathlib import Path

import pytest
from django.utils import translation

from weerbaarxblock.core.rules.problems import Problem

from .conftest import BLOCK_TYPES

NOT_AN_OBJECT = "Het verzoek moet een JSON-object zijn."
JS_CATALOG = Path(__file__).resolve().parents[2] / "static" / "js" / "translations" / "nl" / "text.js"
COMPILED_CATALOG_URL = "/static/js/xblock.v1-i18n/weerbaarxblock/nl.js"


@pytest.mark.parametrize("mode", ["missing", "null"])
def test_without_an_i18n_service_the_package_catalog_translates(lms, probe, mode):
    block = lms.lms_block(probe, lms.learner, i18n=mode)
    assert block.gettext("The request must be a JSON object.") == NOT_AN_OBJECT
    assert block.ngettext("Please correct {count} problem.", "Please correct {count} problems.", 2) == (
        "Verbeter {count} problemen."
    )
    with translation.override("en"):
        assert block.gettext("The request must be a JSON object.") == "The request must be a JSON object."


@pytest.mark.parametrize("mode", ["platform", "missing", "null"])
@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_json_errors_are_dutch_with_or_without_an_i18n_service(lms, block_type, mode):
    block = lms.lms_block(lms.add_block(block_type), lms.staff, i18n=mode)
    status, data = lms.call(block, "studio_submit", body=b"[]")
    assert (status, data["error"]) == (400, NOT_AN_OBJECT)


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_the_platform_i18n_service_finds_the_packages_text_catalog(lms, block_type):
    block = lms.lms_block(lms.add_block(block_type), lms.learner)
    assert block.problem_message(Problem("xml_entities")) == (
        "XML met een DOCTYPE die entiteiten declareert, wordt geweigerd."
    )
    assert block.problem_message(Problem("missing_field", field="titel")) == "Het veld 'titel' ontbreekt."


def test_the_js_catalog_is_embedded_unless_the_platform_serves_one(lms, probe):
    catalog = JS_CATALOG.read_text(encoding="utf-8")

    embedded = lms.lms_block(probe, lms.learner).render("student_view", {})
    assert any(resource.data == catalog for resource in embedded.resources)

    lms.js_catalog_url = COMPILED_CATALOG_URL  # after `compile_xblock_translations` in edx-platform
    served = lms.lms_block(probe, lms.learner).render("student_view", {})
    assert any(resource.kind == "url" and resource.data == COMPILED_CATALOG_URL for resource in served.resources)
    assert not any(resource.data == catalog for resource in served.resources)
