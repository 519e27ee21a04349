"""The course kit (``make course-kit``): a course export Studio's Import reads, built from the demo's content.

The archive is built with the kit's command, unpacked, and read the way the platform's importer reads it
(``course.xml`` → ``course/<run>.xml`` → chapters → sequentials → verticals → blocks): every file well-formed,
every file reached, only block types Open edX ships or this package provides, our blocks loaded with their own
``parse_xml`` and rendered, the training's fixed elements, pillars and example questions present, and each fixed
element practised with all three activities. The demo's unit ids (``weerbaar_scenario.0`` ...) stay put as units
are added.
"""
import json
import pathlib
import subprocess
import sys
import tarfile
from importlib.metadata import entry_points

import pytest
from lxml import etree

from weerbaarxblock.core import olx
from weerbaarxblock.demo import outline
from weerbaarxblock.demo.outline import BLOCK_TYPES, course

REPO = pathlib.Path(__file__).resolve().parents[2]
# Block types an Open edX installation ships (edx-platform's xmodule and the blocks it installs by default).
PLATFORM_TYPES = {
    "course", "chapter", "sequential", "vertical", "html", "problem", "video", "discussion", "library_content",
    "split_test", "conditional", "lti_consumer", "openassessment", "drag-and-drop-v2", "poll", "survey", "wiki",
}
CONTAINERS = {"course": "chapter", "chapter": "sequential", "sequential": "vertical"}
FIXED_ELEMENTS = [
    "Handelingsintelligentie", "Reflectie", "Inzicht in netwerken, bureaucratieën, procedures en wetten",
    "Kennis over (achtergronden van) je project of vraag",
]
PILLARS = ["Sterkere sociale structuren", "Kansen voor kwetsbare mensen", "Weerbaardere professionals"]
QUESTIONS = {  # a phrase of each municipal example question, and the casus that takes it up
    "Beleid en uitvoering hebben elkaar hard nodig": "Casus: beleid en uitvoering trekken samen op",
    "We weten dat er zorgfraude in onze gemeente voorkomt": "Casus: facturen die niet kloppen",
    "We investeren flink in een kleine volkswijk": "Casus: een wijk waar dealen gewoon is",
}
TOPS = ["persoonsgerichte aanpak", "slachtofferschap", "zorgfraude", "mensenhandel", "rechtsbescherming",
        "streng liefhebben", "ruimte én rugdekking"]


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    """The unpacked export's ``course/`` folder, built by the same command as ``make course-kit``."""
    folder = tmp_path_factory.mktemp("kit")
    archive = folder / "ondermijning-sociaal-domein.tar.gz"
    subprocess.run([sys.executable, "-W", "ignore", "-m", "weerbaarxblock.demo.kit", str(archive)],
                   cwd=REPO, check=True, capture_output=True)
    with tarfile.open(archive) as opened:
        assert {name.split("/")[0] for name in opened.getnames()} == {"course"}, "one top-level folder"
        opened.extractall(folder, filter="data")
    return folder / "course"


def read_xml(path):
    return olx.parse(path.read_bytes())


def walk(kit):
    """(element, file) for every block reached from course.xml, and the set of files read on the way."""
    pointer = read_xml(kit / "course.xml")
    assert pointer.tag == "course" and pointer.get("org") and pointer.get("course") and pointer.get("url_name")
    found, read = [], {kit / "course.xml"}

    def visit(tag, url_name):
        path = kit / tag / f"{url_name}.xml"
        read.add(path)
        node = read_xml(path)
        assert node.tag == tag, path
        found.append((node, path))
        for child in node:
            if tag in CONTAINERS:
                assert child.tag == CONTAINERS[tag] and set(child.attrib) == {"url_name"}, path
                visit(child.tag, child.get("url_name"))
            elif child.tag == "html":
                html = kit / "html" / f"{child.get('url_name')}.xml"
                read.update({html, html.with_suffix(".html")})
                found.append((read_xml(html), html))
            else:
                found.append((child, path))  # our blocks are written inside their vertical

    visit("course", pointer.get("url_name"))
    return found, read


def test_every_file_is_well_formed_and_reached_from_course_xml(kit):
    files = {path for path in kit.rglob("*") if path.is_file()}
    for path in files:
        if path.suffix == ".xml":
            read_xml(path)
        elif path.suffix == ".html":
            etree.fromstring(f"<div>{path.read_text(encoding='utf-8')}</div>")  # XHTML fragments, no stray tags
        elif path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
    _found, read = walk(kit)
    extras = {kit / "about" / "overview.html", kit / "policies" / "assets.json"}
    extras |= set((kit / "policies").glob("*/*.json"))
    assert files == read | extras, "files nobody points to, or pointers to missing files"


def test_only_block_types_open_edx_ships_or_this_package_provides(kit):
    ours = {point.name for point in entry_points(group="xblock.v1") if point.name.startswith("weerbaar_")}
    assert set(BLOCK_TYPES) == ours
    found, _read = walk(kit)
    used = {node.tag for node, _path in found}
    assert used <= PLATFORM_TYPES | ours, sorted(used - PLATFORM_TYPES - ours)
    assert ours <= used, "every block of this package appears in the kit"

    run = read_xml(kit / "course.xml").get("url_name")
    policy = json.loads((kit / "policies" / run / "policy.json").read_text(encoding="utf-8"))[f"course/{run}"]
    assert sorted(policy["advanced_modules"]) == sorted(ours), "Studio's Advanced Module List is set"
    assert policy["language"] == "nl"
    grading = json.loads((kit / "policies" / run / "grading_policy.json").read_text(encoding="utf-8"))
    formats = {node.get("format") for node, _path in found if node.tag == "sequential" and node.get("graded")}
    assert formats == {grader["type"] for grader in grading["GRADER"]}, "every graded subsection has a grader"


def our_blocks(kit):
    found, _read = walk(kit)
    return [(node, path) for node, path in found if node.tag in BLOCK_TYPES]


def test_every_weerbaar_block_loads_with_its_own_parse_xml_and_renders(kit, workbench):
    blocks = our_blocks(kit)
    assert len(blocks) == sum(1 for _c, _s, unit in course().units() if unit.activity)
    for node, path in blocks:
        block = workbench.load(etree.tostring(node, encoding="unicode"), student="leerling_a")
        assert type(block).__name__ != "ErrorBlock", path
        assert block.display_name == node.get("display_name"), path
        html = workbench.render(block).content
        assert "weerbaar" in html and block.display_name in html, path


def test_the_kit_is_the_demo_content(kit):
    """One source: each vertical holds the demo unit's texts and the activity file as the demo loads it."""
    for _chapter, _sequential, unit in course().units():
        vertical = read_xml(kit / "vertical" / f"{unit.id}.xml")
        assert vertical.get("display_name") == unit.display_name
        texts = [(kit / "html" / f"{node.get('url_name')}.html").read_text(encoding="utf-8")
                 for node in vertical.findall("html")]
        assert texts == [html for _file, html in unit.texts]
        blocks = [node for node in vertical if node.tag != "html"]
        if unit.activity:
            (block,) = blocks
            expected = olx.parse(unit.activity.xml)
            block.attrib.pop("url_name")
            block.tail = None  # the vertical's indentation
            # canonical XML: one way to write each character, whatever libxml2 the lxml in use carries
            assert etree.tostring(block, method="c14n") == etree.tostring(expected, method="c14n"), unit.id
        else:
            assert blocks == []


def kit_text(kit):
    return " ".join(" ".join(node.itertext()) for path in kit.rglob("*.*") if path.suffix in (".xml", ".html")
                    for node in [etree.fromstring(f"<div>{path.read_text(encoding='utf-8')}</div>")
                                 if path.suffix == ".html" else read_xml(path)])


def test_the_lerende_praktijk_the_pillars_and_the_example_questions_are_all_there(kit):
    chapters = [read_xml(path).get("display_name") for path in sorted((kit / "chapter").glob("*.xml"))]
    for element in FIXED_ELEMENTS:
        assert sum(1 for name in chapters if name.startswith(element)) == 1, f"no section for {element!r}"
    offensief = (kit / "html" / "breed_offensief_tekst_1.html").read_text(encoding="utf-8")
    assert "2020" in offensief
    for pillar in PILLARS:
        assert pillar in offensief, pillar
    text = kit_text(kit)
    for area in TOPS:
        assert area in text, area
    for phrase, casus in QUESTIONS.items():
        verticals = [path for path in (kit / "vertical").glob("*.xml")
                     if any(phrase in (kit / "html" / f"{node.get('url_name')}.html").read_text(encoding="utf-8")
                            for node in read_xml(path).findall("html"))]
        assert [read_xml(path).get("display_name") for path in verticals] == [casus], phrase
        assert [node.tag for node in read_xml(verticals[0]) if node.tag != "html"] == ["weerbaar_scenario"], phrase


def test_competencies_and_sectors_speak_micro_meso_macro(kit):
    levels = ("micro: ", "meso: ", "macro: ")
    for node, path in our_blocks(kit):
        if node.tag == "weerbaar_scenario":
            names = [competency.text for competency in node.iter("competency")]
            names += [tag.text for tag in node.iter("tag")]
            assert names and all(name.startswith(levels) for name in names), path
        elif node.tag == "weerbaar_network" and node.find("sectors") is not None:
            labels = [sector.text for sector in node.iter("sector")]
            assert all(label.split(":")[0].lower() in ("micro", "meso", "macro") for label in labels), path


def test_each_fixed_element_is_practised_with_a_casus_a_reflection_and_a_netwerkkaart(kit):
    for element in FIXED_ELEMENTS:
        (chapter,) = [read_xml(path) for path in (kit / "chapter").glob("*.xml")
                      if read_xml(path).get("display_name").startswith(element)]
        used = set()
        for sequential in chapter:
            for vertical in read_xml(kit / "sequential" / f"{sequential.get('url_name')}.xml"):
                used |= {node.tag for node in read_xml(kit / "vertical" / f"{vertical.get('url_name')}.xml")}
        assert set(BLOCK_TYPES) <= used, f"{element!r} lacks {sorted(set(BLOCK_TYPES) - used)}"


# The demo ids that tests, load tests and screenshots link to: a unit keeps its id when units are added.
PINNED_IDS = {
    "koerier": "weerbaar_scenario.0", "zorgfraude": "weerbaar_scenario.1", "volkswijk": "weerbaar_scenario.2",
    "beleid_en_uitvoering": "weerbaar_scenario.3",
    "kwaliteiten_en_valkuilen": "weerbaar_reflection.0", "leerdagboek": "weerbaar_reflection.1",
    "overleven": "weerbaar_reflection.2",
    "netwerkkaart_zorgfraude": "weerbaar_network.0", "eigen_netwerk": "weerbaar_network.1",
    "ondermijnende_structuur": "weerbaar_network.2",
}


def test_demo_ids_stay_put_and_follow_the_workbench_order():
    ids = {unit.id: unit.scenario_id for _chapter, _sequential, unit in course().units()}
    assert {unit: ids[unit] for unit in PINNED_IDS} == PINNED_IDS
    for block_type in BLOCK_TYPES:
        titles = [title for title, _xml in outline.workbench_scenarios(block_type)]
        for number, title in enumerate(titles):  # the workbench names the n-th scenario "<block_type>.<n>"
            (unit,) = [unit for _c, _s, unit in course().units() if unit.display_name == title]
            assert unit.scenario_id == f"{block_type}.{number}", title


def fake_unit(name, block_type):
    return outline.Unit(name, name, (), outline.Activity(block_type, f"{name}.xml", ""), None)


def test_an_activity_without_a_number_takes_the_next_free_one_and_numbers_have_no_gaps():
    units = [fake_unit("nieuw", "weerbaar_scenario"), fake_unit("oud", "weerbaar_scenario"),
             fake_unit("kaart", "weerbaar_network")]
    numbered = outline._numbered(units, [None, 0, None])
    assert [unit.scenario_id for unit in numbered] == ["weerbaar_scenario.1", "weerbaar_scenario.0",
                                                       "weerbaar_network.0"]
    with pytest.raises(ValueError, match="0, 1, 2"):
        outline._numbered(units[:2], [1, 2])
    with pytest.raises(ValueError, match="0, 1, 2"):
        outline._numbered(units[:2], [0, 0])
