"""Netwerkkaart: the learner view's JavaScript and CSS stay under 25 KB gzipped (the issue's budget).

Measured on what the block really sends a learner: every inline JS and CSS resource of the rendered fragment
(the shared common.js/common.css included), each gzipped on its own, which is stricter than gzipping the page
as a whole. The translation catalog is the package's, shared by all its blocks, and is reported apart.
"""
import gzip
import pathlib

import weerbaarxblock

from .helpers import configured_block

BUDGET = 25 * 1000
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
    assert len(assets) == 7  # common.css, network.css, common.js and the four network scripts
    separately = sum(gzipped(text) for text in assets)
    assert separately < BUDGET, separately
    assert gzipped("".join(assets)) < separately


def test_staff_only_code_is_not_sent_to_learners(workbench):
    learner = "".join(learner_assets(workbench, "leerling_a"))
    assert "function WeerbaarNetworkStaff(" not in learner and "WeerbaarNetworkStudio" not in learner
    staff = "".join(learner_assets(workbench, "docent"))
    assert "function WeerbaarNetworkStaff(" in staff
