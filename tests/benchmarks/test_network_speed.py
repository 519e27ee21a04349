"""Map comparison is linear in the size of the maps, and light on memory (targets for `make bench`)."""
import gc
import time
import tracemalloc

import pytest

from tests.benchmarks.figures import fastest, figure, ratio_figure
from tests.network.fixtures import settings
from tests.network.test_compare import big_case
from weerbaarxblock.network.rules.compare import compare, prepare

pytestmark = pytest.mark.bench


def compare_seconds(*cases, rounds=7):
    """The fastest comparison of each ``(size, prepared)`` case, timed in turns so that a busy machine slows each
    alike (``prepared``: the expert map built once, as the block keeps it)."""
    built = []
    for size, prepared in cases:
        cfg, ref, data = big_case(size)
        built.append((cfg, ref, data, prepare(cfg, settings(), ref) if prepared else None))
    best = [float("inf")] * len(cases)
    gc.disable()  # as timeit does: a collection of everything else the process holds is not the comparison's cost
    try:
        for _round in range(rounds):
            for position, (cfg, ref, data, ready) in enumerate(built):
                seconds = fastest(lambda case=(cfg, ref, data, ready): compare(case[0], settings(), *case[1:]), 1)
                best[position] = min(best[position], seconds)
    finally:
        gc.enable()
    return best


def test_comparison_time_grows_linearly():
    """Ten times the actors may take at most twelve times as long; quadratic work would take a hundred times."""
    compare_seconds((200, False), rounds=1)  # warm up
    small, large = compare_seconds((1000, False), (10_000, False))
    print(f"\ncompare: 1,000 actors {small * 1000:.1f} ms, 10,000 actors {large * 1000:.1f} ms")
    assert ratio_figure("netwerkkaart compare 10,000 / 1,000 actors", small, large, 12)


def test_the_expert_map_is_prepared_once():
    """With the label index and look-ups built once per content, a comparison does only the learner's part."""
    whole, prepared = compare_seconds((1000, False), (1000, True))
    print(f"\ncompare 1,000 actors: {whole * 1000:.1f} ms building the index, {prepared * 1000:.1f} ms prepared")
    assert figure("netwerkkaart compare with the expert map prepared / built each time", prepared / whole,
                  "< 0.8x", prepared < 0.8 * whole, unit="x")


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
