"""Netwerkkaart: the learner view's own JavaScript and CSS stay under 25 KB gzipped (the issue's budget).

Measured on what the block really makes a learner's browser load: every script and style of the rendered
fragment, the files behind its URLs read from the package (``tests/assets.py``). "Own" leaves out what every block
shares (the common modules and common.css, one set of files for every page, however many blocks it holds) and the
translation catalog; those have a budget of their own. The code is weighed gzipped as one stream, however it is
cut into files; `make bench` also states what separate files cost on a first view (test_asset_weight.py).
"""
from tests.assets import loaded, own_files, shared_files, together_gzipped

from .helpers import configured_block

BUDGET = 25 * 1000
SHARED_BUDGET = 10 * 1000  # the common modules, the privacy guard among them, and common.css


def learner_fragment(workbench, student):
    return workbench.render(configured_block(workbench, student=student))


def test_the_learner_view_stays_under_25_kb_gzipped(workbench):
    fragment = learner_fragment(workbench, "leerling_a")
    assert not [item for item in loaded(fragment) if item.inline]  # every file by URL: the browser caches them
    own = own_files(fragment)
    assert [item.path for item in own if item.mimetype == "text/css"] == ["static/css/network.css"]
    assert together_gzipped(own) < BUDGET
    assert together_gzipped(shared_files(fragment)) < SHARED_BUDGET


def test_staff_only_code_is_not_sent_to_learners(workbench):
    learner = "".join(item.text for item in loaded(learner_fragment(workbench, "leerling_a")))
    assert "function WeerbaarNetworkStaff(" not in learner and "WeerbaarNetworkStudio" not in learner
    staff = "".join(item.text for item in loaded(learner_fragment(workbench, "docent")))
    assert "function WeerbaarNetworkStaff(" in staff
