import cProfile, pstats, sys, gc
from tests.benchmarks.baseline import Browser, serving
from tests.benchmarks.scenario_data import casus_with_learners
from tests.lms_contract.conftest import lms  # noqa
from tests.scenario.data import KEY_ANSWERS

def test_casus(lms):
    key = casus_with_learners(lms, 100)
    people = [lms.add_person(f"sp{n}", f"Speler {n}") for n in range(30)]
    p = cProfile.Profile()
    with serving(lms):
        for person in people:
            block = lms.lms_block(key, person)
            s, d = lms.call(block, "start_attempt", {})
            payload = {"situation": "s1", "answer": KEY_ANSWERS["s1"], "version": d["state"]["version"]}
            b = Browser(person)
            gc.collect(); gc.disable()
            p.enable(); s, d = b.post(block, "answer", payload); p.disable()
            gc.enable()
    st = pstats.Stats(p, stream=sys.stdout).sort_stats("cumulative"); st.print_stats("weerbaar|xblock/|completion|eventtracking", 45)
