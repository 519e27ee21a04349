"""Page weight (issue #12, point 5): each learner view's own JS and CSS, a first and a repeat view of a unit, and
xblock-drag-and-drop-v2's learner view as a reference.

Every file reaches the browser through ``runtime.local_resource_url`` (``core/block.py`` ``add_assets``) and is
read here from the package (``tests/assets.py``). The browser cache is modelled simply: a file behind a URL that a
page loaded before is not fetched again, so what a repeat view transfers is the inline JS and CSS alone.
"""
import importlib.util

import pytest
from xblock.core import XBlock

from tests.assets import SCRIPT, STYLE, each_gzipped, gzipped, loaded, own_files, together_gzipped
from tests.benchmarks.figures import figure

pytestmark = pytest.mark.bench

BUDGET_KB = {"weerbaar_reflection": 12, "weerbaar_scenario": 15, "weerbaar_network": 25}
REPEAT_BUDGET_KB = 10
UNIT = "".join(f"<{tag}/>" for tag in sorted(BUDGET_KB))  # a unit holding one of each


def kb(size):
    return size / 1024


@pytest.mark.parametrize("tag", sorted(BUDGET_KB))
def test_learner_view_weight(workbench, tag):
    """The view's own code, gzipped as one stream: the measure the budgets were set on."""
    own = own_files(workbench.render(workbench.load(f"<{tag}/>")))
    weight = kb(together_gzipped(own))
    ok = figure(f"{tag} learner view, own JS+CSS gzipped", weight, f"< {BUDGET_KB[tag]} KB",
                weight < BUDGET_KB[tag], unit=" KB")
    figure(f"{tag} learner view, own JS+CSS as {len(own)} files gzipped one by one (first view, information)",
           kb(each_gzipped(own)), "none", True, unit=" KB")
    assert ok


def unit_fragments(workbench):
    return [workbench.render(workbench.as_student(block, "leerling_a")) for block in
            (workbench.load(f"<{tag}/>") for tag in sorted(BUDGET_KB))]


def test_a_repeat_view_of_a_unit_transfers_little_js_and_css(workbench):
    """A unit of one block of each kind, viewed before: the files behind URLs come from the browser's cache."""
    fragments = unit_fragments(workbench)
    first_urls = {r.data for fragment in fragments for r in fragment.resources if r.kind == "url"}
    first = sum(gzipped(item.text) for item in {item: None for f in fragments for item in loaded(f)})
    repeat = sum(gzipped(item.text) for fragment in unit_fragments(workbench) for item in loaded(fragment)
                 if item.inline)
    again = {r.data for fragment in unit_fragments(workbench) for r in fragment.resources if r.kind == "url"}
    assert again == first_urls  # the same URLs on every view: nothing new to fetch
    figure("first view of a unit (one block of each kind): JS+CSS transferred, gzipped per file (information)",
           kb(first), "none", True, unit=" KB")
    assert figure("repeat view of the same unit: JS+CSS transferred (inline only; files cached)", kb(repeat),
                  f"< {REPEAT_BUDGET_KB} KB", kb(repeat) < REPEAT_BUDGET_KB, unit=" KB")


def reference_files(fragment, block_class):
    """drag-and-drop-v2's scripts and styles: inline text, or its own files behind the workbench's URLs (its
    translation catalog left out, as ours is)."""
    marker = "/resource/drag-and-drop-v2/"
    for resource in fragment.resources:
        if resource.mimetype not in (SCRIPT, STYLE):
            continue
        if resource.kind == "text":
            yield resource.data
        elif marker in resource.data and "/translations/" not in resource.data:
            with block_class.open_local_resource(resource.data.split(marker, 1)[1]) as file:
                yield file.read().decode("utf-8")


def test_reference_drag_and_drop_v2_learner_view(workbench):
    """The same measure for xblock-drag-and-drop-v2 (requirements/bench.txt; not a dependency of the package)."""
    if importlib.util.find_spec("drag_and_drop_v2") is None:
        pytest.fail("xblock-drag-and-drop-v2 is missing: `make bench` installs requirements/bench.txt")
    fragment = workbench.render(workbench.load("<drag-and-drop-v2/>"))
    texts = list(reference_files(fragment, XBlock.load_class("drag-and-drop-v2")))
    weight = kb(gzipped("\n".join(texts)))
    figure("reference: drag-and-drop-v2 learner view, own JS+CSS gzipped", weight, "none (reference)", True,
           unit=" KB")
    assert weight > 0
