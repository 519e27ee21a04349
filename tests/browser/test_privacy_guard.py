"""The privacy guard in a real browser: in every block's free-text field, a BSN, an IBAN, an e-mail address and a
date of birth are listed below the field while typing, each replaceable by a placeholder in one click; with
"refuse" set in the editor, the server refuses the text and the error does not repeat the number.

Placeholders are matched in either language, so these tests do not wait for the catalog of the new msgids.
"""
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

TEXT = "111222333 NL91ABNA0417164300 lotte@example.nl geboren 14-02-1985"
PLACEHOLDERS = [r"\[BSN\]", r"\[IBAN\]", r"\[e-mail\]", r"\[(date of birth|geboortedatum)\]"]


def check_findings(page, root, field, axe_check):
    field.fill(TEXT)
    findings = page.locator(f"{root} [data-privacy-findings]").first
    expect(findings).to_be_visible()
    expect(findings.locator("li")).to_have_count(4)
    for pattern in PLACEHOLDERS:
        expect(findings.get_by_role("button", name=re.compile(pattern))).to_be_visible()
    expect(field).to_have_accessible_description(re.compile("BSN"))
    axe_check(page, root)
    findings.get_by_role("button", name=re.compile(r"\[BSN\]")).click()
    expect(field).to_have_value(re.compile(r"^\[BSN\] NL91"))
    expect(findings.locator("li")).to_have_count(3)
    expect(field).to_be_focused()


def test_a_reflection_answer(page, open_view, axe_check):
    open_view(page, "weerbaar_reflection.0", "privacy_schild")
    check_findings(page, "[data-reflection]", page.locator("[data-reflection] textarea").first, axe_check)


def test_a_casus_justification(page, open_view, axe_check):
    open_view(page, "weerbaar_scenario.0", "privacy_schild")
    page.get_by_role("button", name="Casus starten").click()
    page.locator("[data-stage] input[type=radio]").first.check()
    check_findings(page, "[data-stage]", page.get_by_label("Waarom zou je dit doen? (niet verplicht)"), axe_check)


def test_a_netwerkkaart_actor_name(page, open_view, axe_check):
    open_view(page, "weerbaar_network.0", "privacy_schild")
    check_findings(page, "[data-network]", page.get_by_label("Naam van je eigen actor"), axe_check)


def set_mode(page, open_view, mode):
    open_view(page, "weerbaar_reflection.0", "docent", "studio_view")
    page.locator("select[name=privacy_mode]").select_option(mode)
    with page.expect_response(lambda response: "/studio_submit" in response.url) as answer:
        page.get_by_role("button", name="Opslaan", exact=True).click()
    assert answer.value.status == 200


def test_with_refuse_the_server_refuses_and_does_not_repeat_the_number(page, open_view):
    set_mode(page, open_view, "refuse")
    try:
        open_view(page, "weerbaar_reflection.0", "privacy_weigeren")
        area = page.locator("[data-reflection] textarea").first
        with page.expect_response(lambda response: "/save_draft" in response.url) as answer:
            area.fill("Het BSN van de bewoner is 111222333, dat noteerde ik.")
        assert answer.value.status == 400
        body = answer.value.json()
        assert body["field"].startswith("answers.") and "BSN" in body["error"] and "111222333" not in body["error"]
        expect(page.locator("[data-reflection]")).to_contain_text("BSN")
    finally:
        set_mode(page, open_view, "warn")
