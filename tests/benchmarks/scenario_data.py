"""Casus data at course scale for `make bench`: one casus per class size, its learners' rows loaded by bulk_create.

Every learner has finished one attempt at the linear casus of ``tests/scenario/data.py`` (four situations, one
per format) with answers that vary per learner; the counters (``ScenarioTally``) are filled as the answer
handler would have left them. Loading 10,000 learners takes a few seconds.
"""
from datetime import timedelta

from django.apps import apps

from tests.lms_contract.scored import scenario
from weerbaarxblock.core.queries import now

ROUTES = [
    {"s1": {"choice": "b"}, "s2": {"best": "a", "worst": "c"}, "s3": {"ratings": {"a": 5, "b": 1, "c": 3}},
     "s4": {"order": ["b", "a", "c"]}},
    {"s1": {"choice": "a"}, "s2": {"best": "b", "worst": "a"}, "s3": {"ratings": {"a": 2, "b": 4, "c": 3}},
     "s4": {"order": ["c", "a", "b"]}},
    {"s1": {"choice": "c"}, "s2": {"best": "c", "worst": "b"}, "s3": {"ratings": {"a": 4, "b": 2, "c": 1}},
     "s4": {"order": ["a", "b", "c"]}},
]
FORMATS = {"s1": "pick_best", "s2": "best_worst", "s3": "rate", "s4": "rank"}
BATCH = 2000


def model(name):
    return apps.get_model("weerbaarxblock", name)


def casus_with_learners(lms, learners):
    """A scored linear casus in the course with ``learners`` finished attempts; returns its usage key."""
    key = scenario(lms)
    usage_key, course_key = str(key), str(lms.course_key)
    attempt_model, answer_model = model("ScenarioAttempt"), model("ScenarioAnswer")
    started = now() - timedelta(days=1)
    attempt_model.objects.bulk_create([
        attempt_model(course_key=course_key, usage_key=usage_key, learner_id=f"bench-{number:05d}",
                      learner_name=f"Deelnemer {number:05d}", number=1, path=list(FORMATS), started_at=started,
                      finished_at=started + timedelta(minutes=10), score=0.5)
        for number in range(learners)
    ], batch_size=BATCH)
    model("LearnerNameWord").remember_rows(attempt_model.objects.filter(usage_key=usage_key))  # as answers store them
    ids = attempt_model.objects.filter(usage_key=usage_key).order_by("learner_id").values_list("id", "learner_id")
    counted = {"counted": True} if has_field(answer_model, "counted") else {}
    answers = [
        answer_model(attempt_id=identifier, usage_key=usage_key, learner_id=learner_id, step=step,
                     situation_id=situation, response_format=FORMATS[situation],
                     answer=ROUTES[index % len(ROUTES)][situation], justification="Omdat het zo hoort.",
                     score=0.5, created_at=started, **counted)
        for index, (identifier, learner_id) in enumerate(ids)
        for step, situation in enumerate(FORMATS, start=1)
    ]
    answer_model.objects.bulk_create(answers, batch_size=BATCH)
    if counted:
        fill_tallies(usage_key, learners)
    return key


def has_field(model_class, name):
    return any(field.name == name for field in model_class._meta.get_fields())


def fill_tallies(usage_key, learners):
    """The counters the answers above add to, as the answer handler keeps them."""
    from weerbaarxblock.scenario.rules.tallies import marks

    counts = {}
    for index in range(learners):
        for situation, answer in ROUTES[index % len(ROUTES)].items():
            for name in marks(FORMATS[situation], answer):
                counts[(situation, name)] = counts.get((situation, name), 0) + 1
    counts[("", "attempts")] = counts[("", "learners")] = learners
    tally = model("ScenarioTally")
    tally.objects.bulk_create([tally(usage_key=usage_key, situation_id=situation, counter=name, count=count)
                               for (situation, name), count in counts.items()])
