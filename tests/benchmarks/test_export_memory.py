"""Each activity's CSV export of 10,000 learners, through the handler path as the LMS calls it: < 50 MB growth.

The LMS answers a handler with ``webob_to_django_response(resp)`` (``lms/djangoapps/courseware/block_render.py``,
``_invoke_xblock_handler``), which builds a plain ``HttpResponse`` from the block's ``app_iter``: the whole file
is joined in memory before the first byte leaves. So the figure here is what the server holds for one download:
the rows the block reads and writes while it makes the file, and the file itself. Larger classes belong in the
LMS's problem-responses report (``generate_report_data``, run in the background), which the download points to.
"""
import tracemalloc

import pytest
from django.test import RequestFactory
from xblock.django.request import django_to_webob_request, webob_to_django_response

from tests.benchmarks.export_data import network_class, scenario_class
from tests.benchmarks.figures import figure
from tests.benchmarks.reflection_data import reflection_class
from tests.lms_contract.conftest import lms  # noqa: F401 - the fixture

pytestmark = pytest.mark.bench

LEARNERS = 10_000
BUDGET_MB = 50
EXPORTS = {  # activity: (its class builder, its CSV download handler)
    "reflection": (reflection_class, "export_csv"),
    "scenario": (scenario_class, "export_csv"),
    "network": (network_class, "export"),
}


def download_growth(lms, key, handler, *, streaming=False):  # noqa: F811
    """(peak bytes allocated while the download is answered, the file's size).

    ``streaming=False`` is the LMS (one ``HttpResponse``); ``streaming=True`` a runtime that sends the block's
    ``app_iter`` as it comes (``StreamingHttpResponse``): what the block itself holds at any moment.
    """
    block = lms.lms_block(key, lms.staff)
    request = RequestFactory().get(block.runtime.handler_url(block, handler))
    request.user = lms.staff.user
    tracemalloc.start()
    try:
        response = webob_to_django_response(block.handle(handler, django_to_webob_request(request)), streaming)
        size = sum(map(len, response.streaming_content)) if streaming else len(response.content)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert response.status_code == 200
    return peak, size


@pytest.mark.parametrize("activity", list(EXPORTS))
def test_an_export_of_ten_thousand_learners_stays_under_fifty_megabytes(lms, activity):  # noqa: F811
    build, handler = EXPORTS[activity]
    key = build(lms, LEARNERS)
    peak, size = download_growth(lms, key, handler)
    megabytes = peak / 2**20
    print(f"\n{activity} export of {LEARNERS} learners: a file of {size / 2**20:.1f} MB", end="")
    assert figure(f"{activity} CSV export of 10k learners, memory", megabytes, f"< {BUDGET_MB} MB",
                  megabytes < BUDGET_MB, unit=" MB")


def test_the_reflection_export_streams_in_constant_memory(lms):  # noqa: F811
    """Where the runtime streams, the reflection's download holds one page of rows at a time, not the file."""
    key = reflection_class(lms, LEARNERS)
    peak, size = download_growth(lms, key, "export_csv", streaming=True)
    megabytes = peak / 2**20
    assert figure("reflection CSV export of 10k learners streamed, memory", megabytes, "< 10 MB",
                  megabytes < 10 and size > 10 * 2**20, unit=" MB")
