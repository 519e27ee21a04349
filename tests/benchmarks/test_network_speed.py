"""Map comparison is linear in the size of the maps, and light on memory (targets for `make bench`)."""
import time
import tracemalloc

import pytest

from tests.benchmarks.figures import figure, ratio_figure
from tests.network.fixtures import settings
from tests.network.test_compare import big_case
from weerbaarxblock.network.rules.compare import compare

pytestmark = pytest.mark.bench


def fastest(size, runs=5):
    cfg, ref, data = big_case(size)
    best = float("inf")
    for _ in range(runs):  # the fastest run is the least disturbed by other work on the machine
        started = time.perf_counter()
        compare(cfg, settings(), ref, data)
        best = min(best, time.perf_counter() - started)
    return best


def test_comparison_time_grows_linearly():
    """Eight times the items may take about eight times as long; quadratic work would take 64 times."""
    fastest(200)  # warm up
    small, large = fastest(1000), fastest(8000)
    assert ratio_figure("compare maps: 8000 items over 1000 items (linear: 8x)", small, large, 32)


def test_comparing_a_full_map_stays_fast_and_small():
    """The issue's largest map: 150 actors and 300 relations."""
    cfg, ref, data = big_case(150)
    data["relations"] += [dict(r, id=f"x{r['id']}", source=r["target"], target=r["source"]) for r in data["relations"]]
    tracemalloc.start()
    started = time.perf_counter()
    compare(cfg, settings(), ref, data)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    name = f"compare a map of 150 actors and {len(data['relations'])} relations"
    fast = figure(f"{name}: time", elapsed * 1000, "< 100 ms", elapsed < 0.1, unit=" ms")
    small = figure(f"{name}: peak memory", peak / 1024, "< 5120 KiB", peak < 5 * 1024 * 1024, unit=" KiB")
    assert fast and small
