"""The casus at course scale (issue 12): learner views and handlers independent of the class size, the
instructor's report paged with the same queries at every size, the CSV in constant memory, the answer handler
near a trivial one, and scoring linear in the number of attempts.

Data: 100, 1,000 and 10,000 learners' finished attempts, loaded by ``scenario_data`` (bulk_create).
"""
import json
import time
import tracemalloc

import pytest
import webob
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.benchmarks.baseline import Browser, answer_of, micros, serving, trivial_handler_seconds
from tests.benchmarks.figures import fastest, figure, ratio_figure
from tests.benchmarks.scenario_data import casus_with_learners
from tests.lms_contract.conftest import lms  # noqa: F401 - the fixture
from tests.lms_contract.scored import play_scenario
from tests.scenario.data import KEY_ANSWERS, linear
from weerbaarxblock.scenario import queries
from weerbaarxblock.scenario.rules import attempts as attempt_rules
from weerbaarxblock.scenario.rules import report
from weerbaarxblock.scenario.rules.model import normalise_scenario
from weerbaarxblock.scenario.rules.rescore import rescored_history

pytestmark = pytest.mark.bench

SIZES = (100, 1000, 10_000)
RUNS = 10


def timed(setup, action, runs=RUNS):
    """The fastest of ``runs`` timings of ``action(setup())``: only the action is timed."""
    best = float("inf")
    for _ in range(runs):
        prepared = setup()
        started = time.perf_counter()
        action(prepared)
        best = min(best, time.perf_counter() - started)
    return best


def ok_call(lms, block, handler, payload):  # noqa: F811 - the fixture's name
    status, data = lms.call(block, handler, payload)
    assert status == 200, data
    return data


def answer_seconds(lms, key, people):  # noqa: F811 - the fixture's name
    """A learner's first answer, POSTed from their browser as ``baseline`` posts the trivial handler: each run a
    learner who has just started (``start_attempt`` and the log-in are not timed)."""
    queue = list(people)

    def setup():
        person = queue.pop()
        block = lms.lms_block(key, person)
        version = ok_call(lms, block, "start_attempt", {})["state"]["version"]
        body = json.dumps({"situation": "s1", "answer": KEY_ANSWERS["s1"], "version": version})
        return Browser(person), block.runtime.handler_url(block, "answer"), body

    def answer(prepared):
        browser, url, body = prepared
        answered.append(browser.send(url, body))

    answered = []
    with serving(lms):
        seconds = timed(setup, answer, runs=len(people))
    assert all(answer_of(response)[0] == 200 for response in answered)
    return seconds


def end_screen_seconds(lms, key):  # noqa: F811 - the fixture's name
    """A finished learner's page state: their review with the peers' percentages."""
    block = play_scenario(lms, key, lms.learner)
    assert lms.call(block, "advance", {})[0] in (200, 400)
    state = ok_call(lms, block, "learner_state", {})["state"]
    assert state["end"]["review"][0]["peers"]["count"] >= 100
    return fastest(lambda: ok_call(lms, block, "learner_state", {}), RUNS)


def report_page(lms, key):  # noqa: F811 - the fixture's name
    """The first page of the report: its time and its number of queries."""
    staff = lms.lms_block(key, lms.staff)
    with CaptureQueriesContext(connection) as captured:
        data = ok_call(lms, staff, "staff_report", {})
    assert len(data["attempts"]) == 50 and data["total"] >= 100
    return fastest(lambda: ok_call(lms, staff, "staff_report", {}), RUNS), len(captured)


def report_search(lms, key):  # noqa: F811 - the fixture's name
    """A report search for one learner ("Deelnemer 00042"): its time and its number of queries."""
    staff = lms.lms_block(key, lms.staff)
    query = {"search": "Deelnemer 00042"}
    with CaptureQueriesContext(connection) as captured:
        data = ok_call(lms, staff, "staff_report", query)
    assert [row["learner_name"] for row in data["attempts"]] == ["Deelnemer 00042"]
    return fastest(lambda: ok_call(lms, staff, "staff_report", query), RUNS), len(captured)


def statistics_seconds(key):
    scenario = normalise_scenario(linear())
    return fastest(lambda: report.report(scenario, queries.tallies(str(key))), RUNS)


def export_peak_bytes(lms, key):  # noqa: F811 - the fixture's name
    """The most memory the CSV takes while its response is read to the end, through the block's handler."""
    staff = lms.lms_block(key, lms.staff)
    tracemalloc.start()
    response = staff.runtime.handle(staff, "export_csv", webob.Request.blank("/", method="GET"))
    size = sum(len(chunk) for chunk in response.app_iter)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert size > 0
    return peak


def test_the_casus_at_course_scale(lms):  # noqa: F811 - the fixture's name
    keys = {size: casus_with_learners(lms, size) for size in SIZES}
    people = {size: [lms.add_person(f"speler{size}-{run}", f"Speler {run}") for run in range(RUNS)] for size in SIZES}
    trivial = trivial_handler_seconds(lms)
    measured = {size: {
        "end": end_screen_seconds(lms, keys[size]),
        "answer": answer_seconds(lms, keys[size], people[size]),
        "page": report_page(lms, keys[size]),
        "search": report_search(lms, keys[size]),
        "statistics": statistics_seconds(keys[size]),
    } for size in SIZES}
    small, large = measured[SIZES[0]], measured[SIZES[-1]]
    print(f"\ncasus answer at 10k learners: {micros(large['answer'])}, trivial handler {micros(trivial)}", end="")
    peaks = {size: export_peak_bytes(lms, keys[size]) for size in (1000, 10_000)}
    queries_per_size = [measured[size]["page"][1] for size in SIZES]
    results = [
        ratio_figure("casus end screen (learner_state, peers) 10k / 100 learners", small["end"], large["end"], 1.5),
        ratio_figure("casus answer handler 10k / 100 learners", small["answer"], large["answer"], 1.5),
        ratio_figure("casus answer handler / trivial handler", trivial, large["answer"], 5),
        figure("casus report page queries at 100 / 1k / 10k", "/".join(map(str, queries_per_size)), "equal",
               len(set(queries_per_size)) == 1),
        ratio_figure("casus report page 10k / 100 learners", small["page"][0], large["page"][0], 1.5),
        figure("casus report search for one learner, queries at 100 / 1k / 10k",
               "/".join(str(measured[size]["search"][1]) for size in SIZES), "equal",
               len({measured[size]["search"][1] for size in SIZES}) == 1),
        ratio_figure("casus report search for one learner 10k / 100 learners", small["search"][0],
                     large["search"][0], 1.5),
        ratio_figure("casus statistics 10k / 100 learners", small["statistics"], large["statistics"], 3),
        figure("casus CSV export peak memory, 10k learners", peaks[10_000] / 2**20, "< 50 MB",
               peaks[10_000] < 50 * 2**20, unit=" MB"),
        ratio_figure("casus CSV export peak memory 10k / 1k learners", peaks[1000], peaks[10_000], 1.5),
    ]
    assert all(results)


def history(size):
    """``size`` finished counting attempts at the linear casus, as ``user_state`` keeps them."""
    scenario = normalise_scenario(linear())
    attempt = attempt_rules.new_attempt(scenario, 1, "2026-11-30T10:00:00", counts=True)
    for situation, answer in KEY_ANSWERS.items():
        attempt, _step = attempt_rules.answer(scenario, attempt, situation, answer, "", "2026-11-30T10:01:00")
        if not attempt["finished"]:
            attempt, _done = attempt_rules.advance(scenario, attempt, "2026-11-30T10:02:00")
    return scenario, [dict(attempt, number=number) for number in range(1, size + 1)]


def test_scoring_attempts_grows_linearly():
    """Re-scoring 10,000 attempts against the key takes at most 12 times as long as 1,000."""
    small, large = history(1000), history(10_000)
    rescored_history(*small)  # warm up
    seconds = [fastest(lambda case=case: rescored_history(*case), 3) for case in (small, large)]
    assert ratio_figure("casus scoring 10,000 / 1,000 attempts", seconds[0], seconds[1], 12)
