"""Reflectiejournaal in a real browser: the issue's demo story, autosave and reload, two tabs, the editor.

Units (see weerbaarxblock/demo/content/course.xml): ``weerbaar_reflection.0`` is the single reflection
(30 to 300 words for the first two questions), ``weerbaar_reflection.1`` the journal scored with a rubric.
Each test uses its own unit and learner so that the tests do not depend on each other's order.
"""
import re

import pytest
from playwright.sync_api import expect

from weerbaarxblock.reflection.rules.words import count_words

pytestmark = pytest.mark.browser

SINGLE = "weerbaar_reflection.0"
JOURNAL = "weerbaar_reflection.1"
LEARNER = "[data-reflection]"
STAFF = "[data-staff]"
EDITOR = "[data-studio]"
SENTENCE = "Ik luister geduldig naar bewoners en ik benoem wat ik zie, ook als dat schuurt. "
TRICKY = '<script>alert(1)</script> "><img src=x onerror=alert(1)> 🙂 \u200fשלום\u200f'


def fill_all(page, text):
    areas = page.locator(f"{LEARNER} textarea")
    for index in range(areas.count()):
        areas.nth(index).fill(text)


def saved(page, timeout=5000):
    expect(page.locator("[data-save-status]")).to_have_text(
        re.compile(r"^Concept opgeslagen om \d\d:\d\d$"), timeout=timeout)


def test_the_demo_story_submit_draft_review_feedback(page, open_view, axe_check):
    # Learner A writes and submits an entry in the journal.
    open_view(page, JOURNAL, "leerling_a")
    axe_check(page, LEARNER)
    text = TRICKY + "\n\n" + SENTENCE * 2
    fill_all(page, text)
    expect(page.locator("[data-count]").first).to_have_text(f"{count_words(text)} woorden")
    page.get_by_role("button", name="Indienen", exact=True).click()
    expect(page.locator("[data-submitted]")).to_contain_text("Ingediend op")
    expect(page.locator("[data-submitted]")).to_be_focused()
    expect(page.locator(f"{LEARNER} textarea").first).to_have_attribute("readonly", "")
    expect(page.get_by_role("button", name="Nieuwe bijdrage schrijven")).to_be_visible()
    assert page.locator("img").count() == 0
    axe_check(page, LEARNER)

    # Learner B leaves a draft.
    open_view(page, JOURNAL, "leerling_b")
    page.locator(f"{LEARNER} textarea").first.fill("Ik twijfel nog over wat ik")
    saved(page)

    # The instructor finds both, gives A feedback and a score.
    open_view(page, JOURNAL, "docent")
    rows = page.locator(f"{STAFF} tbody tr")
    expect(rows).to_have_count(2)
    expect(page.locator(f"{STAFF} [data-counts]")).to_contain_text("Concept: 1")
    expect(page.locator(f"{STAFF} [data-counts]")).to_contain_text("Ingediend: 1")
    expect(rows.filter(has_text="Joost Bakker")).to_contain_text("Concept")
    expect(rows.filter(has_text="Samira de Vries")).to_contain_text("Ingediend")
    axe_check(page, STAFF)
    page.get_by_label("Zoeken op naam").fill("joost")
    page.get_by_role("button", name="Tonen").click()
    expect(rows).to_have_count(1)
    page.get_by_label("Zoeken op naam").fill("")
    page.get_by_role("button", name="Tonen").click()
    expect(rows).to_have_count(2)

    page.get_by_role("button", name="Samira de Vries").click()
    detail = page.locator("[data-detail]")
    expect(detail.get_by_role("heading", level=3)).to_be_focused()
    expect(detail).to_contain_text(TRICKY)  # learner text shown as text, exactly
    detail.get_by_label("Feedback voor de deelnemer").fill(
        "Je benoemt je geduld goed.\nLet op je grenzen: streng liefhebben."
    )
    detail.get_by_label("Kwaliteiten en valkuilen benoemd, met een voorbeeld (2 punten)").check()
    detail.get_by_label("Een concrete, haalbare stap (2 punten)").check()
    detail.get_by_role("button", name="Beoordeling opslaan").click()
    expect(detail.locator("[data-error-for='levels.context']")).to_have_text(
        "Kies een niveau voor 'Kennis van de context'."
    )
    detail.get_by_label("Genoemd (1 punt)").press("Space")  # keyboard works too
    with page.expect_response(lambda response: "/save_review" in response.url) as answer:
        detail.get_by_role("button", name="Beoordeling opslaan").click()
    assert answer.value.status == 200
    expect(rows.filter(has_text="Samira de Vries")).to_contain_text("Beoordeeld")
    expect(detail).to_contain_text("Score: 5 van 6")
    axe_check(page, STAFF)

    # Names can be hidden for unbiased reviewing.
    page.get_by_label("Namen verbergen (pseudoniemen)").check()
    expect(rows.first).to_contain_text("Deelnemer ")
    expect(page.locator(STAFF)).not_to_contain_text("Samira")
    page.get_by_label("Namen verbergen (pseudoniemen)").uncheck()
    expect(rows.filter(has_text="Samira de Vries")).to_have_count(1)

    # Learner A is told about the new feedback and sees it with the entry.
    open_view(page, JOURNAL, "leerling_a")
    expect(page.locator("[data-notice]")).to_be_visible()
    feedback = page.locator("[data-feedback]")
    expect(feedback).to_contain_text("Feedback van je docent")
    expect(feedback).to_contain_text("Let op je grenzen: streng liefhebben.")
    expect(feedback).to_contain_text("Score: 5 van 6")
    expect(feedback.locator(".wr-new")).to_have_text("nieuw")
    axe_check(page, LEARNER)
    # Seen once, the notice does not come back.
    open_view(page, JOURNAL, "leerling_a")
    expect(page.locator("[data-notice]")).to_be_hidden()

    # The next journal entry starts empty; the first one moves to the history with its feedback.
    page.get_by_role("button", name="Nieuwe bijdrage schrijven").click()
    expect(page.locator("[data-entry-heading]")).to_have_text("Bijdrage 2")
    expect(page.locator(f"{LEARNER} textarea").first).to_have_value("")
    expect(page.locator(f"{LEARNER} textarea").first).to_be_focused()
    expect(page.locator("[data-history] summary")).to_contain_text("Bijdrage 1")


def test_a_draft_survives_reload_and_a_lost_connection(page, open_view):
    open_view(page, SINGLE, "leerling_a")
    first = page.locator(f"{LEARNER} textarea").first
    first.fill(SENTENCE)
    saved(page)
    page.reload(wait_until="networkidle")
    expect(first).to_have_value(SENTENCE)
    expect(page.locator("[data-save-status]")).to_contain_text("Concept opgeslagen")

    # Offline: the save fails visibly, the text stays in the browser and is sent once the connection is back.
    page.context.set_offline(True)
    first.fill(SENTENCE + "Offline geschreven.")
    expect(page.locator("[data-save-status]")).to_contain_text("Geen verbinding", timeout=8000)
    page.context.set_offline(False)
    saved(page, timeout=20000)  # the retry: five seconds after the failure, or when the browser is back online
    page.reload(wait_until="networkidle")
    expect(first).to_have_value(SENTENCE + "Offline geschreven.")

    # Leaving the page right after typing (before the autosave) loses nothing either.
    first.fill(SENTENCE + "Net voor het verlaten.")
    page.reload(wait_until="networkidle")
    expect(first).to_have_value(SENTENCE + "Net voor het verlaten.")


def test_the_browser_checks_limits_before_submitting(page, open_view):
    open_view(page, SINGLE, "leerling_a")
    requests = []
    page.on("request", lambda request: requests.append(request.url) if "/submit" in request.url else None)
    areas = page.locator(f"{LEARNER} textarea")
    areas.nth(0).fill("Te kort 🙂🙂🙂")
    areas.nth(1).fill("   ")
    page.get_by_role("button", name="Indienen", exact=True).click()
    errors = page.locator(f"{LEARNER} [data-error]")
    expect(errors.nth(0)).to_have_text("Dit antwoord heeft 2 woorden; schrijf er minstens 30.")
    expect(errors.nth(1)).to_have_text("Deze vraag moet je beantwoorden.")
    expect(areas.nth(0)).to_be_focused()
    expect(areas.nth(0)).to_have_attribute("aria-invalid", "true")
    expect(page.locator("[data-form-error]")).to_have_text("Los eerst 2 problemen op.")
    assert requests == []
    areas.nth(0).fill(SENTENCE * 30)
    expect(page.locator("[data-count]").first).to_contain_text("boven het maximum")


def test_the_word_counter_counts_as_the_server_does(page, open_view):
    open_view(page, SINGLE, "leerling_b")
    samples = ["zo'n ex-partner", "3,5 uur 🙂🎉", "\u200fשלום עולם\u200f", "كَتَبَ الطالبُ", "e\u0301e\u0301n", "社会领域",
               "❤️ 👨‍👩‍👧", "a--b_c", "regel\n\nregel"]
    counted = page.evaluate("(samples) => samples.map((s) => WeerbaarReflection.countWords(s))", samples)
    assert counted == [count_words(sample) for sample in samples]


def test_a_second_tab_cannot_silently_overwrite_a_newer_draft(page, open_view):
    open_view(page, SINGLE, "leerling_b")
    other = open_view(page.context.new_page(), SINGLE, "leerling_b")
    page.locator(f"{LEARNER} textarea").first.fill("Tekst uit het eerste tabblad")
    saved(page)
    stale = other.locator(f"{LEARNER} textarea").first
    stale.fill("Tekst uit het tweede tabblad")
    conflict = other.locator("[data-conflict]")
    expect(conflict).to_be_visible()
    expect(conflict).to_contain_text("in een ander tabblad of venster opgeslagen")
    expect(other.locator("[data-save-status]")).to_have_text("Niet opgeslagen.")
    other.get_by_role("button", name="Tekst op deze pagina houden").click()  # an explicit choice, not silent
    saved(other)
    page.reload(wait_until="networkidle")
    expect(page.locator(f"{LEARNER} textarea").first).to_have_value("Tekst uit het tweede tabblad")


def test_the_editor_shows_problems_beside_fields_and_saves_nothing(page, open_view, axe_check):
    open_view(page, JOURNAL, "docent", "studio_view")
    axe_check(page, EDITOR)
    question = page.get_by_role("group", name="Vraag 1")
    minimum = question.get_by_label("Minimum aantal woorden (niet verplicht)")
    maximum = question.get_by_label("Maximum aantal woorden (niet verplicht)")
    maximum.fill("5")
    page.get_by_role("button", name="Vraag toevoegen").click()
    page.get_by_role("group", name="Criterium 1").get_by_role("button", name="Dit niveau verwijderen").first.click()
    page.get_by_role("group", name="Criterium 1").get_by_role("button", name="Dit niveau verwijderen").first.click()
    with page.expect_response(lambda response: "/studio_submit" in response.url) as answer:
        page.get_by_role("button", name="Opslaan", exact=True).click()
    assert answer.value.status == 400
    expect(question.locator("[data-path='prompts.0.max_words']")).to_have_text(
        "Het maximum (5 woorden) is lager dan het minimum (20 woorden).")
    expect(maximum).to_have_attribute("aria-invalid", "true")
    expect(maximum).to_be_focused()
    expect(page.get_by_role("group", name="Vraag 4").locator("[data-path='prompts.3.question']")).to_have_text(
        "Vul de vraag in.")
    expect(page.locator("[data-path='rubric.0.levels']")).to_have_text("Geef dit criterium minstens twee niveaus.")
    expect(page.locator("[data-general-error]")).to_have_text("Los eerst 3 problemen op.")
    axe_check(page, EDITOR)
    page.reload(wait_until="networkidle")
    expect(minimum).to_have_value("20")
    expect(maximum).to_have_value("400")
    expect(page.get_by_role("group", name="Vraag 4")).to_have_count(0)
