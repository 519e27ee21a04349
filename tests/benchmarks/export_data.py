"""A casus and a netwerkkaart with 10,000 learners' stored work, loaded with ``bulk_create``, for the exports.

The casus: one finished attempt per learner through the four situations of ``tests/scenario/data.linear``, each
answer with a justification. The netwerkkaart: every learner submitted the experts' map as drawn by a learner.
"""
from datetime import timedelta

from tests.benchmarks.reflection_data import learner_name, model
from tests.lms_contract.scored import network, scenario
from tests.network.fixtures import reference_as_learner_map
from tests.scenario.data import KEY_ANSWERS
from weerbaarxblock.core.queries import now

FORMATS = {"s1": "pick_best", "s2": "best_worst", "s3": "rate", "s4": "rank"}
JUSTIFICATION = "Ik kies dit omdat de cliënt eerst gehoord moet worden; daarna bespreek ik het met de wijkcoach."


def scenario_class(lms, learners):
    """The scored linear casus with ``learners`` finished attempts; its usage key."""
    key = scenario(lms)
    attempt_model, answer_model = model("ScenarioAttempt"), model("ScenarioAnswer")
    start = now() - timedelta(days=30)
    attempts = attempt_model.objects.bulk_create([
        attempt_model(course_key=str(lms.course_key), usage_key=str(key), learner_id=f"learner-{index:05d}",
                      learner_name=learner_name(index), number=1, path=list(FORMATS), started_at=start,
                      finished_at=start + timedelta(minutes=10), score=1.0, ending="")
        for index in range(learners)
    ], batch_size=2_000)
    answer_model.objects.bulk_create([
        answer_model(attempt=attempt, usage_key=str(key), learner_id=attempt.learner_id, step=step,
                     situation_id=situation, response_format=FORMATS[situation], answer=KEY_ANSWERS[situation],
                     justification=JUSTIFICATION, score=1.0, created_at=attempt.started_at)
        for attempt in attempts for step, situation in enumerate(FORMATS, start=1)
    ], batch_size=4_000)
    return key


def network_class(lms, learners):
    """The scored test netwerkkaart with ``learners`` submitted maps; its usage key."""
    key = network(lms)
    submission_model = model("NetworkSubmission")
    learner_map = reference_as_learner_map()
    moment = now() - timedelta(days=3)
    submission_model.objects.bulk_create([
        submission_model(course_key=str(lms.course_key), usage_key=str(key), learner_id=f"learner-{index:05d}",
                         learner_name=learner_name(index), map=learner_map, summary={}, score=1.0,
                         submitted_at=moment)
        for index in range(learners)
    ], batch_size=2_000)
    return key
