"""Casus in a real browser: each response format by keyboard and by mouse, feedback, profile, grade, peers,
the instructor's report and the editor, with axe checks on every view.

Units: ``weerbaar_scenario.0`` is the linear casus (the son who is a courier; back navigation on, at most
three attempts, graded: the first finished attempt counts), ``weerbaar_scenario.1`` the branching one (invoices
that do not add up; unlimited attempts; graded, so a retry is practice). Each test uses its own learners so the
tests do not depend on each other's order.
"""
import re

import pytest
from playwright.sync_api import expect

from weerbaarxblock.core import olx
from weerbaarxblock.core.block import loader
from weerbaarxblock.scenario import olx as scenario_olx
from weerbaarxblock.scenario.rules.model import normalise_scenario
from weerbaarxblock.scenario.rules.scoring import score_answer

from .reflow import overflowing

pytestmark = pytest.mark.browser

LINEAR = "weerbaar_scenario.0"
BRANCHING = "weerbaar_scenario.1"
LEARNER = "[data-scenario]"
STAGE = "[data-stage]"
STAFF = "[data-staff]"
EDITOR = "[data-studio]"
FEEDBACK_HEADING = "Feedback: zo beoordelen experts de reacties"  # one word for an option: "reactie"


def demo(path):
    data = scenario_olx.to_data(olx.parse(loader.load_unicode(path)), "Casus")
    return {s["id"]: s for s in normalise_scenario(data["scenario"])["situations"]}


KOERIER = demo("demo/content/casus/koerier.xml")
ZORGFRAUDE = demo("demo/content/casus/zorgfraude.xml")


def percent(value):
    return f"{round(value * 100)}%"


def weighted(situations, answers):
    total = sum(situations[s]["weight"] for s, _ in answers)
    return sum(situations[s]["weight"] * score_answer(situations[s], a) for s, a in answers) / total


def text_of(situations, situation, option):
    return next(o["text"] for o in situations[situation]["options"] if o["id"] == option)


def press(page, locator, key="Enter"):
    """Operate a control the way a keyboard user does: it has focus, then a key is pressed."""
    locator.focus()
    expect(locator).to_be_focused()
    page.keyboard.press(key)


def no_js_errors(page):
    assert page.js_errors == [], page.js_errors


def current_order(page):
    return page.locator(f"{STAGE} .ws-rank-item").evaluate_all("items => items.map(i => i.dataset.option)")


# ---- keyboard ----------------------------------------------------------------------------------------------
def rank_by_keyboard(page, situations, situation, target):
    for index, option in enumerate(target):
        label = text_of(situations, situation, option)
        up = page.get_by_role("button", name=f"Omhoog: {label}", exact=True)
        while current_order(page).index(option) > index:
            press(page, up)  # focus stays on the moved item's button, so Enter can be pressed again
            expect(page.locator("[data-live]")).to_contain_text(label)
    assert current_order(page) == list(target)


def rate_by_keyboard(page, situations, situation, ratings):
    for option, value in ratings.items():
        group = page.get_by_role("group", name=text_of(situations, situation, option), exact=True)
        press(page, group.get_by_role("radio", name="1", exact=True), "Space")
        for _ in range(value - 1):
            page.keyboard.press("ArrowRight")  # arrow keys move the choice within a radio group
        expect(group.get_by_role("radio", name=str(value), exact=True)).to_be_checked()


def submit_by_keyboard(page):
    press(page, page.get_by_role("button", name="Antwoord versturen"))
    expect(page.get_by_role("heading", name=FEEDBACK_HEADING)).to_be_focused()


def test_linear_casus_by_keyboard_all_formats_feedback_profile_grade(page, open_view, axe_check):
    open_view(page, LINEAR, "casus_toetsenbord")
    axe_check(page, LEARNER)
    press(page, page.get_by_role("button", name="Casus starten"))

    # Pick the best: a radio chosen with Space, the justification typed, submitted with Enter.
    expect(page.get_by_text("Situatie 1 van 4")).to_be_visible()
    expect(page.locator(STAGE)).not_to_contain_text("Dit is wat de experts het beste vinden")  # no key yet
    axe_check(page, LEARNER)
    press(page, page.get_by_role("radio", name=text_of(KOERIER, "gesprek", "b")), "Space")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Waarom zou je dit doen? (niet verplicht)")).to_be_focused()
    page.keyboard.type("Eerst begrijpen wat er speelt.")
    submit_by_keyboard(page)
    expect(page.locator(STAGE)).to_contain_text("Je score voor deze situatie: 100%")
    expect(page.locator(STAGE)).to_contain_text("Jouw keuze")
    expect(page.locator(STAGE)).to_contain_text("Experts: 3 van 3 punten")
    expect(page.locator(STAGE)).to_contain_text("Dit is wat de experts het beste vinden.")  # experts' reasoning
    expect(page.locator(STAGE)).to_contain_text("Eerst begrijpen wat er speelt.")
    axe_check(page, LEARNER)

    # Resume after a reload: the feedback is still there.
    page.reload(wait_until="networkidle")
    expect(page.locator(STAGE)).to_contain_text("Je score voor deze situatie: 100%")
    press(page, page.get_by_role("button", name="Volgende situatie"))

    # Best and worst: one radio per column.
    expect(page.get_by_text("Situatie 2 van 4")).to_be_visible()
    best = f"Meest effectief {text_of(KOERIER, 'keten', 'a')}"
    worst = f"Minst effectief {text_of(KOERIER, 'keten', 'c')}"
    press(page, page.get_by_role("radio", name=best, exact=True), "Space")
    press(page, page.get_by_role("radio", name=worst, exact=True), "Space")
    axe_check(page, LEARNER)
    submit_by_keyboard(page)
    expect(page.locator(STAGE)).to_contain_text("Je score voor deze situatie: 100%")
    expect(page.locator(STAGE)).to_contain_text("Jij: Meest effectief")
    expect(page.locator(STAGE)).to_contain_text("Experts: Minst effectief")
    press(page, page.get_by_role("button", name="Volgende situatie"))

    # Rate every option: arrow keys within each group of five.
    ratings = {"a": 5, "b": 1, "c": 4, "d": 2}
    expect(page.get_by_role("button", name="Antwoord versturen")).to_be_visible()
    rate_by_keyboard(page, KOERIER, "dreiging", ratings)
    axe_check(page, LEARNER)
    submit_by_keyboard(page)
    expect(page.locator(STAGE)).to_contain_text(
        f"Je score voor deze situatie: {percent(score_answer(KOERIER['dreiging'], {'ratings': ratings}))}")
    expect(page.locator(STAGE)).to_contain_text("Gemiddeld cijfer van de experts: 4,8")
    press(page, page.get_by_role("button", name="Volgende situatie"))

    # Rank: move up / move down buttons, no dragging.
    expect(page.get_by_text("Situatie 4 van 4")).to_be_visible()
    expect(page.get_by_role("button", name="Antwoord versturen")).to_be_visible()
    rank_by_keyboard(page, KOERIER, "perspectief", ["a", "b", "c", "d"])
    axe_check(page, LEARNER)
    submit_by_keyboard(page)
    expect(page.locator(STAGE)).to_contain_text("Je score voor deze situatie: 100%")
    press(page, page.get_by_role("button", name="Mijn resultaat bekijken"))

    # The end: score, grade, closing text, profile as chart and table.
    answers = [("gesprek", {"choice": "b"}), ("keten", {"best": "a", "worst": "c"}),
               ("dreiging", {"ratings": ratings}), ("perspectief", {"order": ["a", "b", "c", "d"]})]
    score = percent(weighted(KOERIER, answers))
    expect(page.get_by_role("heading", name="Jouw resultaat")).to_be_focused()
    expect(page.locator(STAGE)).to_contain_text(f"Je score voor deze poging: {score}")
    expect(page.locator(f"{STAGE} .ws-grade")).to_contain_text(score)  # the first finished attempt is the grade
    expect(page.locator(STAGE)).to_contain_text("Dylan gaat na de zomer naar een leerwerkplek")
    profile = page.get_by_role("table", name="Score per competentie")
    expect(profile.get_by_role("row")).to_have_count(6)  # a header and five competencies
    expect(profile.get_by_role("row", name=re.compile("^micro: oog voor slachtofferschap 100% 1$"))).to_be_visible()
    expect(page.locator(f"{STAGE} .ws-chart-row")).to_have_count(5)
    expect(page.locator(STAGE)).to_contain_text("Hoe anderen antwoordden, zie je zodra minstens 2 anderen")
    expect(page.get_by_role("button", name="Opnieuw proberen")).to_be_visible()
    axe_check(page, LEARNER)
    no_js_errors(page)


def test_back_navigation_by_keyboard(page, open_view):
    open_view(page, LINEAR, "casus_terug")
    press(page, page.get_by_role("button", name="Casus starten"))
    press(page, page.get_by_role("radio", name=text_of(KOERIER, "gesprek", "a")), "Space")
    submit_by_keyboard(page)
    expect(page.locator(STAGE)).to_contain_text("Je score voor deze situatie: 0%")
    press(page, page.get_by_role("button", name="Volgende situatie"))
    press(page, page.get_by_role("button", name="Terug naar de vorige situatie"))
    expect(page.get_by_text("Situatie 1 van 4")).to_be_visible()
    expect(page.locator(STAGE)).not_to_contain_text("Experts:")
    press(page, page.get_by_role("radio", name=text_of(KOERIER, "gesprek", "b")), "Space")
    submit_by_keyboard(page)
    expect(page.locator(STAGE)).to_contain_text("Je score voor deze situatie: 100%")
    no_js_errors(page)


def test_an_incomplete_answer_is_explained_not_sent(page, open_view):
    open_view(page, LINEAR, "casus_onvolledig")
    page.get_by_role("button", name="Casus starten").click()
    page.get_by_role("button", name="Antwoord versturen").click()
    expect(page.get_by_role("alert")).to_have_text("Kies een van de reacties.")
    expect(page.get_by_role("radio").first).to_be_focused()


# ---- mouse -------------------------------------------------------------------------------------------------
def rank_by_mouse(page, situations, situation, target):
    for index, option in enumerate(target):
        label = text_of(situations, situation, option)
        while current_order(page).index(option) > index:
            page.get_by_role("button", name=f"Omhoog: {label}", exact=True).click()
    assert current_order(page) == list(target)


def answer_by_mouse(page, situations, situation, answer):
    expect(page.get_by_role("button", name="Antwoord versturen")).to_be_visible()
    if "choice" in answer:
        page.get_by_text(text_of(situations, situation, answer["choice"]), exact=True).click()  # the label
    elif "best" in answer:
        page.get_by_role("radio", name=f"Meest effectief {text_of(situations, situation, answer['best'])}",
                         exact=True).click()
        page.get_by_role("radio", name=f"Minst effectief {text_of(situations, situation, answer['worst'])}",
                         exact=True).click()
    elif "best_would" in answer:
        page.get_by_role("radio", name=f"Meest waarschijnlijk {text_of(situations, situation, answer['best_would'])}",
                         exact=True).click()
        page.get_by_role("radio", name=f"Minst waarschijnlijk {text_of(situations, situation, answer['worst_would'])}",
                         exact=True).click()
    elif "ratings" in answer:
        for option, value in answer["ratings"].items():
            group = page.get_by_role("group", name=text_of(situations, situation, option), exact=True)
            group.get_by_text(str(value), exact=True).click()
    else:
        rank_by_mouse(page, situations, situation, answer["order"])
    page.get_by_role("button", name="Antwoord versturen").click()
    expect(page.locator(f"{STAGE} .ws-score")).to_contain_text("Je score voor deze situatie")


def play_by_mouse(page, situations, answers, last_button="Mijn resultaat bekijken"):
    for index, (situation, answer) in enumerate(answers):
        answer_by_mouse(page, situations, situation, answer)
        expected = percent(score_answer(situations[situation], {k.replace("_would", ""): v for k, v in answer.items()}))
        expect(page.locator(STAGE)).to_contain_text(f"Je score voor deze situatie: {expected}")
        name = last_button if index == len(answers) - 1 else "Volgende situatie"
        page.get_by_role("button", name=name).click()


def test_branching_casus_by_mouse_follows_choices_and_a_retry_is_practice(page, open_view, axe_check):
    open_view(page, BRANCHING, "casus_muis")
    page.get_by_role("button", name="Casus starten").click()
    expect(page.locator(STAGE)).to_contain_text("Kies wat je het meest waarschijnlijk zou doen.")  # "would do"
    first = [("huisbezoek", {"choice": "b"}), ("druk", {"best_would": "a", "worst_would": "b"}),
             ("intern", {"order": ["a", "b", "c", "d"]})]
    play_by_mouse(page, ZORGFRAUDE, first)
    expect(page.locator(STAGE)).to_contain_text("Samen sterker")
    first_score = weighted(ZORGFRAUDE, [("huisbezoek", {"choice": "b"}), ("druk", {"best": "a", "worst": "b"}),
                                        ("intern", {"order": ["a", "b", "c", "d"]})])
    expect(page.locator(STAGE)).to_contain_text(f"Je score voor deze poging: {percent(first_score)}")
    axe_check(page, LEARNER)

    # A second attempt takes another branch: the rating format, then the ranking leads to the other ending.
    page.get_by_role("button", name="Opnieuw proberen").click()
    second = [("huisbezoek", {"choice": "c"}), ("later", {"ratings": {"a": 5, "b": 1, "c": 4, "d": 1}}),
              ("intern", {"order": ["d", "a", "b", "c"]})]
    play_by_mouse(page, ZORGFRAUDE, second)
    expect(page.locator(STAGE)).to_contain_text("Het signaal verwatert")
    second_score = weighted(ZORGFRAUDE, second)
    assert percent(second_score) != percent(first_score)
    expect(page.locator(STAGE)).to_contain_text(f"Je score voor deze poging: {percent(second_score)}")
    # Graded: the retry is practice, so the grade stays the first finished attempt's (rules/attempts.py).
    expect(page.locator(f"{STAGE} .ws-grade")).to_contain_text(percent(first_score))
    history = page.locator(STAGE).get_by_role("table").last
    expect(history.get_by_role("row")).to_have_count(3)
    expect(history).to_contain_text("Twee maanden later")
    page.locator(f"{STAGE} summary").first.click()  # the review per situation opens with the mouse
    expect(page.locator(f"{STAGE} details").first).to_contain_text("Jouw keuze")
    axe_check(page, LEARNER)
    no_js_errors(page)


# ---- ranking at 320 px ---------------------------------------------------------------------------------------
BUTTONS_OUTSIDE_JS = """items => items.filter(item => {
  const box = item.getBoundingClientRect();
  return [...item.querySelectorAll("button")].some(b => b.getBoundingClientRect().right > box.right + 0.5);
}).map(item => item.dataset.option)"""


def test_ranking_keeps_its_buttons_in_the_box_at_320_px(page, open_view):
    open_view(page, LINEAR, "casus_smal")
    page.get_by_role("button", name="Casus starten").click()
    play_by_mouse(page, KOERIER, KEY_ROUTE[:3], last_button="Volgende situatie")
    items = page.locator(f"{STAGE} .ws-rank-item")
    expect(items.filter(has_text="waarschuwingsgesprek")).to_have_count(1)
    assert overflowing(page, LEARNER) == []
    assert items.evaluate_all(BUTTONS_OUTSIDE_JS) == []
    rank_by_mouse(page, KOERIER, "perspectief", KEY_ROUTE[3][1]["order"])  # still usable at this width
    no_js_errors(page)


# ---- progress on every path -----------------------------------------------------------------------------------
FIRST_ON_TOP, LAST_ON_TOP = ["a", "b", "c", "d"], ["d", "a", "b", "c"]  # rank: the option on top picks the branch
EVERY_PATH = [
    [("huisbezoek", {"choice": "a"}), ("intern", {"order": FIRST_ON_TOP})],
    [("huisbezoek", {"choice": "a"}), ("intern", {"order": LAST_ON_TOP})],
    [("huisbezoek", {"choice": "b"}), ("druk", {"best_would": "a", "worst_would": "b"}),
     ("intern", {"order": FIRST_ON_TOP})],
    [("huisbezoek", {"choice": "b"}), ("druk", {"best_would": "a", "worst_would": "b"}),
     ("intern", {"order": LAST_ON_TOP})],
    [("huisbezoek", {"choice": "c"}), ("later", {"ratings": {"a": 5, "b": 1, "c": 4, "d": 1}}),
     ("intern", {"order": FIRST_ON_TOP})],
    [("huisbezoek", {"choice": "c"}), ("later", {"ratings": {"a": 5, "b": 1, "c": 4, "d": 1}}),
     ("intern", {"order": LAST_ON_TOP})],
    [("huisbezoek", {"choice": "c"}), ("later", {"ratings": {"a": 1, "b": 5, "c": 1, "d": 1}})],
]


def progress_numbers(page):
    """(current, fewest, most) from the progress text: "Situatie 2 van 3" or "Situatie 1 van 2 à 3"."""
    numbers = [int(n) for n in re.findall(r"\d+", page.locator(f"{STAGE} .ws-progress-text").inner_text())]
    assert len(numbers) in (2, 3), numbers
    return numbers[0], numbers[1], numbers[-1]


def test_progress_stays_true_on_every_path_of_the_branching_casus(page, open_view):
    open_view(page, BRANCHING, "casus_voortgang")
    page.get_by_role("button", name="Casus starten").click()
    for number, path in enumerate(EVERY_PATH):
        if number:
            page.get_by_role("button", name="Opnieuw proberen").click()
        readings = []
        for step, (situation, answer) in enumerate(path, start=1):
            expect(page.get_by_role("button", name="Antwoord versturen")).to_be_visible()
            readings.append((step, progress_numbers(page)))
            if situation == "intern":  # the author's own instruction replaces the standard one ("most effective")
                expect(page.locator(f"{STAGE} .ws-instruction")).to_have_text(ZORGFRAUDE["intern"]["instruction"])
            answer_by_mouse(page, ZORGFRAUDE, situation, answer)
            readings.append((step, progress_numbers(page)))
            last = step == len(path)
            page.get_by_role("button", name="Mijn resultaat bekijken" if last else "Volgende situatie").click()
        expect(page.get_by_role("button", name="Opnieuw proberen")).to_be_visible()
        for step, (current, fewest, most) in readings:
            # The number counts the situations seen; the whole path's length is always within what was promised.
            assert current == step and fewest <= len(path) <= most, (path, readings)
        assert readings[-1][1] == (len(path), len(path), len(path))  # after the last answer it is exact
    no_js_errors(page)


# ---- peers and the instructor --------------------------------------------------------------------------------
KEY_ROUTE = [("gesprek", {"choice": "b"}), ("keten", {"best": "a", "worst": "c"}),
             ("dreiging", {"ratings": {"a": 5, "b": 1, "c": 4, "d": 2}}),
             ("perspectief", {"order": ["a", "b", "c", "d"]})]
OTHER_ROUTE = [("gesprek", {"choice": "c"}), ("keten", {"best": "d", "worst": "b"}),
               ("dreiging", {"ratings": {"a": 4, "b": 2, "c": 3, "d": 3}}),
               ("perspectief", {"order": ["b", "a", "c", "d"]})]


def test_peers_percentages_and_the_instructors_report_and_csv(page, open_view, axe_check):
    for student, route in (("casus_peer_1", OTHER_ROUTE), ("casus_peer_2", KEY_ROUTE)):
        open_view(page, LINEAR, student)
        page.get_by_role("button", name="Casus starten").click()
        play_by_mouse(page, KOERIER, route)
    open_view(page, LINEAR, "casus_peer_3")
    page.get_by_role("button", name="Casus starten").click()
    page.get_by_role("button", name="Casus starten").wait_for(state="detached")
    play_by_mouse(page, KOERIER, KEY_ROUTE)
    page.locator(f"{STAGE} summary").first.click()
    peers = page.get_by_role("table", name=re.compile(r"^Hoe \d+ andere deelnemers antwoordden$")).first
    expect(peers).to_be_visible()
    expect(peers).to_contain_text("%")
    axe_check(page, LEARNER)

    open_view(page, LINEAR, "docent")
    axe_check(page, LEARNER)
    load = page.get_by_role("button", name="Antwoorden van deelnemers tonen")
    load.click()
    expect(load).to_have_attribute("aria-expanded", "true")
    body = page.locator(f"{STAFF} [data-staff-body]")
    expect(body).to_contain_text("Per situatie, grootste afwijking van de antwoordsleutel eerst")
    expect(body).to_contain_text("Gemiddelde score")
    attempts = body.get_by_role("table", name="Pogingen met pad en toelichtingen")
    expect(attempts).to_contain_text("casus_peer_1")
    expect(attempts.get_by_role("columnheader", name="Einde")).to_be_visible()
    expect(attempts.get_by_role("row").filter(has_text="casus_peer_1")).to_contain_text("Einde van de casus")
    # Each attempt is one line: its path is folded until opened.
    paths = attempts.locator("details.ws-attempt-path")
    expect(paths).to_have_count(attempts.locator("tbody tr").filter(has=page.locator("ol li")).count())
    path = attempts.get_by_role("row").filter(has_text="casus_peer_1").locator("details.ws-attempt-path")
    expect(path.locator("ol")).to_be_hidden()
    path.locator("summary").click()
    expect(path.locator("ol li")).to_have_count(len(KEY_ROUTE))
    # A search by name (on the server: every page holds only matches) leaves only that learner's attempts.
    everyone = attempts.locator("tbody tr").count()
    search = page.locator(f"{STAFF} .ws-search input")
    search.fill("PEER_1")
    search.press("Enter")
    expect(attempts.locator("tbody tr")).to_have_count(1)
    expect(attempts.locator("tbody tr")).to_contain_text("casus_peer_1")
    expect(search).to_be_focused()
    pager = page.get_by_role("navigation", name="Pagina's met pogingen")
    expect(pager.get_by_role("button", name="Volgende pagina")).to_be_disabled()
    search.fill("")
    search.press("Enter")
    expect(attempts.locator("tbody tr")).to_have_count(everyone)
    axe_check(page, STAFF)

    href = page.get_by_role("link", name="Alle antwoorden downloaden (CSV)").get_attribute("href")
    response = page.request.get(href if href.startswith("http") else page.url.split("/scenario/")[0] + href)
    assert response.status == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.text().lstrip("\ufeff").startswith("Id van de deelnemer;Deelnemer;Poging")  # for Dutch Excel
    no_js_errors(page)


def test_learners_cannot_fetch_the_csv(page, open_view, demo_url):
    open_view(page, LINEAR, "casus_nieuwsgierig")
    assert page.locator(STAFF).count() == 0
    usage = page.locator("[data-block-type='weerbaar_scenario']").get_attribute("data-usage")
    response = page.request.get(f"{demo_url}/handler/{usage}/export_csv/?student=casus_nieuwsgierig")
    assert response.status == 403
    assert "Alleen het cursusteam" in response.json()["error"]


# ---- the editor --------------------------------------------------------------------------------------------
def test_the_editor_shows_messages_beside_fields_and_saves_only_when_valid(page, open_view, axe_check):
    open_view(page, BRANCHING, "docent", view="studio_view")
    axe_check(page, EDITOR)
    question = page.locator("[data-path='scenario.situations.0.question']")
    original = question.input_value()
    rating = page.locator("[data-path='scenario.situations.2.key.ratings.a']")
    question.fill("")
    rating.fill("7")
    page.get_by_role("button", name="Opslaan").click()

    summary = page.locator("[data-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Los eerst 2 problemen op.")
    expect(page.locator("[data-error-for='situations.0.question']")).to_have_text("Deze tekst is verplicht.")
    expect(page.locator("[data-error-for='situations.2.options.0.rating']")).to_have_text(
        "Een cijfer moet tussen 1 en 5 liggen.")
    expect(page.locator("[data-path='scenario.situations.0.question']")).to_have_attribute("aria-invalid", "true")
    axe_check(page, EDITOR)

    # Nothing was saved: the learner still sees the question.
    other = page.context.new_page()
    other.goto(page.url.replace("studio_view", "student_view").replace("docent", "casus_editor_kijker"))
    other.get_by_role("button", name="Casus starten").click()
    expect(other.locator(STAGE)).to_contain_text(original)
    other.close()

    # The summary's link takes the keyboard to the field; fix both and save.
    summary.get_by_role("link", name="Deze tekst is verplicht.").click()
    expect(page.locator("[data-path='scenario.situations.0.question']")).to_be_focused()
    page.locator("[data-path='scenario.situations.0.question']").fill(original)
    page.locator("[data-path='scenario.situations.2.key.ratings.a']").fill("4.6")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(f"{EDITOR} [data-live]")).to_have_text("Opgeslagen.")
    expect(summary).to_be_empty()
    assert page.locator("[aria-invalid='true']").count() == 0
    no_js_errors(page)


def test_the_editor_builds_a_situation_with_keys_for_every_format(page, open_view, axe_check):
    open_view(page, LINEAR, "docent", view="studio_view")
    count = page.locator(f"{EDITOR} fieldset.ws-block legend", has_text=re.compile(r"^Situatie \d+$")).count()
    page.get_by_role("button", name="Situatie toevoegen").click()
    new = f"scenario.situations.{count}"
    expect(page.locator(f"[data-path='{new}.title']")).to_be_focused()
    for response_format in ("best_worst", "rate", "rank", "pick_best"):
        page.locator(f"[data-path='{new}.format']").select_option(response_format)
        axe_check(page, EDITOR)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("[data-summary]")).to_contain_text("Los eerst")
    expect(page.locator(f"[data-error-for='situations.{count}.narrative']")).to_have_text("Deze tekst is verplicht.")
    expect(page.locator(f"[data-error-for='situations.{count}.options.0.points']")).to_have_text(
        "Deze reactie heeft nog geen waarde in de antwoordsleutel.")
    page.get_by_role("button", name=f"Verwijder situatie {count + 1}").click()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(f"{EDITOR} [data-live]")).to_have_text("Opgeslagen.")
    no_js_errors(page)


def test_the_authors_instruction_replaces_the_standard_one_and_empty_restores_it(page, open_view):
    field = page.locator("[data-path='scenario.situations.0.instruction']")
    own = "Kies de stap die je morgen als eerste zet."
    standard = "Kies wat je het beste kunt doen."
    for text, shown, learner in ((own, own, "casus_instructie_1"), ("", standard, "casus_instructie_2")):
        open_view(page, LINEAR, "docent", view="studio_view")
        field.fill(text)
        page.get_by_role("button", name="Opslaan").click()
        expect(page.locator(f"{EDITOR} [data-live]")).to_have_text("Opgeslagen.")
        open_view(page, LINEAR, learner)
        page.get_by_role("button", name="Casus starten").click()
        expect(page.locator(f"{STAGE} .ws-instruction")).to_have_text(shown)
    no_js_errors(page)


def test_the_editor_reports_a_situation_no_path_reaches(page, open_view):
    open_view(page, BRANCHING, "docent", view="studio_view")
    # Option b of the first situation led to "druk", the only way there; send it elsewhere.
    page.locator("[data-path='scenario.situations.0.options.1.next']").select_option("intern")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("[data-error-for='situations.1']")).to_have_text("Geen enkel pad leidt naar deze situatie.")
    expect(page.locator("[data-summary]")).to_contain_text("Los eerst 1 probleem op.")
    no_js_errors(page)


@pytest.mark.parametrize("unit", ["weerbaar_scenario.0", "weerbaar_scenario.1", "weerbaar_scenario.2"])
def test_every_demo_casus_opens_accessibly(page, open_view, axe_check, unit):
    open_view(page, unit, "casus_rondkijker")
    axe_check(page, LEARNER)
    page.get_by_role("button", name="Casus starten").click()
    expect(page.get_by_role("button", name="Antwoord versturen")).to_be_visible()
    axe_check(page, LEARNER)
    open_view(page, unit, "docent", view="studio_view")
    axe_check(page, EDITOR)
    no_js_errors(page)
