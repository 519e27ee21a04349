"""Many learners autosave reflection drafts on the demo under gunicorn (4 workers) on SQLite, two tabs racing.

Bounded: LEARNERS learners x ROUNDS rounds x 2 tabs requests, loopback only, each request times out. Afterwards:
no 500, never two tabs acknowledged for one version, and the last acknowledged draft is the one stored.
"""
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.load.clients import Tab
from tests.load.journeys import REFLECTION
from tests.load.ledger import Ledger
from tests.load.servers import GunicornDemo

pytestmark = pytest.mark.load

LEARNERS = 24
ROUNDS = 5


def race_learner(url, student):
    """ROUNDS rounds of two tabs saving from the same version; (ledger, the page afterwards)."""
    ledger, tabs, version = Ledger(student, "reflection"), [Tab(url, REFLECTION, student) for _ in range(2)], 0
    for round_number in range(ROUNDS):
        bodies = [{"entry": 1, "version": version,
                   "answers": {"kwaliteiten": f"{student} ronde {round_number} tab {tab}"}} for tab in range(2)]
        won = ledger.race(tabs, "save_draft", bodies)
        if won:
            version = won[1]["version"]
        else:
            time.sleep(0.05)
    return ledger, tabs[0].get_page()


def test_two_tabs_of_many_learners_race_every_draft_save(tmp_path):
    server = GunicornDemo(tmp_path)
    server.start()
    started = time.monotonic()
    try:
        with ThreadPoolExecutor(LEARNERS) as pool:
            results = list(pool.map(lambda n: race_learner(server.url, f"last_{n:03d}"), range(LEARNERS)))
    finally:
        server.stop()
    elapsed = time.monotonic() - started
    problems = []
    for ledger, page in results:
        if ledger.server_errors():
            problems.append(f"{ledger.student}: server errors {ledger.server_errors()}")
        unexpected = sorted({status for _handler, status, _error in ledger.statuses} - {200, 409})
        if unexpected:
            problems.append(f"{ledger.student}: unexpected statuses {unexpected}")
        if ledger.doubles:
            problems.append(f"{ledger.student}: both tabs acknowledged for (handler, version) {ledger.doubles}")
        last = ledger.last("save_draft")
        if last and last[0]["answers"]["kwaliteiten"] not in page:
            problems.append(f"{ledger.student}: the last acknowledged draft is not the stored one")
    assert not problems, f"after {elapsed:.1f} s:\n" + "\n".join(problems) + "\n" + server.log_tail(30)
