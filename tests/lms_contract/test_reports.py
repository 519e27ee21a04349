"""The casus and the netwerkkaart in the LMS's problem-responses report: what their CSV exports carry.

The report is where a large class's work goes (the LMS makes it in the background, where a download is held whole
in memory), so each row carries what a row of the block's CSV export carries, learners found by the anonymous id
the user service gives for their username.
"""
from tests.scenario.data import KEY_ANSWERS, linear

from .scored import network, play_scenario, submit_map
from .test_reflection_report import user_state


def test_casus_report_rows_carry_each_answer_with_text_justification_score_and_withdrawn(lms):
    key = lms.add_block("weerbaar_scenario")
    payload = {"display_name": "Casus", "settings": {"scored": True, "allow_back": True}, "scenario": linear()}
    assert lms.call(lms.studio_editor_block(key, lms.staff), "studio_submit", payload)[0] == 200
    block = lms.lms_block(key, lms.learner)
    assert lms.call(block, "start_attempt", {})[0] == 200
    first = {"situation": "s1", "answer": KEY_ANSWERS["s1"], "justification": "Eerst luisteren."}
    assert lms.call(block, "answer", first)[0] == 200 and lms.call(block, "advance", {})[0] == 200
    status, data = lms.call(block, "go_back", {})  # back from s2: the answer to s1 is withdrawn, given again
    assert status == 200, data
    play_scenario(lms, key, lms.learner, start=False)
    staff = lms.lms_block(key, lms.staff)
    states = [user_state(lms, lms.learner, key), user_state(lms, lms.learner_b, key)]  # learner_b never played

    rows = list(staff.generate_report_data(iter(states)))

    assert {name for name, _row in rows} == {lms.learner.user.username} and len(rows) == 5
    withdrawn = [row for _name, row in rows if row["withdrawn"]]
    assert len(withdrawn) == 1 and withdrawn[0]["justification"] == "Eerst luisteren."
    assert [row["situation_id"] for _name, row in rows if not row["withdrawn"]] == ["s1", "s2", "s3", "s4"]
    assert all(row["answer"] and row["score"] is not None and row["answered_at"] for _name, row in rows)
    assert list(staff.generate_report_data(iter(states), limit_responses=2)) == rows[:2]


def test_netwerkkaart_report_rows_carry_every_actor_and_relation_with_its_verdict(lms):
    key = network(lms)
    submit_map(lms, key, lms.learner)
    staff = lms.lms_block(key, lms.staff)
    states = [user_state(lms, lms.learner, key), user_state(lms, lms.learner_b, key)]  # learner_b drew nothing

    rows = list(staff.generate_report_data(iter(states)))

    assert rows and {name for name, _row in rows} == {lms.learner.user.username}
    actors = [row for _name, row in rows if row["actor"]]
    relations = [row for _name, row in rows if row["source"]]
    assert actors and relations and len(actors) + len(relations) == len(rows)
    assert all(row["verdict"] and row["submitted_at"] and row["score"] is not None for _name, row in rows)
    export = staff.handle("export", staff_request(lms, staff, "export"))
    assert export.body.decode("utf-8").count("\r\n") == len(rows) + 1  # the header and the same rows


def staff_request(lms, block, handler):
    from django.test import RequestFactory  # noqa: PLC0415 - Django is configured by then
    from xblock.django.request import django_to_webob_request  # noqa: PLC0415

    request = RequestFactory().get(block.runtime.handler_url(block, handler))
    request.user = lms.staff.user
    return django_to_webob_request(request)
