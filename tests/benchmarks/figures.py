"""One way to state a `make bench` figure: `name: value (budget …) ok` or `… MISSED`.

Every benchmark calls ``figure``; the lines are printed as they are measured and again, all together, at the end
of the run (``conftest.pytest_terminal_summary``). A missed budget fails its test, so `make bench` exits non-zero.
Budgets that compare sizes are ratios measured in the same run, so they hold on a busy machine.
"""
import gc
import time

MEASURED = []


def figure(name, value, budget, ok, *, unit=""):
    """Record and print one figure; returns whether it met its budget (tests assert on it)."""
    shown = f"{value:.2f}" if isinstance(value, float) else str(value)
    line = f"{name}: {shown}{unit} (budget {budget}) {'ok' if ok else 'MISSED'}"
    MEASURED.append((line, ok))
    print(f"\n{line}", end="")
    return ok


def ratio_figure(name, small, large, budget):
    """``large / small`` against a ratio budget, e.g. the cost at 10k learners over the cost at 100."""
    ratio = large / small if small else float("inf")
    return figure(name, ratio, f"<= {budget}x", ratio <= budget, unit="x")


def fastest(action, runs=5):
    """The fastest of ``runs`` timings of ``action()`` in seconds: the least disturbed by other work.

    The garbage collector is off while timing, as in ``timeit``: a collection set off by objects the benchmark's
    own setup keeps alive would otherwise be charged to whatever code happens to run next.
    """
    best = float("inf")
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.perf_counter()
            action()
            best = min(best, time.perf_counter() - started)
    finally:
        if was_enabled:
            gc.enable()
    return best
