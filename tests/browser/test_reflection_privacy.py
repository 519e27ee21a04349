"""Reflectiejournaal's privacy warning in a real browser: autosave, the Dutch warning, announcement, reload.

Uses the single reflection (``weerbaar_reflection.0``) as a learner of its own, so the other reflection
tests' drafts do not matter.
"""
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SINGLE = "weerbaar_reflection.0"
LEARNER = "[data-reflection]"
STUDENT = "leerling_privacy"
WARNING = ("Je antwoord lijkt een burgerservicenummer (BSN) te bevatten. "
           "Haal gegevens weg waarmee cliënten te herkennen zijn.")
WITH_BSN = "Ik noteerde het BSN 111222333 van de bewoner in mijn aantekeningen, dat had ik niet moeten doen."
WITHOUT = "Ik noteerde het BSN van de bewoner in mijn aantekeningen, dat had ik niet moeten doen."


def saved(page):
    expect(page.locator("[data-save-status]")).to_have_text(re.compile(r"^Concept opgeslagen om \d\d:\d\d$"))


def test_a_bsn_in_a_draft_is_warned_about_announced_once_and_goes_when_removed(page, open_view, axe_check):
    open_view(page, SINGLE, STUDENT)
    area = page.locator(f"{LEARNER} textarea").first
    warning = page.locator(f"{LEARNER} [data-privacy]").first
    live = page.locator(f"{LEARNER} [data-live]")
    expect(warning).to_be_hidden()

    with page.expect_response(lambda response: "/save_draft" in response.url) as answer:
        area.fill(WITH_BSN)
    assert "111222333" not in answer.value.text()  # the kinds travel back, not the number
    saved(page)
    expect(warning).to_be_visible()
    expect(warning).to_have_text(WARNING)
    expect(area).to_have_accessible_description(re.compile(re.escape(WARNING)))
    expect(live).to_have_text(WARNING)
    axe_check(page, LEARNER)

    # Saving again with the same finding does not announce it again.
    live.evaluate("node => { node.textContent = ''; }")
    with page.expect_response(lambda response: "/save_draft" in response.url):
        area.fill(WITH_BSN + " Volgende keer vraag ik het niet.")
    saved(page)
    page.wait_for_timeout(100)  # longer than the announcement's delay
    expect(live).to_have_text("")
    expect(warning).to_have_text(WARNING)

    # The stored draft brings the warning back with the page; submitting is not blocked by it.
    page.reload(wait_until="networkidle")
    expect(warning).to_be_visible()
    expect(warning).to_have_text(WARNING)
    expect(page.get_by_role("button", name="Indienen", exact=True)).to_be_enabled()

    # Once the number is gone, the next save takes the warning away.
    with page.expect_response(lambda response: "/save_draft" in response.url):
        area.fill(WITHOUT)
    saved(page)
    expect(warning).to_be_hidden()
    expect(warning).to_have_text("")
    expect(area).not_to_have_accessible_description(re.compile("burgerservicenummer"))
    axe_check(page, LEARNER)
