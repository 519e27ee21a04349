"""Each learner view's own JS and CSS, gzipped, stays under the weight its issue allows.

"Own" means what the block's learner view adds on top of the shared common.js/common.css
and the translation catalog: those are loaded once per page whatever blocks it holds.
"""
import gzip

import pytest

from weerbaarxblock.core.block import COMMON_CSS, common_js, loader

pytestmark = pytest.mark.bench

BUDGET_KB = {"weerbaar_reflection": 12, "weerbaar_scenario": 15, "weerbaar_network": 25}
SHARED = {common_js(), loader.load_unicode(COMMON_CSS)}


def own_resources(fragment):
    for resource in fragment.resources:
        if resource.kind != "text" or resource.data in SHARED or "WeerbaarI18n" in resource.data[:2000]:
            continue
        yield resource.data


@pytest.mark.parametrize("tag", sorted(BUDGET_KB))
def test_learner_view_weight(workbench, tag):
    block = workbench.load(f"<{tag}/>")
    fragment = workbench.render(block)
    own = "\n".join(own_resources(fragment)).encode("utf-8")
    shared = "\n".join(SHARED).encode("utf-8")
    own_kb = len(gzip.compress(own, 9)) / 1024
    shared_kb = len(gzip.compress(shared, 9)) / 1024
    print(f"\n{tag}: own JS+CSS {own_kb:.1f} KB gzipped (budget {BUDGET_KB[tag]} KB); shared {shared_kb:.1f} KB")
    assert own_kb < BUDGET_KB[tag]
