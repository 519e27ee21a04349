"""The yardstick for handler budgets: a trivial handler of a minimal block, in the same LMS runtime.

The LMS runtime of ``tests/lms_contract`` keeps field data in memory (``DictKeyValueStore``), as the LMS batches
field data per request, so a ratio against ``trivial_handler_seconds`` measures our handler's own work. Each call
binds the block afresh, as the LMS does for every handler request (``block_render.get_block_for_descriptor``):
the runtime, its services and the block are part of what any handler costs.
"""
import pytest
from xblock.core import XBlock

from tests.benchmarks.figures import fastest
from tests.lms_contract.conftest import lms  # noqa: F401 - the fixture, for benchmarks that import this module


class MinimalBlock(XBlock):
    """A block that does nothing: its handler's cost is the runtime's own."""

    @XBlock.json_handler
    def ping(self, data, suffix=""):  # noqa: ARG002 - XBlock's signature
        return {}


def handler_seconds(platform, block, handler, payload=None, *, runs=20):
    """The fastest of ``runs`` POSTs of ``payload`` (or ``payload()`` per call) to ``handler`` of ``block``.

    ``block`` says which block and whose request; each POST gets the block bound anew for that person.
    """
    usage_key = block.scope_ids.usage_id
    person = next(
        person for person in (platform.learner, platform.learner_b, platform.staff)
        if person.user.id == block.scope_ids.user_id
    )

    def post():
        body = payload() if callable(payload) else payload
        status, _data = platform.call(platform.lms_block(usage_key, person), handler, body)
        assert status == 200, _data

    post()  # warm up: imports, first queries
    return fastest(post, runs)


def trivial_handler_seconds(platform, *, runs=20):
    """What a do-nothing JSON handler costs a learner in the same runtime."""
    usage_key = platform.add_block("minimal_probe", block_class=MinimalBlock)
    block = platform.lms_block(usage_key, platform.learner)
    return handler_seconds(platform, block, "ping", {}, runs=runs)


@pytest.fixture
def trivial_seconds(lms):  # noqa: F811 - the fixture imported above
    return trivial_handler_seconds(lms)
