"""Load tests: run only with WEERBAAR_LOAD=1: `make load` (all of them) and `make test-hardening` (the MariaDB one,
after the MariaDB tests pass); the plain pytest run of `make test` skips them."""
import os

import pytest


def pytest_configure(config):
    config.addinivalue_line("markers", "load: bounded concurrent load on the demo under gunicorn (make load)")


def pytest_collection_modifyitems(session, config, items):  # noqa: ARG001 - pytest's hook signature
    if os.environ.get("WEERBAAR_LOAD") == "1":
        return
    skip = pytest.mark.skip(reason="load tests run with `make load` (WEERBAAR_LOAD=1)")
    for item in items:
        if item.get_closest_marker("load"):
            item.add_marker(skip)
