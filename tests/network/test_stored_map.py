"""A map saved against the current content is used as stored, without reconciling it again on every request.

The shortcut holds only because reconciling such a map changes nothing; these tests check that it does not,
and that a change of content still reconciles (flags set, nothing lost).
"""
import random

from tests.benchmarks.network_data import learner_map
from tests.network.fixtures import authoring
from weerbaarxblock.network.rules.reconcile import content_mark, reconcile_map

from .helpers import configured_block, full_map


def test_a_saved_map_is_already_reconciled(workbench):
    block = configured_block(workbench, allow_free=True, max_actors=60, max_relations=150)
    for seed in range(5):
        sent = learner_map(block.current_config(), random.Random(seed), actors=40, relations=80)
        status, answer = workbench.call(block, "save_map", {"map": sent, "version": block.map_version})
        assert status == 200, answer
        block = workbench.as_student(block, "leerling_a")
        assert block.map_content == content_mark(block.current_config())
        assert reconcile_map(block.learner_map, block.current_config()) == block.current_map()


def test_a_change_of_content_reconciles_the_stored_map_again(workbench):
    block = configured_block(workbench)
    status, answer = workbench.call(block, "save_map", {"map": full_map(), "version": 0})
    assert status == 200, answer
    data = authoring()
    data["palette"] = [item for item in data["palette"] if item["id"] != "wijkteam"]
    data["reference"]["actors"] = [actor for actor in data["reference"]["actors"] if actor["id"] != "wijkteam"]
    data["reference"]["relations"] = [relation for relation in data["reference"]["relations"]
                                      if "wijkteam" not in (relation["source"], relation["target"])]
    status, answer = workbench.call(workbench.as_student(block, "docent"), "studio_submit", data)
    assert status == 200, answer
    block = workbench.as_student(block, "leerling_a")
    assert block.map_content != content_mark(block.current_config())
    stored, report = block.current_map()
    assert (stored, report) == reconcile_map(block.learner_map, block.current_config())
    assert report["flagged"] == sum(1 for actor in stored["actors"] if "palette_removed" in actor["flags"]) == 1
