"""Netwerkkaart in the browser: where actors go and how the map reads. New actors take a free spot, "Tidy up"
lays out 60 actors without overlaps (and is undone with Ctrl+Z), also with realistic names (the map spreads out
and keeps its labels at 12 px), a palette actor is dragged onto its ring and
sector, labels are at least 12 px and lines pass behind them, the class overlay and the SVG export show every
label, and the editor refuses to remove a type that list actors use. Overlaps are measured on the SVG."""
import re

import pytest

from .test_network import DEMO, EMPTY, ROOT, canvas_point, submit_and_wait

pytestmark = pytest.mark.browser

TIDY = re.compile("Netjes schikken|Tidy up")  # the new msgid, before and after the catalog has it

BOXES_JS = """(scope) => [...document.querySelectorAll(scope + " .wb-net-actor")].map(group => {
  const parts = [...group.querySelectorAll("path, circle:not(.wb-net-focus):not(.wb-net-mark), rect, text")]
    .map(node => node.getBoundingClientRect()).filter(box => box.width > 0);
  return {id: group.getAttribute("data-id"), left: Math.min(...parts.map(box => box.left)),
    top: Math.min(...parts.map(box => box.top)), right: Math.max(...parts.map(box => box.right)),
    bottom: Math.max(...parts.map(box => box.bottom))};
})"""


def overlapping(page, scope):
    """Pairs of actors whose shape-and-label boxes overlap on the screen."""
    boxes = page.evaluate(BOXES_JS, scope)
    assert boxes
    return [
        (one["id"], two["id"]) for index, one in enumerate(boxes) for two in boxes[index + 1:]
        if one["left"] < two["right"] and two["left"] < one["right"] and one["top"] < two["bottom"]
        and two["top"] < one["bottom"]
    ]


SEED_JS = """async ([student, count, links, names]) => {  // the empty activity with a map of piled-up actors
  const usage = document.querySelector("[data-usage]").getAttribute("data-usage");
  const csrf = (document.cookie.match(/csrftoken=([^;]+)/) || [])[1] || "";
  const call = (handler, who, body) => fetch(handlerBaseUrl + usage + "/" + handler + "/?student=" + who, {
    method: "POST", headers: {"Content-Type": "application/json", "X-CSRFToken": csrf}, body: JSON.stringify(body)});
  const config = JSON.parse(document.querySelector("[data-network] [data-state]").textContent).config;
  const editor = {display_name: "Netwerkkaart", introduction: "", case_label: config.case_label,
    rings: config.rings.slice(0, 4),  // the default four (the editor's test may have added a fifth)
    sectors: config.sectors, actor_types: config.actor_types, relation_types: config.relation_types, palette: [],
    settings: {max_actors: 150, max_relations: 300, allow_free: true, scored: false},
    reference: {actors: [], relations: []}};
  const saved = await call("studio_submit", "docent", editor);
  const shares = [7, 12, 17, 24], actors = [], relations = [];
  shares.forEach((share, ring) => {
    for (let k = 0; k < share && actors.length < count; k++) {
      const i = actors.length;
      actors.push({id: "a" + i, palette: null, label: names ? names[i] : "Buur " + i,
        type: config.actor_types[i % 4].id, ring: config.rings[ring].id,
        sector: config.sectors[k % config.sectors.length].id, x: 0.5, y: 0.5, flags: []});
    }
  });
  for (let i = 0; i < links; i++) {
    const source = i % count, near = (i * 7 + 1 + Math.floor(i / count)) % count;
    const target = near === source ? (near + 1) % count : near;
    relations.push({id: "r" + i, source: "a" + source, target: "a" + target,
      type: config.relation_types[i % 6].id, direction: "none", strength: "normal", note: "", flags: []});
  }
  const stored = await call("save_map", student, {map: {actors, relations}, version: 0});
  return [saved.status, stored.status];
}"""


def test_new_actors_in_the_same_ring_and_sector_get_free_spots(page, open_view):
    page.set_viewport_size({"width": 1280, "height": 900})
    open_view(page, DEMO, "plek_1")
    root = page.locator(ROOT)
    root.locator("[id$='-free-ring']").select_option(label="Professionals en instanties")
    for number in range(1, 9):  # all in the same ring and sector (the first)
        root.get_by_label("Naam van je eigen actor").fill(f"Buurman {number}")
        root.get_by_role("button", name="Je eigen actor toevoegen").click()
    assert root.locator("[data-canvas] .wb-net-actor").count() == 8
    assert overlapping(page, f"{ROOT} [data-canvas]") == []
    # a click on an actor takes that actor, not one whose label lies on top of it
    for actor in root.locator("[data-canvas] .wb-net-actor").all():
        actor.scroll_into_view_if_needed()
        box = actor.locator("path, circle:not(.wb-net-focus):not(.wb-net-mark)").first.bounding_box()
        hit = page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('.wb-net-actor').dataset.id",
                            [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2])
        assert hit == actor.get_attribute("data-id")


def open_seeded(page, open_view, student, names=None):
    """The empty activity at 1280 px with a map of 60 actors (named ``names``) and 150 relations, piled up."""
    page.set_viewport_size({"width": 1280, "height": 900})
    open_view(page, EMPTY, student)
    assert page.evaluate(SEED_JS, [student, 60, 150, names]) == [200, 200]
    open_view(page, EMPTY, student)
    return page.locator(ROOT)


def test_tidy_up_lays_out_60_actors_without_overlaps_and_is_undone_with_ctrl_z(page, open_view):
    root = open_seeded(page, open_view, "schikken_1")
    assert root.locator("[data-canvas] .wb-net-relation").count() == 150
    assert overlapping(page, f"{ROOT} [data-canvas]")  # piled up
    before = root.locator(".wb-net-actor[data-id='a30']").get_attribute("transform")
    root.get_by_role("button", name=TIDY).click()
    assert overlapping(page, f"{ROOT} [data-canvas]") == []
    rings = page.evaluate("""() => {
      const state = JSON.parse(document.querySelector("[data-network] [data-state]").textContent);
      return [state.config.rings.map(ring => ring.id), state.map.actors.map(actor => actor.ring)];
    }""")
    assert len(rings[1]) == 60
    assert root.locator(".wb-net-actor[data-id='a30']").get_attribute("transform") != before
    root.locator(".wb-net-actor[data-id='a30']").focus()
    page.keyboard.press("Control+z")
    assert root.locator(".wb-net-actor[data-id='a30']").get_attribute("transform") == before
    root.get_by_role("button", name="Opnieuw").click()
    assert overlapping(page, f"{ROOT} [data-canvas]") == []


PLACES = ["Wijkagent", "Huisarts", "Wijkteam", "Buurthuis", "Jongerenwerk", "Zorgaanbieder", "Woonstichting",
          "Schuldhulp", "Apotheek", "Thuiszorg", "Voedselbank", "Moskee", "Sportclub", "Basisschool", "Werkgever"]
NAMES = [f"{place} {part}" for part in ("Noord", "Zuid", "Oost", "Centrum") for place in PLACES]  # 12 to 20 characters


def test_tidy_up_keeps_60_actors_with_realistic_names_apart_and_readable(page, open_view):
    root = open_seeded(page, open_view, "schikken_2", NAMES)
    root.get_by_role("button", name=TIDY).click()
    canvas = f"{ROOT} [data-canvas]"
    root.locator("[data-canvas] svg").scroll_into_view_if_needed()
    assert overlapping(page, canvas) == []
    sizes = page.evaluate(FONT_JS, canvas)
    assert min(size for _text, size in sizes) >= 12, sizes
    titles = root.locator("[data-canvas] .wb-net-actor title").all_text_contents()
    assert sorted(titles) == sorted(NAMES)  # the full name on every actor, however its label is split
    assert root.locator("[data-canvas] .wb-net-actor text").count() > 60  # some names in two lines


def test_an_actor_dragged_from_the_palette_lands_in_the_ring_and_sector_it_is_dropped_on(page, open_view):
    page.set_viewport_size({"width": 1280, "height": 900})
    open_view(page, DEMO, "slepen_1")
    root = page.locator(ROOT)
    item = root.locator("[data-palette] li", has_text="Wijkteam")
    svg = root.locator("[data-canvas] svg")
    svg.scroll_into_view_if_needed()
    x, y = canvas_point(page, 0.05, -0.68)  # twelve o'clock, in the third ring: the first sector
    box = svg.bounding_box()
    item.drag_to(svg, target_position={"x": x - box["x"], "y": y - box["y"]})
    row = root.locator("tr[data-kind=actor]", has_text="Wijkteam")
    row.wait_for()
    state = page.evaluate("""() => {
      const config = JSON.parse(document.querySelector("[data-network] [data-state]").textContent).config;
      return [config.rings[2].label, config.sectors[0].label];
    }""")
    selects = row.locator("select")
    chosen = selects.evaluate_all("nodes => nodes.map(s => s.options[s.selectedIndex].text)")
    assert state[0] in chosen and state[1] in chosen
    assert item.is_hidden()  # a list actor is placed once
    # the keyboard route stays: the table still adds list actors
    root.get_by_label("Actor uit de lijst").select_option(label="Huisarts")
    root.get_by_role("button", name="Aan de kaart toevoegen").click()
    assert root.locator("[data-canvas] .wb-net-actor").count() == 2


FONT_JS = """(scope) => {
  const svg = document.querySelector(scope + " svg");
  const scale = svg.getScreenCTM().a;
  return [...svg.querySelectorAll("text")].filter(text => text.textContent.length > 1 && !text.closest("title"))
    .map(text => [text.textContent, parseFloat(getComputedStyle(text).fontSize) * scale]);
}"""

LINES_JS = """(scope) => {  // points of relation lines that lie inside a label plate, and what is on top there
  const svg = document.querySelector(scope + " svg"), found = [];
  const plates = [...svg.querySelectorAll(".wb-net-actor rect")].map(rect => rect.getBoundingClientRect());
  svg.querySelectorAll(".wb-net-relation line:not(.wb-net-hit)").forEach(line => {
    const start = svg.createSVGPoint(), end = svg.createSVGPoint(), matrix = line.getScreenCTM();
    start.x = +line.getAttribute("x1"); start.y = +line.getAttribute("y1");
    end.x = +line.getAttribute("x2"); end.y = +line.getAttribute("y2");
    const from = start.matrixTransform(matrix), to = end.matrixTransform(matrix);
    for (let step = 1; step < 40; step++) {
      const x = from.x + (to.x - from.x) * step / 40, y = from.y + (to.y - from.y) * step / 40;
      if (plates.some(box => x > box.left + 1 && x < box.right - 1 && y > box.top + 1 && y < box.bottom - 1)) {
        const top = document.elementFromPoint(x, y);
        found.push(top && top.closest(".wb-net-relation") ? "line on top" : "label on top");
      }
    }
  });
  return found;
}"""


def test_labels_are_12_px_on_the_map_and_the_experts_map_and_lines_pass_behind_them(page, open_view, axe_check):
    page.set_viewport_size({"width": 1280, "height": 900})
    open_view(page, DEMO, "leesbaar_1")
    root = page.locator(ROOT)
    for label in ["Wijkteam", "Huisarts", "Zorgaanbieder Z"]:
        root.get_by_label("Actor uit de lijst").select_option(label=label)
        root.get_by_role("button", name="Aan de kaart toevoegen").click()
    sizes = page.evaluate(FONT_JS, f"{ROOT} [data-canvas]")
    assert len(sizes) >= 8 and min(size for _text, size in sizes) >= 12, sizes
    root.locator("[data-status]").filter(has_text="Alle wijzigingen opgeslagen").wait_for()
    feedback = submit_and_wait(page, root)
    experts = f"{ROOT} [data-feedback] .wb-net-canvas"
    feedback.locator(".wb-net-canvas svg").scroll_into_view_if_needed()
    sizes = page.evaluate(FONT_JS, experts)
    assert len(sizes) >= 12 and min(size for _text, size in sizes) >= 12, sizes
    assert overlapping(page, experts) == []
    crossings = page.evaluate(LINES_JS, experts)
    assert "line on top" not in crossings
    axe_check(page, ROOT)


def test_the_class_overlay_spreads_actors_and_the_svg_export_frames_every_label(page, open_view):
    page.set_viewport_size({"width": 1280, "height": 900})
    for student in ("overlay_1", "overlay_2"):
        open_view(page, DEMO, student)
        root = page.locator(ROOT)
        for label in ["Afdeling inkoop en contractmanagement", "Wijkteam", "Zorgaanbieder Z"]:
            root.get_by_label("Actor uit de lijst").select_option(label=label)
            root.get_by_role("button", name="Aan de kaart toevoegen").click()
        root.get_by_label("Naam van je eigen actor").fill("Gemeente: inkoop en recht")
        root.get_by_role("button", name="Je eigen actor toevoegen").click()
        root.locator("[data-status]").filter(has_text="Alle wijzigingen opgeslagen").wait_for()
        with page.expect_download() as download:
            root.get_by_role("button", name="Downloaden als SVG").click()
        source = pathlib_text(download.value.path())
        outside = page.evaluate(EXPORT_JS, source)
        assert outside == [], outside
        submit_and_wait(page, root)
    open_view(page, DEMO, "docent")
    staff = page.locator(f"{ROOT} [data-staff]")
    staff.locator(".wb-net-canvas svg .wb-net-actor").first.wait_for()
    staff.locator(".wb-net-canvas svg").scroll_into_view_if_needed()
    assert overlapping(page, f"{ROOT} [data-staff] .wb-net-canvas") == []


def pathlib_text(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


EXPORT_JS = """(source) => {  // the exported SVG drawn at its own size: which texts stick out of it
  const host = document.createElement("div");
  host.innerHTML = source.replace(/^<\\?xml[^>]*>/, "");
  document.body.appendChild(host);
  const svg = host.querySelector("svg"), frame = svg.getBoundingClientRect(), outside = [];
  svg.querySelectorAll("text").forEach(text => {
    const box = text.getBoundingClientRect();
    if (box.width && (box.left < frame.left || box.right > frame.right || box.top < frame.top ||
        box.bottom > frame.bottom)) { outside.push(text.textContent); }
  });
  host.remove();
  return outside;
}"""


def test_the_editor_refuses_to_remove_a_type_that_list_actors_use(page, open_view):
    open_view(page, DEMO, "docent", view="studio_view")
    root = page.locator("[data-network-studio]")
    root.get_by_role("button", name="Een type actor toevoegen").click()
    count = root.locator("[data-field^='actor_types.'][data-field$='.label']").count()
    label = root.locator(f"[data-field='actor_types.{count - 1}.label']")
    label.fill("Adviseur")
    label.press("Tab")
    index = root.locator("[data-field^='palette.'][data-field$='.label']").evaluate_all(
        "nodes => nodes.findIndex(node => node.value === 'Huisarts')")  # a list actor the experts left out
    root.locator(f"[data-field='palette.{index}.type']").select_option(label="Adviseur")
    label.locator("xpath=ancestor::*[.//button[@data-action='remove']][1]").locator(
        "button[data-action='remove']").click()
    assert label.input_value() == "Adviseur"  # still in the list
    root.locator(".wb-net-field-error", has_text="Adviseur").wait_for()
    assert label.get_attribute("aria-invalid") == "true"
    assert root.locator(f"[data-field='palette.{index}.type']").input_value() != ""
