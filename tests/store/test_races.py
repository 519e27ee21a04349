"""The learner's version row and the transactions around it: one of two requests wins, deadlocks are retried.

The real race (two threads against a database server) is marked ``mariadb``: ``make test`` runs it on MariaDB.
On SQLite in memory it is skipped, not failed: there every thread has its own empty database.
"""
import threading

import pytest
from django.db import OperationalError, connection, transaction

from tests.conftest import Workbench
from tests.network.helpers import configured_block, full_map, small_map
from tests.reflection.test_learner import GOOD, XML
from weerbaarxblock.core import queries
from weerbaarxblock.core.rules.problems import StaleVersion
from weerbaarxblock.store.models import LearnerVersion, NetworkSubmission, ReflectionVersion

KEYS = ("course-v1:W+1+2026", "block-v1:W+1+2026+type@weerbaar_reflection+block@r1")


def claim(sent, mirror=(0, ""), **options):
    with transaction.atomic():
        return queries.claim_version(KEYS, "leerling", sent, code="refl_stale_draft", mirror=mirror, **options)


@pytest.mark.django_db
def test_the_first_claim_starts_from_the_copy_in_user_state():
    version, claimed_at = claim(3, mirror=(3, "gisteren"))
    row = LearnerVersion.objects.get()
    assert (version, row.version, row.course_key, row.usage_key, row.learner_id) == (4, 4, *KEYS, "leerling")
    assert claimed_at == row.changed_at.isoformat()


@pytest.mark.django_db
def test_a_claim_from_an_older_version_is_refused_with_the_stored_one():
    claim(0)
    saved = LearnerVersion.objects.get().changed_at.isoformat()
    with pytest.raises(StaleVersion) as refused:
        claim(0)
    assert (refused.value.current, refused.value.saved_at, refused.value.code) == (1, saved, "refl_stale_draft")
    assert LearnerVersion.objects.get().version == 1


@pytest.mark.django_db
def test_a_refused_first_claim_leaves_no_row():
    with pytest.raises(StaleVersion):
        claim(5, mirror=(2, ""))
    assert not LearnerVersion.objects.exists()


@pytest.mark.django_db
def test_the_row_decides_even_when_the_copy_in_user_state_is_behind():
    claim(0)
    claim(1)
    with pytest.raises(StaleVersion):
        claim(1, mirror=(1, ""))
    assert claim(2, mirror=(1, ""))[0] == 3


@pytest.mark.django_db
def test_a_rehearsal_checks_the_session_copy_and_writes_no_row():
    assert claim(4, mirror=(4, ""), rehearsal=True)[0] == 5
    with pytest.raises(StaleVersion):
        claim(3, mirror=(4, "x"), rehearsal=True)
    assert not LearnerVersion.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_claim_outside_the_transaction_of_its_writes_is_a_programming_error():
    with pytest.raises(RuntimeError):
        queries.claim_version(KEYS, "leerling", 0, code="refl_stale_draft", mirror=(0, ""))


@pytest.mark.django_db
def test_creating_a_row_that_a_parallel_request_created_first_is_fine():
    rows = LearnerVersion.objects.filter(usage_key=KEYS[1], learner_id="leerling")
    values = {"course_key": KEYS[0], "usage_key": KEYS[1], "learner_id": "leerling", "changed_at": queries.now()}
    assert queries.create_if_missing(rows, **values)
    assert not queries.create_if_missing(rows, **values)

    class Blind:  # the parallel insert landed after this request looked: the unique constraint refuses ours
        model = LearnerVersion

        @staticmethod
        def exists():
            return False

    with transaction.atomic():
        assert not queries.create_if_missing(Blind(), **values)
    assert rows.count() == 1


def flaky(failures, error):
    calls = []

    def work():
        calls.append(connection.in_atomic_block)
        if len(calls) <= failures:
            raise error
        return "done"

    return work, calls


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("error", [
    OperationalError(1213, "Deadlock found when trying to get lock; try restarting transaction"),
    OperationalError(1205, "Lock wait timeout exceeded; try restarting transaction"),
    OperationalError("database is locked"),
])
def test_a_deadlock_victim_is_run_again_in_a_fresh_transaction(error):
    work, calls = flaky(2, error)
    assert queries.atomic_with_retry(work) == "done"
    assert calls == [True, True, True]


@pytest.mark.django_db(transaction=True)
def test_retries_end_and_other_errors_are_not_retried():
    work, calls = flaky(99, OperationalError("database is locked"))
    with pytest.raises(OperationalError):
        queries.atomic_with_retry(work)
    assert len(calls) == queries.ATTEMPTS
    work, calls = flaky(1, OperationalError(1054, "Unknown column"))
    with pytest.raises(OperationalError):
        queries.atomic_with_retry(work)
    assert len(calls) == 1


@pytest.mark.django_db
def test_inside_an_outer_transaction_only_its_owner_could_retry():
    work, calls = flaky(1, OperationalError(1213, "Deadlock found"))
    with pytest.raises(OperationalError):
        queries.atomic_with_retry(work)
    assert len(calls) == 1


# ---- the real race -----------------------------------------------------------------------------------------------


def race(workbench, block, handler, payloads):
    """Each payload posted by its own thread, all at once, by requests that read the learner's state first."""
    barrier = threading.Barrier(len(payloads))
    answers = [None] * len(payloads)

    def post(index, payload):
        try:
            request = workbench.as_student(block, "leerling_a")
            for name in request.fields:
                getattr(request, name)
            barrier.wait(timeout=10)
            answers[index] = workbench.call(request, handler, payload)[0]
        except Exception as error:  # noqa: BLE001 - the test reports it instead of a thread dying silently
            answers[index] = repr(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(index, payload)) for index, payload in enumerate(payloads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return sorted(answers, key=str)


@pytest.fixture
def server_workbench(transactional_db):  # noqa: ARG001 - real commits: the threads see each other's rows
    if connection.vendor == "sqlite":
        pytest.skip("needs a database server: SQLite in memory gives every thread its own database")
    from workbench.runtime import ID_MANAGER  # noqa: PLC0415 - the workbench fixture's reset, done by hand here

    ID_MANAGER.clear()
    yield Workbench()
    ID_MANAGER.clear()


@pytest.mark.mariadb
def test_two_reflection_submits_at_the_same_moment_on_a_database_server(server_workbench):
    workbench = server_workbench
    block = workbench.load(XML)
    # A first save makes the workbench's own state rows, which it would otherwise create twice at once.
    assert workbench.call(block, "save_draft", {"entry": 1, "version": 0, "answers": GOOD})[0] == 200
    payload = {"entry": 1, "version": 1, "answers": GOOD}
    assert race(workbench, block, "submit", [payload, payload]) == [200, 409]
    assert ReflectionVersion.objects.count() == 1
    assert LearnerVersion.objects.get().version == 2
    assert workbench.as_student(block, "leerling_a").draft_version == 2
    assert len(workbench.events_named("weerbaar.reflection.submitted")) == 1


@pytest.mark.mariadb
def test_two_netwerkkaart_submits_at_the_same_moment_on_a_database_server(server_workbench):
    workbench = server_workbench
    block = configured_block(workbench, scored=True)
    assert workbench.call(block, "save_map", {"map": small_map(), "version": 0})[0] == 200
    payload = {"map": full_map(), "version": 1}
    assert race(workbench, block, "submit", [payload, payload]) == [200, 409]
    row = NetworkSubmission.objects.get()
    assert row.map == workbench.as_student(block, "leerling_a").learner_map
    assert len(workbench.events_named("grade")) == 1
