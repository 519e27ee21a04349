"""Netwerkkaart: the learner view's own JavaScript and CSS stay under 25 KB gzipped (the issue's budget).

Measured on what the block really sends a learner: every inline JS and CSS resource of the rendered fragment,
each gzipped on its own. What every block shares (the common modules and common.css, sent once per page
however many blocks it holds, and the translation catalog) has a budget of its own.
"""
import gzip
import pathlib

import weerbaarxblock
from weerbaarxblock.core.block import COMMON_CSS, common_js, loader

from .helpers import configured_block

BUDGET = 25 * 1000
SHARED_BUDGET = 8 * 1000
CATALOG = (pathlib.Path(weerbaarxblock.__file__).parent / "static/js/translations/nl/text.js").read_text("utf-8")


def gzipped(text):
    return len(gzip.compress(text.encode("utf-8"), compresslevel=9))


def learner_assets(workbench, student):
    fragment = workbench.render(configured_block(workbench, student=student))
    return [
        resource.data for resource in fragment.resources
        if resource.kind == "text" and resource.mimetype in ("application/javascript", "text/css")
        and resource.data != CATALOG
    ]


def test_the_learner_view_stays_under_25_kb_gzipped(workbench):
    assets = learner_assets(workbench, "leerling_a")
    assert len(assets) == 4  # common.css, network.css, the common modules, the network scripts
    shared = {common_js(), loader.load_unicode(COMMON_CSS)}
    own = [text for text in assets if text not in shared]
    assert len(own) == 2
    assert sum(gzipped(text) for text in own) < BUDGET
    assert sum(gzipped(text) for text in shared) < SHARED_BUDGET


def test_staff_only_code_is_not_sent_to_learners(workbench):
    learner = "".join(learner_assets(workbench, "leerling_a"))
    assert "function WeerbaarNetworkStaff(" not in learner and "WeerbaarNetworkStudio" not in learner
    staff = "".join(learner_assets(workbench, "docent"))
    assert "function WeerbaarNetworkStaff(" in staff
