"""Reflectiejournaal, issue 11 (craft): what the learner, the instructor and the author see after each action.

Each test acts as its own demo learner, so that it does not depend on the other browser tests. Behaviour is
checked first; the Dutch of the texts this issue added is checked at the end of each test.
"""
import json

import pytest
from playwright.sync_api import expect

from .test_reflection import fill_all, saved

pytestmark = pytest.mark.browser

SINGLE = "weerbaar_reflection.0"
JOURNAL = "weerbaar_reflection.1"
LEARNER = "[data-reflection]"
STAFF = "[data-staff]"
EDITOR = "[data-studio]"
SENTENCE = "Ik luister geduldig naar bewoners en ik benoem wat ik zie, ook als dat schuurt. "
RUBRIC = ("Kwaliteiten en valkuilen benoemd, met een voorbeeld (2 punten)", "Een concrete, haalbare stap (2 punten)",
          "Genoemd (1 punt)")


def submit_an_entry(page, open_view, student):
    open_view(page, JOURNAL, student)
    fill_all(page, SENTENCE * 3)
    saved(page)
    page.get_by_role("button", name="Indienen", exact=True).click()
    expect(page.locator("[data-submitted]")).to_contain_text("Ingediend op")


def test_after_submitting_the_draft_status_is_gone(page, open_view):
    submit_an_entry(page, open_view, "leerling_craft_status")
    expect(page.locator("[data-save-status]")).to_have_text("")
    page.reload(wait_until="networkidle")
    expect(page.locator("[data-save-status]")).to_have_text("")


def test_the_instructor_sees_the_review_tools_first_and_a_saved_review_closes(page, open_view, axe_check):
    student = "leerling_craft_review"
    submit_an_entry(page, open_view, student)
    open_view(page, JOURNAL, "docent")
    # The review tools come before the instructor's own learner form.
    staff_first = page.evaluate("""() => {
        const staff = document.querySelector('[data-staff]'), learner = document.querySelector('[data-reflection]');
        return Boolean(staff.compareDocumentPosition(learner) & Node.DOCUMENT_POSITION_FOLLOWING);
    }""")
    assert staff_first
    assert page.locator(STAFF).bounding_box()["y"] < page.locator(LEARNER).bounding_box()["y"]

    page.get_by_label("Zoeken op naam").fill(student)
    page.get_by_role("button", name="Tonen").click()
    expect(page.locator(f"{STAFF} tbody tr")).to_have_count(1)
    page.get_by_role("button", name=student).click()
    detail = page.locator("[data-detail]")
    detail.get_by_label("Feedback voor de deelnemer").fill("Helder beschreven. Probeer een voorbeeld te geven.")
    for level in RUBRIC:
        detail.get_by_label(level).check()
    with page.expect_response(lambda response: "/save_review" in response.url) as answer:
        detail.get_by_role("button", name="Beoordeling opslaan").click()
    assert answer.value.status == 200

    # Saved: a visible confirmation, the form closed, the review listed.
    confirmation = detail.locator("[data-review-saved]")
    expect(confirmation).to_be_visible()
    expect(confirmation).to_have_text("Beoordeling opgeslagen. De deelnemer kan haar nu lezen.")
    expect(confirmation).to_be_focused()
    expect(detail.locator("form")).to_have_count(0)
    expect(detail.locator(".wr-review")).to_contain_text("Helder beschreven.")
    axe_check(page, STAFF)

    # Changing the review opens the form again, filled in with the review.
    change = detail.locator(".wr-review-area > button")
    change.click()
    expect(detail.locator("form textarea")).to_have_value("Helder beschreven. Probeer een voorbeeld te geven.")
    expect(detail.locator("form textarea")).to_be_focused()
    expect(detail.locator("[data-review-saved]")).to_have_count(0)
    axe_check(page, STAFF)
    expect(change).to_have_count(0)
    detail.locator("form").get_by_role("button", name="Beoordeling opslaan").click()
    expect(detail.locator("[data-review-saved]")).to_be_visible()
    expect(detail.get_by_role("button", name="Beoordeling wijzigen")).to_be_visible()  # waits for the catalog


def test_the_editor_says_visibly_that_it_saved(page, open_view, axe_check):
    open_view(page, SINGLE, "docent", "studio_view")
    status = page.locator(f"{EDITOR} [data-studio-status]")
    with page.expect_response(lambda response: "/studio_submit" in response.url) as answer:
        page.get_by_role("button", name="Opslaan", exact=True).click()
    assert answer.value.status == 200
    expect(status).to_be_visible()
    expect(status).to_have_text("Opgeslagen.")
    axe_check(page, EDITOR)
    title = page.get_by_label("Weergavenaam", exact=True)
    title.fill(title.input_value())  # a change since the save: "Opgeslagen." is no longer true
    expect(status).to_have_text("")


@pytest.mark.parametrize("scenario_id", ["weerbaar_scenario.0", "weerbaar_network.0"])
def test_the_other_editors_say_it_too(page, open_view, scenario_id):
    open_view(page, scenario_id, "docent", "studio_view")
    with page.expect_response(lambda response: "/studio_submit" in response.url) as answer:
        page.get_by_role("button", name="Opslaan", exact=True).click()
    assert answer.value.status == 200
    expect(page.locator("[data-studio-status]")).to_have_text("Opgeslagen.")


def test_conflicts_stand_beside_the_edited_answer_and_a_stale_submit_is_not_submitted(page, open_view, axe_check):
    student = "leerling_craft_tabs"
    open_view(page, SINGLE, student)
    other = open_view(page.context.new_page(), SINGLE, student)
    page.locator(f"{LEARNER} textarea").first.fill("Tekst uit het eerste tabblad")
    saved(page)

    # A stale autosave: the choice stands right below the answer being typed (the second one).
    other.locator(f"{LEARNER} textarea").nth(1).fill("Tekst in de tweede vraag")
    conflict = other.locator("[data-conflict]")
    expect(conflict).to_be_visible()
    expect(other.locator("[data-prompt]").nth(1).locator("xpath=following-sibling::*[1]")).to_have_attribute(
        "data-conflict", "")
    expect(conflict).to_contain_text("niet opgeslagen")
    axe_check(other, LEARNER)
    other.get_by_role("button", name="Tekst op deze pagina houden").click()
    expect(conflict).to_be_hidden()
    saved(other)

    # A stale submit: refused, and the box stands above the submit button.
    fill_all(page, SENTENCE * 4)
    with page.expect_response(lambda response: "/submit" in response.url) as answer:
        page.get_by_role("button", name="Indienen", exact=True).click()
    assert answer.value.status == 409
    conflict = page.locator("[data-conflict]")
    expect(conflict).to_be_visible()
    expect(page.locator("[data-conflict] + [data-form-error] + .wr-actions [data-submit]")).to_have_count(1)
    expect(page.locator("[data-submitted]")).to_be_hidden()
    axe_check(page, LEARNER)
    # The Dutch of the new texts (waits for the catalog):
    expect(conflict).to_contain_text("niet ingediend")
    expect(conflict).not_to_contain_text("niet opgeslagen")
    expect(page.locator("[data-save-status]")).to_have_text("Niet ingediend.")


def test_the_offer_to_restore_older_text_can_be_dismissed(page, open_view, axe_check):
    student = "leerling_craft_restore"
    open_view(page, SINGLE, student)
    first = page.locator(f"{LEARNER} textarea").first
    first.fill("De opgeslagen tekst.")
    saved(page)
    # An older unsaved copy in this browser, as a tab closed before its save leaves behind.
    state = json.loads(page.locator(f"{LEARNER} [data-state]").text_content())
    page.evaluate("""([key, entry, version]) => localStorage.setItem(key, JSON.stringify({dirty: true,
        snapshot: {entry: entry, version: version, answers: {kwaliteiten: 'Een oudere tekst.'}}}))""",
                  [state["storage_key"], state["entry"], state["version"]])  # the page's version: now older
    page.reload(wait_until="networkidle")
    offer = page.locator("[data-restore]")
    expect(offer).to_be_visible()
    # The offer comes before the answers, where one starts reading.
    assert offer.bounding_box()["y"] < first.bounding_box()["y"]
    axe_check(page, LEARNER)
    page.locator("[data-dismiss-local]").click()
    expect(offer).to_be_hidden()
    expect(first).to_have_value("De opgeslagen tekst.")
    expect(first).to_be_focused()
    page.reload(wait_until="networkidle")
    expect(offer).to_be_hidden()  # let go for good
    expect(page.locator("[data-dismiss-local]")).to_have_text("Opgeslagen concept houden")  # waits for the catalog


def test_the_search_box_looks_like_the_selects_beside_it(page, open_view):
    open_view(page, JOURNAL, "docent")
    looks = page.evaluate("""() => {
        const filters = document.querySelector('[data-filters]');
        return ['input[type=search]', 'select'].map((selector) => {
            const field = filters.querySelector(selector), style = getComputedStyle(field);
            return {border: style.borderTopWidth + ' ' + style.borderTopStyle + ' ' + style.borderTopColor,
                    radius: style.borderTopLeftRadius, padding: style.paddingTop + ' ' + style.paddingLeft,
                    font: style.fontSize + ' ' + style.fontFamily, height: field.getBoundingClientRect().height};
        });
    }""")
    search, select = looks
    assert abs(search.pop("height") - select.pop("height")) <= 3
    assert search == select
