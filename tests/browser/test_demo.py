"""The demo course in a real browser: Dutch landing page, every unit's views, an editor save round trip.

Units are discovered from the landing page's links, so new scenarios are covered as the blocks grow.
"""
import re
import urllib.request
import uuid
from html.parser import HTMLParser
from importlib.metadata import entry_points

import pytest
from playwright.sync_api import expect

from . import accessibility, language, reflow

pytestmark = pytest.mark.browser

COURSE_TITLE = "Ondermijning en het sociaal domein"
BLOCK_TYPES = sorted(point.name for point in entry_points(group="xblock.v1") if point.name.startswith("weerbaar_"))
ROOT = ".weerbaar"
AUTHOR_ROOT = ".weerbaar-author"
SCENARIO_LINK = re.compile(r"/scenario/(?P<id>[^/]+)/(?P<view>[a-z_]+)/\?student=(?P<student>[\w-]+)$")

# (name, view, demo person) for each way a unit is seen in the course.
VIEWS = [
    ("learner", "student_view", "leerling_a"),
    ("instructor", "student_view", "docent"),
    ("editor", "studio_view", "docent"),
    ("author", "author_view", "docent"),  # Studio's preview: details closed; tests/browser/test_author.py opens them
]


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.extend(value for name, value in attrs if name == "href" and value)


@pytest.fixture(scope="session")
def scenario_links(demo_url):
    """[(scenario_id, view, student)] of every scenario link on the landing page, in page order."""
    with urllib.request.urlopen(demo_url + "/", timeout=30) as response:
        parser = _Links()
        parser.feed(response.read().decode("utf-8"))
    found = []
    for href in parser.hrefs:
        match = SCENARIO_LINK.search(href)
        if match:
            found.append((match["id"], match["view"], match["student"]))
    return found


@pytest.fixture(scope="session")
def scenario_ids(scenario_links):
    return list(dict.fromkeys(scenario_id for scenario_id, _view, _student in scenario_links))


def test_landing_page_is_dutch_lists_every_unit_and_passes_axe(page, demo_url, scenario_ids, axe_check):
    page.goto(demo_url + "/")
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert COURSE_TITLE in page.title()
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE_TITLE)

    assert scenario_ids, "the landing page links to no unit"
    for block_type in BLOCK_TYPES:
        assert any(s.startswith(block_type + ".") for s in scenario_ids), f"no unit of {block_type} on the landing page"
    for scenario_id in scenario_ids:
        assert scenario_id.split(".")[0] in BLOCK_TYPES, f"{scenario_id} is not a unit of a weerbaar block"

    units = page.locator("li.unit")
    assert units.count() == len(scenario_ids)
    expected = [
        ("Deelnemer A", "student_view", "leerling_a"),
        ("Deelnemer B", "student_view", "leerling_b"),
        ("Docent", "student_view", "docent"),
        ("Editor", "studio_view", "docent"),
    ]
    for index, scenario_id in enumerate(scenario_ids):
        unit = units.nth(index)
        for label, view, student in expected:
            link = unit.locator(f'a[href$="/scenario/{scenario_id}/{view}/?student={student}"]')
            expect(link).to_have_count(1)
            expect(link).to_contain_text(label)

    axe_check(page, None)


def test_unit_page_around_the_block_passes_axe(page, open_view, scenario_ids):
    """The demo's own page template (block.html) on the whole page, the block itself left to the tests below."""
    open_view(page, scenario_ids[0], "leerling_a")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.title().strip()
    found = accessibility.violations(page, {"exclude": [[ROOT]]})
    assert not found, accessibility.report(found, f"the page except {ROOT}", page.url)


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
@pytest.mark.parametrize(("name", "view", "student"), VIEWS, ids=[name for name, _v, _s in VIEWS])
def test_every_unit_renders_in_dutch_and_passes_axe(page, open_view, scenario_ids, block_type, name, view, student):
    units = [scenario_id for scenario_id in scenario_ids if scenario_id.startswith(block_type + ".")]
    assert units, f"the landing page lists no unit of {block_type}"
    problems = []
    for scenario_id in units:
        open_view(page, scenario_id, student, view)
        where = f"{scenario_id} {view} as {student} ({name})"
        selector = AUTHOR_ROOT if view == "author_view" else ROOT  # the learner view is in closed <details> there
        root = page.locator(selector).first
        if not root.is_visible():
            problems.append(f"{where}: no visible {selector} root")
            continue
        if page.locator("html").get_attribute("lang") != "nl":
            problems.append(f"{where}: the page is not served in Dutch")
        english = language.untranslated(page, selector)
        if english:
            problems.append(f"{where}: English text shown untranslated: {english}")
        found = accessibility.violations(page, selector)
        if found:
            problems.append(f"{where}: " + accessibility.report(found, selector, page.url))
    assert not problems, "\n\n".join(problems)


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
@pytest.mark.parametrize(("name", "view", "student"), VIEWS, ids=[name for name, _v, _s in VIEWS])
def test_every_view_reflows_at_320_px(page, open_view, scenario_ids, block_type, name, view, student):
    """WCAG 1.4.10: on a phone-sized screen no view needs horizontal scrolling (wide tables scroll in their box)."""
    problems = []
    for scenario_id in [s for s in scenario_ids if s.startswith(block_type + ".")]:
        page.set_viewport_size({"width": reflow.WIDTH, "height": 800})
        open_view(page, scenario_id, student, view)
        found = reflow.overflowing(page, AUTHOR_ROOT if view == "author_view" else ROOT)
        if found:
            problems.append(f"{scenario_id} {view} as {student} ({name}): " + "; ".join(found))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_every_page_has_one_h1_that_the_block_title_does_not_repeat_and_a_favicon(
    page, demo_url, open_view, scenario_ids, block_type,
):
    """The unit page's h1 names the part of the course; the block names itself in its h2, not a second time."""
    problems = []
    for scenario_id in [s for s in scenario_ids if s.startswith(block_type + ".")]:
        for name, view, student in VIEWS:
            open_view(page, scenario_id, student, view)
            where = f"{scenario_id} {view} as {student} ({name})"
            first = page.locator("h1")
            if first.count() != 1:
                problems.append(f"{where}: {first.count()} h1 elements")
                continue
            title = first.inner_text().strip()
            repeated = [text for text in page.locator("h2").all_inner_texts() if text.strip() == title]
            if repeated:
                problems.append(f"{where}: the h1 '{title}' is repeated as an h2")
    assert not problems, "\n".join(problems)

    page.goto(demo_url + "/")
    assert page.locator("h1").count() == 1
    icon = page.locator('link[rel="icon"]')
    expect(icon).to_have_count(1)
    assert icon.get_attribute("type") == "image/svg+xml"
    answer = page.request.get(demo_url + icon.get_attribute("href"))
    assert answer.status == 200 and answer.body().lstrip().startswith(b"<svg")


def test_studio_editor_saves_a_new_title_through_the_browser(page, open_view, scenario_links):
    scenario_id = next(s for s, view, _student in scenario_links if view == "studio_view")
    open_view(page, scenario_id, "docent", "studio_view")
    title = page.get_by_label("Weergavenaam", exact=True)
    original = title.input_value()
    changed = f"Proefopslag {uuid.uuid4().hex[:8]}"

    def save(value):
        title.fill(value)
        with page.expect_response(lambda response: "/studio_submit" in response.url) as answer:
            page.get_by_role("button", name="Opslaan", exact=True).click()
        assert answer.value.status == 200, answer.value.text()

    save(changed)
    page.reload(wait_until="networkidle")
    expect(title).to_have_value(changed)  # locators look the element up again after the reload

    # Put the demo's title back: other browser tests may read it.
    save(original)
    page.reload(wait_until="networkidle")
    expect(title).to_have_value(original)
