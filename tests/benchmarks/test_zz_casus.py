import time, gc, os, functools
from collections import defaultdict
from django.db import connection
from django.test.utils import CaptureQueriesContext
from tests.benchmarks.baseline import Browser, serving, trivial_handler_seconds
from tests.benchmarks.scenario_data import casus_with_learners
from tests.lms_contract.conftest import lms  # noqa
from tests.scenario.data import KEY_ANSWERS
import weerbaarxblock.scenario.block as sb

TIMES = defaultdict(list)
def wrap(obj, name, label=None):
    orig = getattr(obj, name)
    @functools.wraps(orig)
    def w(*a, **k):
        t = time.perf_counter()
        try: return orig(*a, **k)
        finally: TIMES[label or name].append(time.perf_counter() - t)
    setattr(obj, name, w)

def test_casus(lms):
    key = casus_with_learners(lms, 100)
    trivial = trivial_handler_seconds(lms)
    people = [lms.add_person(f"sp{n}", f"Speler {n}") for n in range(25)]
    for n in os.environ.get("WRAP", "").split(","):
        if n: wrap(sb.ScenarioBlock, n, n)
    if hasattr(sb, "atomic_with_retry"): wrap(sb, "atomic_with_retry", "atomic")
    best = 1; qs = None
    with serving(lms):
        for person in people:
            block = lms.lms_block(key, person)
            s, d = lms.call(block, "start_attempt", {})
            payload = {"situation": "s1", "answer": KEY_ANSWERS["s1"], "version": d["state"]["version"]}
            b = Browser(person)
            gc.collect(); gc.disable()
            with CaptureQueriesContext(connection) as q:
                t = time.perf_counter(); s, d = b.post(block, "answer", payload); el = time.perf_counter() - t
            gc.enable()
            assert s == 200, d
            best = min(best, el); qs = q
    print(f"\nanswer {best*1e6:.0f} us trivial {trivial*1e6:.0f} ratio {best/trivial:.2f}")
    for n, v in TIMES.items(): print(f"{n}: {min(v)*1e6:.0f} us n={len(v)}")
    if os.environ.get("Q"):
        for x in qs.captured_queries: print(x["sql"][:200])
