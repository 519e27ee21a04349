import copy, json, random, timeit
from tests.benchmarks.network_data import learner_map, network_block
from tests.lms_contract.conftest import lms  # noqa
from weerbaarxblock.core.rules.shapes import check_request_tree
from weerbaarxblock.network.rules.reconcile import reconcile_map, kept_aside
from weerbaarxblock.network.rules.model import validate_map

def t(name, fn, n=50):
    print(f"{name}: {min(timeit.repeat(fn, number=1, repeat=n))*1e6:.0f} us")

def test_parts(lms):
    k = network_block(lms)
    blk = lms.lms_block(k, lms.learner)
    cfg = blk.current_config()
    sent = learner_map(cfg, random.Random(60), actors=60, relations=150)
    body = json.dumps({"version": 1, "map": sent})
    t("json.loads", lambda: json.loads(body))
    data = json.loads(body)
    t("check_request_tree", lambda: check_request_tree(data) if True else None)
    stored, _ = reconcile_map(sent, cfg)
    t("deepcopy map", lambda: copy.deepcopy(stored))
    t("deepcopy config", lambda: copy.deepcopy(cfg))
    t("reconcile", lambda: reconcile_map(stored, cfg))
    t("validate", lambda: validate_map(data["map"], cfg, mode="learner", allow_free=True, max_actors=200, max_relations=400, stored=stored))
    checked = validate_map(data["map"], cfg, mode="learner", allow_free=True, max_actors=200, max_relations=400, stored=stored)
    t("kept_aside", lambda: kept_aside(stored, checked))
    texts = blk.free_texts(checked)
    t("free_texts", lambda: blk.free_texts(checked))
    from weerbaarxblock.core import privacy
    print([n for n in dir(blk) if "privacy" in n])
    t("guard_privacy", lambda: blk.guard_privacy(texts))

def test_text(lms):
    from weerbaarxblock.core.rules.shapes import check_request_text
    k = network_block(lms)
    blk = lms.lms_block(k, lms.learner)
    sent = learner_map(blk.current_config(), random.Random(60), actors=60, relations=150)
    body = json.dumps({"version": 1, "map": sent}); data = json.loads(body)
    print(len(body))
    t("tree", lambda: check_request_tree(data))
    t("text", lambda: check_request_text(body, data))
    t("dumps", lambda: json.dumps(data, ensure_ascii=False).encode())

def test_gettext(lms):
    k = network_block(lms)
    blk = lms.lms_block(k, lms.learner)
    cfg = blk.current_config()
    sent = learner_map(cfg, random.Random(60), actors=60, relations=150)
    from weerbaarxblock.core import i18n
    t("service_for", lambda: i18n.service_for(blk))
    t("gettext", lambda: blk.gettext("Note"))
    t("free_texts", lambda: blk.free_texts(sent))
    t("config read fresh", lambda: lms.lms_block(k, lms.learner).current_config())
    t("bind", lambda: lms.lms_block(k, lms.learner))
    t("viewer", lambda: lms.lms_block(k, lms.learner).viewer)

def test_queries(lms):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from tests.benchmarks.baseline import Browser, serving
    import os
    from tests.benchmarks.reflection_data import ANSWER, reflection_class
    which = os.environ.get("WHICH", "save_map")
    if which == "save_map":
        k = network_block(lms); blk = lms.lms_block(k, lms.learner)
        sent = learner_map(blk.current_config(), random.Random(60), actors=60, relations=150)
        body = lambda f: {"version": f.map_version, "map": sent}
    else:
        k = reflection_class(lms, 100); blk = lms.lms_block(k, lms.learner)
        answers = {f"p{n}": ANSWER * 5 for n in (1, 2, 3)}
        body = lambda f: {"entry": 1, "version": f.draft_version, "answers": answers}
    with serving(lms):
        b = Browser(lms.learner)
        for i in range(3):
            with CaptureQueriesContext(connection) as q:
                s, d = b.post(blk, which, body(lms.lms_block(k, lms.learner)))
            assert s == 200, d
        for x in q.captured_queries: print(x["time"], x["sql"][:300])

def test_who_user(lms):
    import traceback
    from django.db import connection
    from tests.benchmarks.baseline import Browser, serving
    from tests.benchmarks.reflection_data import ANSWER, reflection_class
    k = reflection_class(lms, 100); blk = lms.lms_block(k, lms.learner)
    answers = {f"p{n}": ANSWER * 5 for n in (1, 2, 3)}
    body = lambda f: {"entry": 1, "version": f.draft_version, "answers": answers}
    def spy(execute, sql, params, many, context):
        if "auth_user" in sql:
            print("".join(x for x in traceback.format_stack(limit=25) if "site-packages/django" not in x and "pluggy" not in x)[-3000:])
        return execute(sql, params, many, context)
    with serving(lms):
        b = Browser(lms.learner)
        b.post(blk, "submit", body(lms.lms_block(k, lms.learner)))
        with connection.execute_wrapper(spy):
            b.post(blk, "submit", body(lms.lms_block(k, lms.learner)))
