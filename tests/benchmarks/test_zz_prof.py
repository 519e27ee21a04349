import os, cProfile, pstats, random, sys
from tests.benchmarks.baseline import Browser, serving, MinimalBlock
from tests.benchmarks.network_data import learner_map, network_block
from tests.benchmarks.reflection_data import ANSWER, reflection_class
from tests.lms_contract.conftest import lms  # noqa

def prof(lms, block, handler, body_fn, n=30, name=""):
    with serving(lms):
        b = Browser(lms.people[block.scope_ids.user_id])
        key = block.scope_ids.usage_id
        s, d = b.post(block, handler, body_fn(lms.lms_block(key, lms.learner))); assert s == 200, d
        import gc; gc.collect(); gc.disable(); p = cProfile.Profile()
        for _ in range(n):
            body = body_fn(lms.lms_block(key, lms.learner))
            p.enable(); s, d = b.post(block, handler, body); p.disable(); assert s == 200, d
    print("=====", name)
    st = pstats.Stats(p, stream=sys.stdout).sort_stats(os.environ.get("SORT","cumulative")); st.print_stats(os.environ.get("FILT", "."), int(os.environ.get("N","45")))
    if os.environ.get("CALLERS"): st.print_callers(os.environ["CALLERS"])

def test_prof(lms):
    import os
    which = os.environ.get("WHICH", "trivial")
    if which == "trivial":
        k = lms.add_block("minimal_probe", block_class=MinimalBlock)
        prof(lms, lms.lms_block(k, lms.learner), "ping", lambda f: {}, name="trivial")
    elif which in ("save_draft", "submit"):
        k = reflection_class(lms, 100)
        answers = {f"p{n}": ANSWER * 5 for n in (1, 2, 3)}
        prof(lms, lms.lms_block(k, lms.learner), which, lambda f: {"entry": 1, "version": f.draft_version, "answers": answers}, name=which)
    else:
        k = network_block(lms)
        blk = lms.lms_block(k, lms.learner)
        sent = learner_map(blk.current_config(), random.Random(60), actors=60, relations=150)
        prof(lms, blk, "save_map", lambda f: {"version": f.map_version, "map": sent}, name="save_map")
