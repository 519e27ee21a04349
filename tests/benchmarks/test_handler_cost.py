"""The reflection's main handlers against a trivial handler in the same LMS runtime, field data in memory.

Budget (issue #12): save_draft and submit each cost at most 5x a do-nothing JSON handler of a minimal block.
Answers of a realistic length (three questions of about 150 words) so that word counting and the privacy scan
are part of what is measured.
"""
import pytest

from tests.benchmarks.baseline import handler_seconds, trivial_handler_seconds
from tests.benchmarks.figures import ratio_figure
from tests.benchmarks.reflection_data import ANSWER, reflection_class
from tests.lms_contract.conftest import lms  # noqa: F401 - the fixture

pytestmark = pytest.mark.bench

ANSWERS = {f"p{number}": ANSWER * 5 for number in (1, 2, 3)}


def test_reflection_handlers_cost_at_most_five_trivial_handlers(lms):  # noqa: F811
    trivial = trivial_handler_seconds(lms)
    key = reflection_class(lms, 100)
    block = lms.lms_block(key, lms.learner)

    def write():
        return {"entry": 1, "version": block.draft_version, "answers": ANSWERS}

    results = [
        ratio_figure(f"reflection {handler} / trivial handler", trivial, handler_seconds(lms, block, handler, write),
                     5)
        for handler in ("save_draft", "submit")
    ]
    assert all(results)
