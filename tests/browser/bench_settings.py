"""The demo's settings plus the bench-only units (``bench_units.py``), for the browser figures of `make bench`."""
from weerbaarxblock.demo.settings import *  # noqa: F401,F403 pylint: disable=wildcard-import,unused-wildcard-import

INSTALLED_APPS = [*INSTALLED_APPS, "tests.browser.bench_units.BenchUnitsConfig"]  # noqa: F405
