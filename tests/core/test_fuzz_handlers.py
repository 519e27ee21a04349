"""Fuzzing every JSON handler of every block: any body, as learner, instructor or anonymous caller.

Each example starts from a valid request of the handler and breaks it: a whole body of arbitrary JSON, one member
replaced by arbitrary JSON, one text member replaced by arbitrary text, or a raw body that is no JSON a browser
sends (NaN, huge numbers, bad UTF-8). The only answers allowed are 2xx, 400, 403, 404, 405 and 409; on a refusal
no field of any scope and no store row changes. Bounded and derandomized, so CI runs the same examples each time.
"""
import copy
import json
import os

import pytest
from django.apps import apps
from django.db import transaction
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from workbench.models import XBlockState

from tests.network.fixtures import authoring
from tests.network.helpers import configured_block, small_map
from tests.scenario.olx_fixtures import linear_olx
from tests.scenario.test_studio import payload as scenario_payload
from weerbaarxblock.reflection.block import CONFIG_FIELDS, ReflectionBlock
from weerbaarxblock.reflection.rules.config import Config

ALLOWED = {400, 403, 404, 405, 409}
PEOPLE = ("leerling_a", "docent", "none")  # a learner, the course's instructor (and author), an anonymous user
RAW_BODIES = [
    b"NaN", b'{"version": NaN}', b'{"version": Infinity, "entry": -Infinity}', b'{"version": 1e999}',
    b'{"version": ' + b"9" * 5000 + b"}", b'{"entry": 1, "entry": "twee"}', b"\xef\xbb\xbf{}", b"{\xff}",
    b'{"answers": {"p1": "\\u0000"}}', b"", b"   ", b"[]", b'"tekst"', b"{" * 40,
]


def reflection_block(workbench):
    """A reflection with a submitted entry of leerling_b, for the instructor's handlers."""
    block = workbench.load("<weerbaar_reflection/>", student="docent")
    other = workbench.as_student(block, "leerling_b")
    status, data = workbench.call(other, "submit", {"entry": 1, "version": 0, "answers": {"p1": "Geduldig"}})
    assert status == 200, data
    return block


def scenario_block(workbench):
    """A casus that leerling_a has started."""
    block = workbench.load(linear_olx(allow_back=True), student="docent")
    status, data = workbench.call(workbench.as_student(block, "leerling_a"), "start_attempt", {"version": 0})
    assert status == 200, data
    return block


def network_block(workbench):
    """A netwerkkaart with a map submitted by leerling_b."""
    block = configured_block(workbench, student="leerling_b")
    status, data = workbench.call(block, "submit", {"version": 0, "map": small_map()})
    assert status == 200, data
    return block


def reflection_config():
    return Config.from_stored({name: ReflectionBlock.fields[name].default for name in CONFIG_FIELDS}).to_dict()


REQUESTS = {  # per block: how to make one, and a valid request for each JSON handler
    "reflection": (reflection_block, {
        "save_draft": lambda: {"entry": 1, "version": 0, "answers": {"p1": "Ik ben geduldig"}},
        "submit": lambda: {"entry": 1, "version": 0, "answers": {"p1": "Ik ben geduldig"}},
        "mark_feedback_seen": lambda: {"review_id": 1},
        "review_list": lambda: {"status": "submitted", "search": "Joost", "sort": "name", "page": 1,
                                      "hide_names": False},
        "review_entry": lambda: {"entry_id": 1},
        "save_review": lambda: {"entry_id": 1, "version": 1, "feedback": "Goed gedaan"},
        "studio_submit": reflection_config,
    }),
    "scenario": (scenario_block, {
        "start_attempt": lambda: {"version": 0},
        "answer": lambda: {"situation": "s1", "answer": {"choice": "a"}, "justification": "Omdat", "version": 1},
        "advance": lambda: {"version": 1},
        "go_back": lambda: {"version": 1},
        "retry": lambda: {"version": 1},
        "learner_state": lambda: {},
        "staff_report": lambda: {},
        "studio_submit": lambda: scenario_payload(),
    }),
    "network": (network_block, {
        "save_map": lambda: {"version": 0, "map": small_map()},
        "submit": lambda: {"version": 0, "map": small_map()},
        "staff_overview": lambda: {},
        "staff_learners": lambda: {"page": 2, "search": "Samira"},
        "staff_learner_map": lambda: {"learner_id": "leerling_b"},
        "studio_submit": lambda: authoring(),
    }),
}

scalars = (
    st.none() | st.booleans() | st.integers() | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=40)
)
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
texts = (
    st.text(max_size=60)
    | st.text(st.characters(codec="utf-8", categories=["Cf", "Mn", "So", "Zl", "Zp", "Co"]), max_size=30)
    | st.builds(lambda char, count: char * count, st.characters(codec="utf-8"), st.integers(2_000, 120_000))
)


def paths(value, prefix=()):
    """Every path to a member of ``value`` (a key of a dict, an index of a list), depth first."""
    members = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, member in members:
        yield (*prefix, key)
        yield from paths(member, (*prefix, key))


def replaced(value, path, new):
    value = copy.deepcopy(value)
    target = value
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return value


@st.composite
def calls(draw, name):
    """(handler, person, body): a body made from the handler's valid request, as bytes to post."""
    requests = REQUESTS[name][1]
    handler = draw(st.sampled_from(sorted(requests)))
    person = draw(st.sampled_from(PEOPLE))
    valid = requests[handler]()
    kind = draw(st.sampled_from(["whole", "member", "text", "raw"]))
    every = list(paths(valid))
    if kind == "raw":
        body = draw(st.sampled_from(RAW_BODIES))
    elif kind == "whole" or not every:
        body = json.dumps(draw(json_values)).encode()
    elif kind == "text":
        text_paths = [path for path in every if isinstance(_at(valid, path), str)] or every
        body = json.dumps(replaced(valid, draw(st.sampled_from(text_paths)), draw(texts))).encode()
    else:
        body = json.dumps(replaced(valid, draw(st.sampled_from(every)), draw(json_values))).encode()
    return handler, person, body


def body_with(valid, path, new):
    return json.dumps(replaced(valid, path, new)).encode()


def _at(value, path):
    for key in path:
        value = value[key]
    return value


def snapshot():
    """Every field of every scope (the workbench keeps them in ``XBlockState``) and every store row, as text."""
    fields = {
        json.dumps([row["scope"], row["scope_id"], row["user_id"], json.loads(row["state"])], sort_keys=True)
        for row in XBlockState.objects.exclude(state="{}").values("scope", "scope_id", "user_id", "state")
    }  # a row without fields is no change: the workbench may add one when a handler saves nothing
    rows = {
        json.dumps([model.__name__, row], sort_keys=True, default=str)
        for model in apps.get_app_config("weerbaarxblock").get_models() for row in model.objects.values()
    }
    return fields | rows


def check_call(workbench, block, handler, person, body):
    caller = workbench.as_student(block, person)
    before = snapshot()
    status, data = workbench.call(caller, handler, body=body)
    assert 200 <= status < 300 or status in ALLOWED, (handler, person, body[:300], status, data)
    json.dumps(data, allow_nan=False)  # an answer a browser can read: no NaN or Infinity
    if status >= 300:
        after = snapshot()
        assert after == before, (handler, person, body[:300], status, data, before - after, after - before)


EXAMPLES = int(os.environ.get("WEERBAAR_FUZZ_EXAMPLES", "60"))  # more for a longer hunt; CI keeps the default
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])


def fuzz(workbench, name, call):
    """One example, rolled back afterwards: every example starts from the same store."""
    handler, person, body = call
    with transaction.atomic():
        check_call(workbench, REQUESTS[name][0](workbench), handler, person, body)
        transaction.set_rollback(True)


@FUZZ
@given(call=calls("reflection"))
def test_reflection_handlers_answer_every_body_safely(workbench, call):
    fuzz(workbench, "reflection", call)


@FUZZ
@given(call=calls("scenario"))
def test_scenario_handlers_answer_every_body_safely(workbench, call):
    fuzz(workbench, "scenario", call)


@FUZZ
@given(call=calls("network"))
@example(call=("studio_submit", "docent", body_with(authoring(), ("reference", "actors", 0, "id"), [])))
def test_network_handlers_answer_every_body_safely(workbench, call):
    fuzz(workbench, "network", call)


@pytest.mark.parametrize("name", sorted(REQUESTS))
@pytest.mark.parametrize("person", PEOPLE)
def test_every_handler_answers_its_valid_request_and_every_raw_body(workbench, name, person):
    """The fixed part: each handler, each person, its valid request and each raw body."""
    make, requests = REQUESTS[name]
    block = make(workbench)
    for handler, valid in requests.items():
        for body in (json.dumps(valid()).encode(), *RAW_BODIES):
            check_call(workbench, block, handler, person, body)
