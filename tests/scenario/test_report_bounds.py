"""The instructor's casus report: bounded per learner, and every bound says what it leaves out.

One learner with many retries must not push anyone else out; the CSV always has every attempt.
"""
import csv
import io

from weerbaarxblock.scenario.rules.report import REPORT_ATTEMPTS_PER_LEARNER, report_selection

from .data import KEY_ANSWERS
from .olx_fixtures import linear_olx
from .test_fair_grades import Player
from .test_learner import WRONG


def test_selection_keeps_every_learner_and_counts_what_it_leaves_out():
    many = [(n, "a", "Anna", n, True) for n in range(1, 101)]  # Anna retried a hundred times
    others = [(1000 + n, f"l{n}", f"Learner {n:02d}", 1, n % 2 == 0) for n in range(20)]
    chosen = report_selection(many + others, per_learner=5, learner_limit=1000)
    assert chosen["learners"] == chosen["learners_shown"] == 21
    assert chosen["ids"][:5] == [1, 100, 99, 98, 97]  # the counting (first finished) attempt, then the newest
    assert chosen["hidden"] == {"a": 95}
    assert (chosen["total"], chosen["shown"]) == (120, 25)
    assert set(chosen["ids"][5:]) == {1000 + n for n in range(20)}
    assert chosen["first"][0] == 1 and 1001 not in chosen["first"]  # an unfinished attempt does not count


def test_selection_bounds_learners_and_says_so():
    index = [(n, f"l{n:04d}", "", 1, True) for n in range(30)]
    chosen = report_selection(index, per_learner=5, learner_limit=10)
    assert (chosen["learners"], chosen["learners_shown"], chosen["shown"], chosen["total"]) == (30, 10, 10, 30)


def test_one_learner_with_many_retries_pushes_nobody_out_of_the_report(workbench):
    block = workbench.load(linear_olx(scored=False))
    retries = REPORT_ATTEMPTS_PER_LEARNER + 3
    learner = Player(workbench, block)
    learner.play(WRONG)
    for _ in range(retries - 1):
        learner.play(KEY_ANSWERS, first="retry")
    Player(workbench, workbench.as_student(block, "leerling_b")).play({"s1": KEY_ANSWERS["s1"]})

    status, report = workbench.call(workbench.as_student(block, "docent"), "staff_report", {})
    assert status == 200
    assert (report["total"], report["shown"]) == (retries + 1, REPORT_ATTEMPTS_PER_LEARNER + 1)
    assert report["learners"] == report["learners_shown"] == 2
    samira = [item for item in report["attempts"] if item["learner_id"] == "leerling_a"]
    assert [item["number"] for item in samira] == [1, retries, retries - 1, retries - 2, retries - 3]
    assert samira[0]["first"] is True and samira[0]["hidden"] == retries - REPORT_ATTEMPTS_PER_LEARNER
    assert any(item["learner_id"] == "leerling_b" for item in report["attempts"])

    status, body = workbench.call(workbench.as_student(block, "docent"), "export_csv", body=b"", method="GET")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))[1:]
    assert len({(row[0], row[2]) for row in rows}) == retries + 1  # the CSV has every attempt
