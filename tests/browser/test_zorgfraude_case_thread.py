"""Casusdraad (case thread) in a real browser: a learner works through the zorgfraude casus and netwerkkaart,
then finds their path and map summarised above the linked question of the journal; the instructor sees the
journal entry beside that learner's casus path and map, and filters the review list by case.

Named to run after the other browser tests of the session's demo server: it adds a journal entry, and
``test_reflection`` counts the journal's entries.
"""
import pytest
from playwright.sync_api import expect

from .reflow import WIDTH, overflowing
from .test_reflection import JOURNAL, LEARNER, SENTENCE, STAFF, fill_all
from .test_scenario import BRANCHING, STAGE, ZORGFRAUDE, play_by_mouse

pytestmark = pytest.mark.browser

NETWORK = "weerbaar_network.0"
STUDENT = "draad_1"
THREAD = "[data-case-thread]"


def work_through_the_case(page, open_view):
    open_view(page, BRANCHING, STUDENT)
    page.get_by_role("button", name="Casus starten").click()
    play_by_mouse(page, ZORGFRAUDE, [("huisbezoek", {"choice": "b"}),
                                     ("druk", {"best_would": "a", "worst_would": "b"}),
                                     ("intern", {"order": ["a", "b", "c", "d"]})])
    expect(page.locator(STAGE)).to_contain_text("Samen sterker")
    open_view(page, NETWORK, STUDENT)
    root = page.locator("[data-network]")
    for label in ["Cliënt (mevrouw A.)", "Zorgaanbieder Z"]:
        root.get_by_label("Actor uit de lijst").select_option(label=label)
        root.get_by_role("button", name="Aan de kaart toevoegen").click()
    root.locator("[data-status]").filter(has_text="Alle wijzigingen opgeslagen").wait_for()
    root.get_by_role("button", name="Kaart inleveren").click()
    root.get_by_role("button", name="Ja, inleveren").click()
    root.locator("[data-feedback]").wait_for(state="visible")


def test_the_learner_sees_their_case_above_the_linked_question_and_the_instructor_beside_the_entry(
        page, open_view, axe_check):
    open_view(page, JOURNAL, STUDENT)
    pending = page.locator(f"{THREAD} [data-case-pending] a")
    expect(pending).to_have_count(2)  # neither activity done yet: each is named and linked
    pending.first.click()  # the demo answers the LMS's jump_to address with the unit that holds the block
    page.wait_for_url("**/scenario/weerbaar_scenario.1/")

    work_through_the_case(page, open_view)
    open_view(page, JOURNAL, STUDENT)
    thread = page.locator(THREAD)
    expect(thread).to_have_count(1)
    question = page.locator(f"{LEARNER} [data-prompt=situatie]")
    assert thread.bounding_box()["y"] < question.bounding_box()["y"]  # above the linked question
    casus = thread.locator("[data-case-item=scenario]")
    expect(casus.locator(".wr-case-path > li")).to_have_count(3)  # the path taken, step by step
    expect(casus).to_contain_text("Samen sterker")
    kaart = thread.locator("[data-case-item=network]")
    expect(kaart.locator("svg circle.wr-case-actor")).to_have_count(2)
    expect(kaart.locator("svg circle.wr-case-found")).to_have_count(2)
    assert kaart.locator("li").count() > 0  # the key actors and relations missed
    expect(thread.locator("[data-case-pending]")).to_have_count(0)
    axe_check(page, LEARNER)
    page.set_viewport_size({"width": WIDTH, "height": 800})
    found = overflowing(page, THREAD)
    assert not found, found
    page.set_viewport_size({"width": 1280, "height": 900})

    fill_all(page, SENTENCE * 3)
    page.get_by_role("button", name="Indienen", exact=True).click()
    expect(page.locator("[data-submitted]")).to_contain_text("Ingediend op")

    open_view(page, JOURNAL, "docent")
    staff = page.locator(STAFF)
    staff.locator("select[name=case]").select_option("zorgfraude-wijk-noord")
    staff.locator("[data-filters] button[type=submit]").click()
    row = staff.locator("tbody tr", has_text=STUDENT)
    expect(row).to_have_count(1)
    row.get_by_role("button", name=STUDENT).click()
    detail = staff.locator("[data-detail]")
    work = detail.locator("[data-case-work]")
    expect(work.locator(".wr-case-path > li")).to_have_count(3)
    expect(work.locator("svg circle.wr-case-actor")).to_have_count(2)
    entry_box, work_box = detail.locator(":scope > div").first.bounding_box(), work.bounding_box()
    assert work_box["x"] > entry_box["x"] and abs(work_box["y"] - entry_box["y"]) < 5  # side by side
    axe_check(page, STAFF)
    page.set_viewport_size({"width": WIDTH, "height": 800})
    found = overflowing(page, STAFF)
    assert not found, found
