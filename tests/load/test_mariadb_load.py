"""The demo under gunicorn (4 workers) on MariaDB, REPEATABLE READ, with a bounded concurrent load; then checked
in the database, restarted (SIGTERM) and checked again.

Learners save and submit reflections, answer a casus and save and submit a netwerkkaart, two tabs of each racing
every write; the instructor reviews reflections while learners resubmit (``journeys``, ``instructor``). Afterwards
(``checks``): no 5xx, never two tabs acknowledged for one version, every submission stored exactly once, every
last acknowledged write the stored one, and the instructor's views count what the rows hold. Needs the server of
`.ci/mariadb start` (its environment lines); `make load` and `make test-hardening` start one.
Bounded: a fixed number of moves per learner, loopback only, every request times out, the journeys stop at BUDGET.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.load import checks, instructor, journeys
from tests.load.clients import Tab
from tests.load.database import Database
from tests.load.servers import GunicornDemo, mariadb_settings

pytestmark = pytest.mark.load

LEARNERS = {"reflection": 12, "scenario": 10, "network": 10}
BUDGET = 60  # seconds for the journeys; what is not done by then is reported, not waited for
EXPECTED = {200, 400, 409}  # 400: a move the state no longer allows (e.g. a submitted entry before its review)


@pytest.fixture
def demo(tmp_path):
    settings = mariadb_settings()
    if settings is None:
        pytest.skip("needs the MariaDB server of `.ci/mariadb start` (make load, make test-hardening)")
    admin = Database(settings, name="")
    admin.execute(f"CREATE DATABASE {settings['NAME']} CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci")
    server = GunicornDemo(tmp_path, settings)
    try:
        server.start()
        database = Database(settings)
        yield server, database
        database.close()
    finally:
        server.stop()
        admin.execute(f"DROP DATABASE IF EXISTS {settings['NAME']}")
        admin.close()


def run_load(url):
    """Every journey at once; (learner ledgers, the instructor's ledger)."""
    deadline = time.monotonic() + BUDGET
    done = threading.Event()
    plan = [(getattr(journeys, activity), f"{activity[:4]}_{number:03d}")
            for activity, count in LEARNERS.items() for number in range(count)]
    with ThreadPoolExecutor(len(plan) + 1) as pool:
        staff = pool.submit(instructor.reviews, url, done, deadline + 15)
        reflections = [pool.submit(journey, url, student, deadline) for journey, student in plan
                       if journey is journeys.reflection]
        others = [pool.submit(journey, url, student, deadline) for journey, student in plan
                  if journey is not journeys.reflection]
        ledgers = [future.result() for future in reflections]
        done.set()
        ledgers += [future.result() for future in others]
        return ledgers, staff.result()


def stored_as_acknowledged(database, ledgers, staff):
    reviews = instructor.acknowledged_reviews(staff)
    problems = []
    for ledger in ledgers:
        check = getattr(checks, ledger.activity)
        problems += check(database, ledger, reviews) if ledger.activity == "reflection" else check(database, ledger)
    return problems


def seen_by_learners(url, ledgers):
    """After the restart, each learner's page shows the last acknowledged draft or map."""
    problems = []
    for ledger in ledgers:
        last = ledger.last("save_draft", "submit", "save_map")
        if ledger.activity == "scenario" or not last:
            continue
        unit = journeys.REFLECTION if ledger.activity == "reflection" else journeys.NETWORK
        text = last[0]["answers"]["kwaliteiten"] if "answers" in last[0] else last[0]["map"]["actors"][-1]["label"]
        if text not in Tab(url, unit, ledger.student).get_page():
            problems.append(f"{ledger.student}: after the restart the page does not show {text!r}")
    return problems


def summary(ledgers, staff, elapsed):
    statuses, total = {}, 0
    for ledger in [*ledgers, staff]:
        for handler, status, _error in ledger.statuses:
            counts = statuses.setdefault(f"{ledger.activity}.{handler}", {})
            counts[status] = counts.get(status, 0) + 1
            total += 1
    unfinished = [ledger.student for ledger in ledgers if ledger.activity == "reflection"
                  and ledger.count("submit") <= journeys.RESUBMITS]
    lines = "\n".join(f"  {name}: {counts}" for name, counts in sorted(statuses.items()))
    return (f"load: {total} requests in {elapsed:.1f} s, {staff.count('save_review')} reviews acknowledged; "
            f"reflections not resubmitted in time: {unfinished or 'none'}; statuses per handler:\n{lines}")


def test_many_learners_and_the_instructor_on_mariadb_under_four_workers(demo):
    server, database = demo
    started = time.monotonic()
    ledgers, staff = run_load(server.url)
    elapsed = time.monotonic() - started
    report = summary(ledgers, staff, elapsed)
    print("\n" + report)
    problems = checks.requests([*ledgers, staff])
    problems += [f"{ledger.student}: unexpected statuses {sorted(found)}" for ledger in [*ledgers, staff]
                 if (found := {status for _h, status, _e in ledger.statuses} - EXPECTED)]
    problems += stored_as_acknowledged(database, ledgers, staff)
    problems += instructor.views(server.url, database)
    exit_code = server.restart()
    if exit_code != 0:
        problems.append(f"gunicorn ended with {exit_code} on SIGTERM")
    problems += [f"after the restart: {problem}" for problem in stored_as_acknowledged(database, ledgers, staff)]
    problems += seen_by_learners(server.url, ledgers)
    problems += [f"after the restart: {problem}" for problem in instructor.views(server.url, database)]
    assert not problems, report + "\n" + "\n".join(problems[:40]) + "\n" + server.log_tail(40)
