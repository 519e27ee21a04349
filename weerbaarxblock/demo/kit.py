"""The course kit: the training as an Open edX course export that Studio's Import accepts (``make course-kit``).

Written from the same outline as the demo (``demo/outline.py``), in the layout Studio itself exports: one
top-level folder ``course/`` with ``course.xml`` (org, number and the run's url_name), ``course/<run>.xml`` (the
course's settings and its chapters), one file per chapter, sequential and vertical, html blocks as an ``.xml``
pointer and an ``.html`` body, and ``policies/<run>/policy.json`` and ``grading_policy.json``. Our blocks are
written inside their vertical, as the platform exports XBlocks that are not XModules: such blocks do not follow
a pointer to a file of their own when a course is imported.

    python -m weerbaarxblock.demo.kit dist/ondermijning-sociaal-domein.tar.gz
"""
import io
import json
import sys
import tarfile

from lxml import etree

from weerbaarxblock.core import olx
from weerbaarxblock.demo.outline import BLOCK_TYPES, course

ROOT = "course"
ASSIGNMENT_TYPE = "Praktijkopdracht"  # the grader's name for a graded subsection
START = "2026-01-01T00:00:00Z"
OVERVIEW = (
    "<section class=\"about\">\n  <h2>Over deze training</h2>\n  <p>Criminele netwerken zoeken hun weg in het "
    "sociaal domein. In deze training van Divosa oefen je met casussen, reflecteer je op je eigen handelen en "
    "breng je netwerken in kaart, volgens de vaste onderdelen van de Lerende Praktijk.</p>\n</section>\n"
)


def _xml(element):
    return etree.tostring(element, encoding="unicode", pretty_print=True)


def _element(tag, children=(), **attributes):
    element = etree.Element(tag, {name: value for name, value in attributes.items() if value is not None})
    for child_tag, url_name in children:
        etree.SubElement(element, child_tag, url_name=url_name)
    return element


def _vertical(unit):
    """The vertical's file and the html files of its texts: {path: text}."""
    files, vertical = {}, _element("vertical", display_name=unit.display_name)
    for number, (_name, html) in enumerate(unit.texts, start=1):
        url_name = f"{unit.id}_tekst_{number}"
        etree.SubElement(vertical, "html", url_name=url_name)
        files[f"html/{url_name}.xml"] = _xml(_element("html", filename=url_name, display_name=unit.display_name))
        files[f"html/{url_name}.html"] = html
    if unit.activity:
        block = olx.parse(unit.activity.xml)
        block.set("url_name", f"{unit.id}_activiteit")
        vertical.append(block)
    files[f"vertical/{unit.id}.xml"] = _xml(vertical)
    return files


def _policies(outline):
    graded = sum(1 for chapter in outline.chapters for sequential in chapter.sequentials if sequential.graded)
    policy = {f"course/{outline.run}": {
        "display_name": outline.display_name,
        "language": outline.language,
        "advanced_modules": list(BLOCK_TYPES),
        "start": START,
        "self_paced": True,
    }}
    grading = {
        "GRADER": [{"type": ASSIGNMENT_TYPE, "short_label": "PO", "min_count": graded, "drop_count": 0, "weight": 1.0}],
        "GRADE_CUTOFFS": {"Pass": 0.6},
    }
    return {
        f"policies/{outline.run}/policy.json": json.dumps(policy, indent=4, ensure_ascii=False) + "\n",
        f"policies/{outline.run}/grading_policy.json": json.dumps(grading, indent=4) + "\n",
        "policies/assets.json": "{}\n",
    }


def files():
    """{path inside the course folder: text} for the whole export."""
    outline = course()
    found = {
        "course.xml": _xml(_element("course", url_name=outline.run, org=outline.org, course=outline.number)),
        f"course/{outline.run}.xml": _xml(_element(
            "course", [("chapter", chapter.id) for chapter in outline.chapters],
            display_name=outline.display_name, language=outline.language, start=START, self_paced="true",
            advanced_modules=json.dumps(list(BLOCK_TYPES)),
        )),
        "about/overview.html": OVERVIEW,
        **_policies(outline),
    }
    for chapter in outline.chapters:
        found[f"chapter/{chapter.id}.xml"] = _xml(_element(
            "chapter", [("sequential", sequential.id) for sequential in chapter.sequentials],
            display_name=chapter.display_name,
        ))
        for sequential in chapter.sequentials:
            found[f"sequential/{sequential.id}.xml"] = _xml(_element(
                "sequential", [("vertical", unit.id) for unit in sequential.units],
                display_name=sequential.display_name,
                graded="true" if sequential.graded else None,
                format=ASSIGNMENT_TYPE if sequential.graded else None,
            ))
            for unit in sequential.units:
                found.update(_vertical(unit))
    return found


def write(path):
    """Write the export as a gzipped tar with one folder, ``course/``; the same content gives the same bytes."""
    with tarfile.open(path, "w:gz", format=tarfile.PAX_FORMAT) as archive:
        for name, text in sorted(files().items()):
            data = text.encode("utf-8")
            info = tarfile.TarInfo(f"{ROOT}/{name}")
            info.size, info.mode, info.mtime = len(data), 0o644, 0
            archive.addfile(info, io.BytesIO(data))


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m weerbaarxblock.demo.kit <archive.tar.gz>", file=sys.stderr)
        return 2
    write(args[0])
    print(f"Course kit written: {args[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
