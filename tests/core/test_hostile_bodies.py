"""Bodies that are valid JSON but no fit request: every JSON handler of every block answers 400, changes nothing."""
import json

import pytest

from weerbaarxblock.core.api import AUTHOR, LEARNER, STAFF
from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.core.rules.shapes import MAX_DEPTH, check_request_tree

BLOCK_TAGS = ["weerbaar_reflection", "weerbaar_scenario", "weerbaar_network"]
PERSON = {LEARNER: "leerling_a", STAFF: "docent", AUTHOR: "docent"}
DEEP = b"[" * 100_000 + b"]" * 100_000  # deeper than Python's recursion limit
LONE_SURROGATE = b'{"display_name": "Casus \\ud800", "answers": {"p1": "tekst \\udc00"}, "version": 0}'


def json_handlers(block):
    for name in dir(type(block)):
        handler = getattr(type(block), name, None)
        role = getattr(handler, "weerbaar_role", None)
        if getattr(handler, "_is_xblock_handler", False) and role and name not in ("export", "export_csv"):
            yield name, role


def field_values(block):
    return {name: field.read_json(block) for name, field in block.fields.items() if name not in ("parent", "children")}


@pytest.mark.parametrize("tag", BLOCK_TAGS)
@pytest.mark.parametrize(("body", "message"), [
    (DEEP, "Het verzoek is te diep genest"),
    (b'{"a": ' * (MAX_DEPTH + 1) + b"1" + b"}" * (MAX_DEPTH + 1), "Het verzoek is te diep genest"),
    (LONE_SURROGATE, "geen geldige tekst"),
])
def test_every_json_handler_refuses_the_body_and_changes_nothing(workbench, tag, body, message):
    block = workbench.load(f"<{tag}/>")
    handlers = list(json_handlers(block))
    assert len(handlers) >= 3
    for name, role in handlers:
        caller = workbench.as_student(block, PERSON[role])
        before = field_values(caller)
        status, data = workbench.call(caller, name, body=body)
        assert status == 400, (name, status, data)
        assert message in data["error"], (name, data)
        assert field_values(workbench.as_student(block, PERSON[role])) == before, name


def test_the_tree_check_walks_without_recursion_and_names_the_field():
    deep = current = []
    for _level in range(10_000):
        current.append([])
        current = current[0]
    with pytest.raises(Problem) as caught:
        check_request_tree(deep)
    assert caught.value.code == "too_deep"
    with pytest.raises(Problem) as caught:
        check_request_tree(json.loads('{"prompts": [{"question": "x\\ud83d"}]}'))
    assert (caught.value.code, caught.value.field) == ("invalid_text", "question")
    assert check_request_tree({"text": "Cliënt 🙂", "n": [1, 2.5, None, True]}) == {
        "text": "Cliënt 🙂", "n": [1, 2.5, None, True]}


@pytest.mark.parametrize("body", [b'{"version": NaN}', b'{"version": Infinity}', b'{"version": -Infinity}',
                                  b'{"version": 1e999}'])
def test_numbers_that_are_not_finite_are_not_json(workbench, body):
    block = workbench.load("<weerbaar_reflection/>")
    status, data = workbench.call(block, "save_draft", body=body)
    assert status == 400 and data["error"] == "Het verzoek kon niet worden gelezen: het is geen geldige JSON."
