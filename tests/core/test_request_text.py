"""``check_request_text`` answers as ``check_request_tree`` does, without walking every string of a body."""
import json

import pytest

from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.core.rules.shapes import MAX_DEPTH, check_request_text, check_request_tree


def outcome(check):
    try:
        check()
    except Problem as problem:
        return problem.code, problem.field
    return "accepted"


def nested(depth, inner):
    return "[" * depth + inner + "]" * depth


BODIES = [
    '{"a": "\\ud800"}', '{"\\udc00": 1}', '{"a": "\\\\ud800"}', '{"a": "\\ud83d\\ude00"}', '{"a": "x\\"[[["}',
    "1", '"x"', "null", "[]", '{"map": {"actors": [{"id": "a", "flags": []}]}}',
    *[body for depth in range(MAX_DEPTH - 4, MAX_DEPTH + 4) for body in (
        nested(depth, ""), nested(depth, "1"), nested(depth, "{}"), nested(depth, '"]]]]]]]]"'),
        '{"a":' * depth + "1" + "}" * depth,
    )],
]


@pytest.mark.parametrize("body", BODIES)
def test_the_text_check_refuses_exactly_what_the_tree_walk_refuses(body):
    value = json.loads(body)
    assert outcome(lambda: check_request_text(body, value)) == outcome(lambda: check_request_tree(value))
