"""The reflection's main handlers against a trivial handler, both POSTed through Django as a browser posts them.

The request path is ``baseline.py``'s (the LMS's ``handle_xblock_callback``); field data stays in memory.

Budget (issue #12): save_draft and submit each cost at most 5x a do-nothing JSON handler of a minimal block.
Answers of a realistic length (three questions of about 150 words) so that word counting and the privacy scan
are part of what is measured.
"""
import pytest
from xblock.core import XBlock

from tests.benchmarks.baseline import MinimalBlock, handler_seconds, micros, trivial_handler_seconds
from tests.benchmarks.figures import ratio_figure
from tests.benchmarks.reflection_data import ANSWER, reflection_class
from tests.lms_contract.conftest import lms  # noqa: F401 - the fixture
from weerbaarxblock.core.queries import atomic_with_retry, claim_version

pytestmark = pytest.mark.bench

ANSWERS = {f"p{number}": ANSWER * 5 for number in (1, 2, 3)}


def test_reflection_handlers_cost_at_most_five_trivial_handlers(transactional_db, lms):  # noqa: F811
    trivial = trivial_handler_seconds(lms)
    key = reflection_class(lms, 100)
    block = lms.lms_block(key, lms.learner)

    def write(fresh):
        return {"entry": 1, "version": fresh.draft_version, "answers": ANSWERS}

    results = []
    for handler in ("save_draft", "submit"):
        seconds = handler_seconds(lms, block, handler, write)
        print(f"\nreflection {handler}: {micros(seconds)}, trivial handler {micros(trivial)}", end="")
        results.append(ratio_figure(f"reflection {handler} / trivial handler", trivial, seconds, 5))
    floor = handler_seconds(lms, *claiming_block(lms), {})
    print(f"\n(for reference: a handler that only claims the learner's version row, the least a guarded write "
          f"does, costs {floor / trivial:.1f}x the trivial handler: {micros(floor)})", end="")
    assert all(results)


class ClaimingBlock(MinimalBlock):
    """A block whose handler does only what every learner write must: one claimed version, in a transaction."""

    @XBlock.json_handler
    def claim(self, data, suffix=""):  # noqa: ARG002 - XBlock's signature
        keys = ("course-v1:Divosa+OND101+2026", str(self.scope_ids.usage_id))
        ClaimingBlock.version += 1
        atomic_with_retry(lambda: claim_version(keys, "probe", ClaimingBlock.version - 1, code="stale", mirror=(0, "")))
        return {}

    version = 0


def claiming_block(lms):  # noqa: F811
    usage_key = lms.add_block("claiming_probe", block_class=ClaimingBlock)
    return lms.lms_block(usage_key, lms.learner), "claim"
