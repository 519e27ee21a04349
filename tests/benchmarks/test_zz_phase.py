import os, random, time, functools, gc
from collections import defaultdict
from tests.benchmarks.baseline import Browser, serving, MinimalBlock
from tests.benchmarks.network_data import learner_map, network_block
from tests.benchmarks.reflection_data import ANSWER, reflection_class
from tests.lms_contract.conftest import lms  # noqa
import weerbaarxblock.core.api as api_mod
import weerbaarxblock.core.queries as core_queries
from xblock.core import XBlock

TIMES = defaultdict(list)

def wrap(obj, name, label=None):
    orig = getattr(obj, name)
    @functools.wraps(orig)
    def w(*a, **k):
        t = time.perf_counter()
        try: return orig(*a, **k)
        finally: TIMES[label or name].append(time.perf_counter() - t)
    setattr(obj, name, w)

def test_phase(lms):
    which = os.environ.get("WHICH", "save_map")
    from weerbaarxblock.network.block import NetworkBlock  # noqa
    import weerbaarxblock.network.block as nb
    import weerbaarxblock.reflection.block as rb
    wrap(api_mod, "read_json")
    wrap(XBlock, "handle", "XBlock.handle")
    wrap(XBlock, "save", "XBlock.save")
    for mod in (nb, rb, core_queries):
        if hasattr(mod, "atomic_with_retry"): wrap(mod, "atomic_with_retry", "atomic")
    for cls, names in ((nb.NetworkBlock, ["checked_map", "current_map", "guard_privacy", "publish_event", "keep_fields", "free_texts"]),
                       (rb.ReflectionBlock if hasattr(rb, "ReflectionBlock") else None, ["_learner_write", "guard_privacy", "publish_event", "_learner_state", "mark_complete", "publish_grade", "_with_kept"])):
        if cls is None: continue
        for n in names:
            if hasattr(cls, n): wrap(cls, n, f"{cls.__name__}.{n}")
    if which == "save_map":
        k = network_block(lms); blk = lms.lms_block(k, lms.learner)
        sent = learner_map(blk.current_config(), random.Random(60), actors=60, relations=150)
        body = lambda f: {"version": f.map_version, "map": sent}; handler = "save_map"
    else:
        k = reflection_class(lms, 100); blk = lms.lms_block(k, lms.learner); handler = which
        answers = {f"p{n}": ANSWER * 5 for n in (1, 2, 3)}
        body = lambda f: {"entry": 1, "version": f.draft_version, "answers": answers}
    with serving(lms):
        b = Browser(lms.learner)
        total = []
        for i in range(40):
            payload = body(lms.lms_block(k, lms.learner))
            gc.collect(); gc.disable()
            t = time.perf_counter(); s, d = b.post(blk, handler, payload); total.append(time.perf_counter() - t)
            gc.enable()
            assert s == 200, d
    print("\ntotal", round(min(total) * 1e6))
    for n, v in TIMES.items():
        print(f"{n}: min {min(v)*1e6:.0f} us x{len(v)//41 if len(v)>=41 else len(v)}")
