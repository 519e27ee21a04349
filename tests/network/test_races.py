"""Netwerkkaart: two saves or submits of one learner from the same map version: one wins, one gets a 409.

After two submits there is one submission and one grade, and the map the learner keeps is the row the
instructor reads.
"""
from tests.store.races import fields, same_moment, tables
from weerbaarxblock.store.models import NetworkSubmission

from .helpers import configured_block, full_map, small_map


def test_two_map_saves_from_one_version_keep_the_first(workbench):
    block = configured_block(workbench)
    twin = same_moment(workbench, block)
    assert workbench.call(block, "save_map", {"map": small_map(), "version": 0})[0] == 200
    before, rows, events = fields(workbench, block), tables(), list(workbench.events)
    status, data = workbench.call(twin, "save_map", {"map": full_map(), "version": 0})
    assert status == 409 and data["conflict"] and data["version"] == 1
    assert fields(workbench, block) == before and tables() == rows and workbench.events == events
    assert len(before["learner_map"]["actors"]) == 3


def test_two_submits_from_one_version_give_one_submission_and_one_grade(workbench):
    block = configured_block(workbench, scored=True)
    twin = same_moment(workbench, block)
    assert workbench.call(block, "submit", {"map": full_map(), "version": 0})[0] == 200
    before, rows, events = fields(workbench, block), tables(), list(workbench.events)
    assert workbench.call(twin, "submit", {"map": small_map(), "version": 0})[0] == 409
    assert fields(workbench, block) == before and tables() == rows and workbench.events == events
    assert len(workbench.events_named("grade")) == 1
    assert len(workbench.events_named("weerbaar.network.submitted")) == 1
    assert NetworkSubmission.objects.get().map == before["learner_map"]


def test_a_save_after_a_submit_from_another_tab_is_refused(workbench):
    block = configured_block(workbench)
    twin = same_moment(workbench, block)
    assert workbench.call(block, "submit", {"map": full_map(), "version": 0})[0] == 200
    before, rows = fields(workbench, block), tables()
    assert workbench.call(twin, "save_map", {"map": small_map(), "version": 0})[0] == 409
    assert fields(workbench, block) == before and tables() == rows
    # Even with the version it was told in the 409, the other tab cannot change a submitted map.
    assert workbench.call(twin, "save_map", {"map": small_map(), "version": 1})[0] == 400
    assert NetworkSubmission.objects.get().map == before["learner_map"]
