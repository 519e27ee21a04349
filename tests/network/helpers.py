"""Helpers for the netwerkkaart block tests: a configured block, learner maps, the state island of a view."""
import copy
import json
import re

import webob

from tests.network.fixtures import authoring, reference_as_learner_map

STATE = re.compile(r'<script type="application/json" data-state>(.*?)</script>', re.S)


def configured_block(workbench, student="leerling_a", **settings):
    """A netwerkkaart with the test case, saved through the Studio handler as the instructor."""
    block = workbench.load("<weerbaar_network/>", student="docent")
    data = authoring()
    data["settings"].update(settings)
    status, answer = workbench.call(block, "studio_submit", data)
    assert status == 200, answer
    return workbench.as_student(block, student)


def view_state(workbench, block, view="student_view"):
    html = workbench.render(block, view).body_html()
    return json.loads(STATE.search(html).group(1)), html


def full_map():
    return reference_as_learner_map()


def small_map():
    data = full_map()
    data["actors"] = data["actors"][:3]
    kept = {actor["id"] for actor in data["actors"]}
    data["relations"] = [r for r in data["relations"] if r["source"] in kept and r["target"] in kept]
    return data


def with_change(data, change):
    data = copy.deepcopy(data)
    change(data)
    return data


def get(block, handler, query=""):
    request = webob.Request.blank("/" + query, method="GET")
    response = block.runtime.handle(block, handler, request)
    return response.status_code, response
