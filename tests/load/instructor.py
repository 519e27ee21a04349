"""The instructor during the load: reviews every submitted reflection while learners resubmit; and afterwards
the counts of the instructor's views against the rows."""
import time

from tests.load.clients import Tab
from tests.load.journeys import NETWORK, REFLECTION, SCENARIO
from tests.load.ledger import Ledger

STAFF = "docent"


def reviews(url, done, deadline):
    """Review what waits (submitted or changed) until the learners are done; the ledger of acknowledged reviews."""
    ledger, tab = Ledger(STAFF, "review"), Tab(url, REFLECTION, STAFF)
    while time.monotonic() < deadline:
        finished = done.is_set()  # read before the pass, so the pass after the last resubmission still runs
        for status in ("submitted", "changed"):
            code, page = tab.post("review_list", {"status": status})
            ledger.note("review_list", code, page)
            for row in page["rows"] if code == 200 else []:
                code, detail = tab.post("review_entry", {"entry_id": row["entry_id"]})
                ledger.note("review_entry", code, detail)
                body = {"entry_id": row["entry_id"], "version": row["version"],
                        "feedback": f"Feedback op versie {row['version']}: goed doorgevraagd."}
                code, answer = tab.post("save_review", body)
                ledger.note("save_review", code, answer)
                if code == 200:
                    ledger.acks.append(("save_review", body, answer))
        if finished:
            break
        time.sleep(0.2)
    return ledger


def acknowledged_reviews(ledger):
    """{entry id: [review bodies acknowledged]}"""
    found = {}
    for handler, body, _answer in ledger.acks:
        if handler == "save_review":
            found.setdefault(body["entry_id"], []).append(body)
    return found


def views(url, database):
    """The instructor's lists and totals equal the rows."""
    problems = []
    reflection = Tab(url, REFLECTION, STAFF)
    status, page = reflection.post("review_list", {})
    counts = database.status_counts()
    if status != 200 or page["total"] != sum(counts.values()) or {
            key: value for key, value in page["counts"].items() if value} != counts:
        problems.append(f"review_list answered {status}: {str(page)[:200]} for the rows' counts {counts}")
    status, report = Tab(url, SCENARIO, STAFF).post("staff_report", {})
    attempts = database.count("scenarioattempt")
    if status != 200 or report["total"] != attempts:
        problems.append(f"staff_report answered {status}: total {report.get('total')} for {attempts} attempt rows")
    status, overview = Tab(url, NETWORK, STAFF).post("staff_overview", {})
    maps = database.count("networksubmission")
    if status != 200 or overview["total"] != maps or overview["overlay"]["learners"] != maps:
        problems.append(f"staff_overview answered {status}: {overview.get('total')} maps for {maps} rows")
    return problems
