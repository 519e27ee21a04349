"""Studio's preview of each block in a real browser: the author's summary in Dutch, the learner view to try.

The demo serves ``/scenario/<id>/author_view/`` the way Studio previews (``weerbaarxblock/demo/preview.py``):
the learner view inside the "Try" details runs its handlers without writing the author's learner records.
Every view passes axe (WCAG 2.1 AA) and reflows at 320 px.
"""
import uuid

import pytest
from playwright.sync_api import expect

from . import accessibility, reflow, test_demo

pytestmark = pytest.mark.browser

BLOCK_TYPES = test_demo.BLOCK_TYPES
scenario_links = test_demo.scenario_links  # the landing page's units, as fixtures
scenario_ids = test_demo.scenario_ids
WHOLE_VIEWS = list(BLOCK_TYPES)

AUTHOR = "docent"
ROOT = ".weerbaar-author"
TRY_LABEL = "Probeer de weergave voor deelnemers (er wordt niets opgeslagen)"
PREVIEW_NOTICE = "Niets wat je hier doet, wordt opgeslagen."

# The facts each summary lists, in order (Dutch terms of its <dl>).
FACTS = {
    "weerbaar_reflection": ["Vorm", "Nakijken", "Beoordeling"],
    "weerbaar_scenario": ["Situaties", "Antwoordvormen", "Antwoordsleutel", "Eindes", "Toegestane pogingen",
                          "Beoordeeld"],
    "weerbaar_network": ["Actoren om uit te kiezen", "Ringen", "Sectoren", "Soorten actoren", "Soorten relaties",
                         "Grenzen", "Expertkaart", "Beoordeeld"],
}


def units_of(scenario_ids, block_type):
    units = [scenario_id for scenario_id in scenario_ids if scenario_id.startswith(block_type + ".")]
    assert units, f"the landing page lists no unit of {block_type}"
    return units


def open_author_view(page, open_view, scenario_id, try_it=False):
    open_view(page, scenario_id, AUTHOR, "author_view")
    if try_it:
        page.locator(f"{ROOT} details.weerbaar-author-try > summary").click()
        expect(page.locator(f"{ROOT} details.weerbaar-author-try")).to_have_attribute("open", "")
    return page.locator(ROOT)


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_author_view_summarises_the_activity_in_dutch(page, open_view, scenario_ids, block_type):
    for scenario_id in units_of(scenario_ids, block_type):
        author = open_author_view(page, open_view, scenario_id)
        summary = author.locator("section.weerbaar-author-summary")
        expect(summary.get_by_role("heading", level=2)).not_to_have_text("")
        expect(summary.locator("dt")).to_have_text(FACTS[block_type])
        for value in summary.locator("dd").all_inner_texts():
            assert value.strip(), f"{scenario_id}: a fact of the summary is empty"
        if block_type == "weerbaar_reflection":
            expect(summary.get_by_role("heading", level=3)).to_have_text("Vragen")
            assert summary.locator("ol.weerbaar-author-list > li").count() > 0
        trial = author.locator("details.weerbaar-author-try")
        expect(trial.locator("> summary")).to_have_text(TRY_LABEL)
        expect(trial).not_to_have_attribute("open", "")
        expect(trial.locator(".weerbaar").first).to_be_hidden()


@pytest.mark.parametrize("block_type", WHOLE_VIEWS)
def test_author_view_with_the_learner_view_open_passes_axe_and_reflows(page, open_view, scenario_ids, block_type):
    problems = []
    for scenario_id in units_of(scenario_ids, block_type):
        author = open_author_view(page, open_view, scenario_id, try_it=True)
        expect(author.locator("details.weerbaar-author-try")).to_contain_text(PREVIEW_NOTICE)
        found = accessibility.violations(page, ROOT)
        if found:
            problems.append(accessibility.report(found, ROOT, page.url))
        wide = reflow.overflowing(page, ROOT)
        if wide:
            problems.append(f"{scenario_id} author_view does not reflow at {reflow.WIDTH} px: " + "; ".join(wide))
        page.set_viewport_size({"width": 1280, "height": 720})
    assert not problems, "\n\n".join(problems)


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_author_summary_reflows_at_320_px(page, open_view, scenario_ids, block_type):
    for scenario_id in units_of(scenario_ids, block_type):
        open_author_view(page, open_view, scenario_id)
        wide = reflow.overflowing(page, f"{ROOT} section.weerbaar-author-summary")
        assert not wide, f"{scenario_id}: the summary does not reflow at {reflow.WIDTH} px: " + "; ".join(wide)
        page.set_viewport_size({"width": 1280, "height": 720})


def test_a_draft_typed_in_the_preview_never_reaches_the_authors_learner_record(page, open_view, scenario_ids):
    scenario_id = units_of(scenario_ids, "weerbaar_reflection")[0]
    author = open_author_view(page, open_view, scenario_id, try_it=True)
    text = f"Proeftekst in de voorvertoning {uuid.uuid4().hex[:8]}"
    with page.expect_response(lambda response: "/preview/handler/" in response.url
                              and "/save_draft/" in response.url) as answer:
        author.locator("details.weerbaar-author-try textarea").first.fill(text)
    assert answer.value.status == 200, answer.value.text()

    # The author's own learner view (outside the preview) and everyone's drafts for the instructor: not there.
    open_view(page, scenario_id, AUTHOR)
    for box in page.locator(".weerbaar textarea").all():
        assert text not in box.input_value()
    for section in page.locator(".weerbaar").all():
        expect(section).not_to_contain_text(text)


def test_answering_a_casus_in_the_preview_works_and_is_not_reported(page, open_view, scenario_ids):
    scenario_id = units_of(scenario_ids, "weerbaar_scenario")[0]
    author = open_author_view(page, open_view, scenario_id, try_it=True)
    trial = author.locator("details.weerbaar-author-try")
    start = trial.get_by_role("button", name="Casus starten")
    if start.count():
        start.click()
    option = trial.get_by_role("radio").first
    option.check()
    with page.expect_response(lambda response: "/preview/handler/" in response.url) as answer:
        trial.get_by_role("button", name="Antwoord versturen").click()
    assert answer.value.status == 200, answer.value.text()
    assert not page.js_errors, page.js_errors
