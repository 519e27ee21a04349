"""Reflectiejournaal at course scale: the review list and the learner's side at 100, 1,000 and 10,000 learners.

Budgets (issue #12): a review page (the first, a filtered one, a name search) costs at most 1.5x at 10k what it
costs at 100, with the same number of queries at every class size; the learner's view and handlers as well.
"""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.benchmarks.figures import fastest, figure, ratio_figure
from tests.benchmarks.reflection_data import SIZES, learner_name, reflection_class
from tests.lms_contract.conftest import lms  # noqa: F401 - the fixture

pytestmark = pytest.mark.bench

RUNS = 25
PAGES = {
    "first page": {},
    "filtered page": {"status": "submitted", "sort": "date_desc"},
    "name search for one learner": {"search": learner_name(42)},
}
# What a search finds grows with the class, and so does its cost: stated, not budgeted.
GROWING = {"name search for a common surname (a tenth of the class)": {"search": "Bakker"}}
ANSWERS = {"p1": "Ik wil beter doorvragen.", "p2": "Ik wil iedereen helpen.", "p3": "Vaker overleggen."}


@pytest.fixture
def classes(lms):  # noqa: F811 - the fixture imported above
    return {size: reflection_class(lms, size) for size in SIZES}


def paired_fastest(small, large, runs=RUNS):
    """The fastest of ``runs`` timings of each action, taken in turns, so that both meet the same load."""
    small(), large()  # warm up
    best = [float("inf"), float("inf")]
    for _ in range(runs):
        for index, action in enumerate((small, large)):
            best[index] = min(best[index], fastest(action, 1))
    return best


def review_action(lms, key, query):  # noqa: F811
    block = lms.lms_block(key, lms.staff)

    def load():
        status, data = lms.call(block, "review_list", query)
        assert status == 200, data

    return load


def review_queries(lms, key, query):  # noqa: F811
    block = lms.lms_block(key, lms.staff)
    with CaptureQueriesContext(connection) as queries:
        assert lms.call(block, "review_list", query)[0] == 200
    return len(queries)


def test_review_pages_cost_the_same_at_every_class_size(lms, classes):  # noqa: F811
    results = []
    for name, query in PAGES.items():
        small, large = paired_fastest(*(review_action(lms, classes[size], query) for size in (SIZES[0], SIZES[-1])))
        print(f"\nreflection review {name}: {small * 1000:.1f} ms at 100, {large * 1000:.1f} ms at 10k", end="")
        results.append(ratio_figure(f"reflection review {name} 10k/100", small, large, 1.5))
        counts = [review_queries(lms, classes[size], query) for size in SIZES]
        results.append(figure(f"reflection review {name} queries at 100/1k/10k", "/".join(map(str, counts)),
                              "equal", len(set(counts)) == 1))
    for name, query in GROWING.items():
        small, large = paired_fastest(*(review_action(lms, classes[size], query) for size in (SIZES[0], SIZES[-1])))
        figure(f"reflection review {name} 10k/100", large / small, "information", True, unit="x")
    assert all(results)


def learner_action(lms, key, action):  # noqa: F811
    """``action(block)`` of the class's own learner (Samira), who already has a draft."""
    block = lms.lms_block(key, lms.learner)
    draft = {"entry": 1, "version": block.draft_version, "answers": ANSWERS}
    assert lms.call(block, "save_draft", draft)[0] == 200
    return lambda: action(block)


def save_draft(lms):  # noqa: F811
    def action(block):
        status, data = lms.call(block, "save_draft", {"entry": 1, "version": block.draft_version, "answers": ANSWERS})
        assert status == 200, data
    return action


def submit(lms):  # noqa: F811
    def action(block):
        status, data = lms.call(block, "submit", {"entry": 1, "version": block.draft_version, "answers": ANSWERS})
        assert status == 200, data
    return action


def test_the_learner_side_costs_the_same_at_every_class_size(lms, classes):  # noqa: F811
    actions = {
        "view": lambda block: block.render("student_view", {}),
        "save_draft": save_draft(lms),
        "submit": submit(lms),
    }
    results = []
    for name, action in actions.items():
        small, large = paired_fastest(*(learner_action(lms, classes[size], action) for size in (SIZES[0], SIZES[-1])))
        results.append(ratio_figure(f"reflection learner {name} 10k/100", small, large, 1.5))
    assert all(results)
