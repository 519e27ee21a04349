"""Shared fixtures: blocks in the workbench runtime, handler calls, captured events."""
import json

import pytest
import webob
from workbench.runtime import ID_MANAGER, WorkbenchRuntime


def pytest_collection_modifyitems(config, items):  # noqa: ARG001 - pytest's hook signature
    """Tests marked ``mariadb`` need the MariaDB server that `make test-hardening` starts; skipped elsewhere."""
    from django.db import connection

    if connection.vendor == "mysql":
        return
    skip = pytest.mark.skip(reason="needs MariaDB: run `make test-hardening`")
    for item in items:
        if item.get_closest_marker("mariadb"):
            item.add_marker(skip)


class Workbench:
    """Loads blocks from OLX as a given demo person and calls their handlers like the browser does."""

    def __init__(self):
        self.events = []

    def load(self, xml, student="leerling_a"):
        runtime = WorkbenchRuntime(student)
        runtime.id_generator.set_scenario("test")
        usage_id = runtime.parse_xml_string(xml)
        return self.as_student(usage_id, student)

    def as_student(self, block_or_usage, student):
        usage_id = getattr(getattr(block_or_usage, "scope_ids", None), "usage_id", block_or_usage)
        runtime = WorkbenchRuntime(student)
        runtime.publish = lambda block, event_type, data: self.events.append((student, event_type, data))
        return runtime.get_block(usage_id)

    def call(self, block, handler, payload=None, *, body=None, method="POST"):
        """Call ``handler`` with ``payload`` as JSON (or raw ``body``); returns (status, decoded JSON)."""
        request = webob.Request.blank("/", method=method)
        request.body = body if body is not None else json.dumps(payload).encode("utf-8")
        request.content_type = "application/json"
        response = block.runtime.handle(block, handler, request)
        try:
            data = json.loads(response.body.decode("utf-8")) if response.body else None
        except ValueError:
            data = response.body.decode("utf-8", "replace")
        return response.status_code, data

    def render(self, block, view="student_view", context=None):
        fragment = block.render(view, context or {})
        return fragment

    def events_named(self, event_type):
        return [data for _student, kind, data in self.events if kind == event_type]


@pytest.fixture
def workbench(db):  # noqa: ARG001 - the workbench keeps block state in the database
    """A fresh workbench per test, without the workbench's ``reset_global_state()``.

    That call re-parses every installed block's demo scenarios (seconds per test). The workbench's global state
    is the block state in the database, which ``db`` rolls back after each test, and the id manager, which
    numbers the blocks a test loads: cleared here so ids start at ``d0.u0`` in every test. The scenario
    registry is never loaded: no test here reads it (the browser tests run the demo in a server of their own).
    """
    ID_MANAGER.clear()
    yield Workbench()
    ID_MANAGER.clear()
