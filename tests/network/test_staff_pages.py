"""Netwerkkaart instructor view at scale: learners 50 to a page with a search by name, names from the rows,
the class's counters kept by each submission and counted again when the content changes or maps go."""
from django.db import connection
from django.test.utils import CaptureQueriesContext

from weerbaarxblock.network.rules import layout
from weerbaarxblock.network.rules.class_counts import overlay
from weerbaarxblock.store.models import NetworkClassCounts, NetworkSubmission

from .fixtures import authoring
from .helpers import configured_block, full_map, get, small_map


def submit_class(workbench, count):
    """``count`` learners (leerling_000 ...) submit, alternately the full and the small map; the staff block."""
    block = configured_block(workbench)
    for number in range(count):
        learner = workbench.as_student(block, f"leerling_{number:03d}")
        status, answer = workbench.call(learner, "submit", {"map": full_map() if number % 2 else small_map(),
                                                             "version": 0})
        assert status == 200, answer
    return workbench.as_student(block, "docent")


def test_the_learners_come_fifty_to_a_page_by_name(workbench):
    staff = submit_class(workbench, 53)
    status, first = workbench.call(staff, "staff_overview", {})
    assert status == 200
    assert (first["page"], first["pages"], first["total"], len(first["learners"])) == (1, 2, 53, 50)
    assert [row["name"] for row in first["learners"]][:2] == ["leerling_000", "leerling_001"]
    status, second = workbench.call(staff, "staff_learners", {"page": 2})
    assert status == 200 and [row["name"] for row in second["learners"]] == ["leerling_050", "leerling_051",
                                                                            "leerling_052"]
    status, beyond = workbench.call(staff, "staff_learners", {"page": 9})
    assert beyond["page"] == 2  # past the end: the last page
    status, found = workbench.call(staff, "staff_learners", {"search": "leerling_04"})
    assert found["total"] == 10 and {row["name"] for row in found["learners"]} == {
        f"leerling_{n:03d}" for n in range(40, 50)}
    status, answer = workbench.call(staff, "staff_learners", {"page": 0})
    assert status == 400 and answer["field"] == "page"


def test_a_page_asks_no_name_of_the_platform(workbench, monkeypatch):
    staff = submit_class(workbench, 3)
    asked = []
    monkeypatch.setattr(type(staff), "learner_name", lambda self, *args, **kwargs: asked.append(args))
    for handler, payload in (("staff_overview", {}), ("staff_learners", {"page": 1}),
                             ("staff_learner_map", {"learner_id": "leerling_001"})):
        status, _answer = workbench.call(staff, handler, payload)
        assert status == 200
    assert asked == []


def test_the_same_queries_for_a_small_and_a_larger_class(workbench):
    def queries(staff, handler, payload):
        workbench.call(staff, handler, payload)  # the counters exist after the first overview
        with CaptureQueriesContext(connection) as captured:
            workbench.call(staff, handler, payload)
        return len(captured)

    small = submit_class(workbench, 2)
    counted = {name: queries(small, name, {}) for name in ("staff_overview", "staff_learners")}
    NetworkSubmission.objects.bulk_create([
        NetworkSubmission(course_key="workbench", usage_key=small.usage_key, learner_id=f"extra_{n}",
                          learner_name=f"Extra {n}", submitted_at=NetworkSubmission.objects.first().submitted_at,
                          map=full_map(), compared_with=small.comparer()["key"]) for n in range(60)])
    NetworkClassCounts.objects.all().delete()  # rows written around the block: counted again
    assert {name: queries(small, name, {}) for name in counted} == counted


def test_the_counters_equal_a_count_of_every_map(workbench):
    staff = submit_class(workbench, 5)
    status, kept = workbench.call(staff, "staff_overview", {})
    assert NetworkClassCounts.objects.count() == 1
    NetworkClassCounts.objects.all().delete()
    status, counted = workbench.call(staff, "staff_overview", {})
    assert kept["overlay"] == counted["overlay"] and kept["found"] == counted["found"]
    maps = [full_map() if number % 2 else small_map() for number in range(5)]
    config, reference = staff.current_config(), staff.current_reference()
    counted_maps = overlay(config, reference, [dict(m, set_aside=[]) for m in maps])
    assert counted["overlay"] == layout.overlay(config, reference, counted_maps)  # laid out without overlaps
    assert counted["found"]["actors"]["client"] == 5
    assert counted["found"]["mean_score"] == round(sum(row.score for row in NetworkSubmission.objects.all()) / 5, 6)


def test_a_submission_adds_to_the_counters_in_its_transaction(workbench):
    staff = submit_class(workbench, 2)
    workbench.call(staff, "staff_overview", {})
    learner = workbench.as_student(staff, "leerling_laat")
    workbench.call(learner, "submit", {"map": full_map(), "version": 0})
    assert NetworkClassCounts.objects.get().learners == 3
    status, answer = workbench.call(staff, "staff_overview", {})
    assert answer["overlay"]["learners"] == 3 and answer["total"] == 3


def test_a_changed_expert_map_counts_again(workbench):
    staff = submit_class(workbench, 3)
    status, before = workbench.call(staff, "staff_overview", {})
    data = authoring()
    data["reference"]["actors"] = [actor for actor in data["reference"]["actors"] if actor["id"] != "client"]
    data["reference"]["relations"] = [relation for relation in data["reference"]["relations"]
                                      if "client" not in (relation["source"], relation["target"])]
    status, answer = workbench.call(staff, "studio_submit", data)
    assert status == 200, answer
    status, after = workbench.call(staff, "staff_overview", {})
    assert "client" in before["found"]["actors"] and "client" not in after["found"]["actors"]
    assert before["learners"][0]["summary"] != after["learners"][0]["summary"]  # the rows compared again


def test_deleting_a_learners_state_counts_again(workbench):
    staff = submit_class(workbench, 3)
    workbench.call(staff, "staff_overview", {})
    learner = workbench.as_student(staff, "leerling_001")
    learner.clear_student_state(user_id="leerling_001", course_id="workbench", item_id=staff.usage_key,
                                requesting_user_id="docent")
    status, answer = workbench.call(staff, "staff_overview", {})
    assert answer["overlay"]["learners"] == 2 and answer["total"] == 2


def test_the_label_index_is_built_once_per_content(workbench, monkeypatch):
    from weerbaarxblock.network.rules import compare

    staff = submit_class(workbench, 4)
    built = []
    real = compare.label_index
    monkeypatch.setattr(compare, "label_index", lambda palette: built.append(1) or real(palette))
    compare._PREPARED.clear()  # noqa: SLF001 - a fresh process
    NetworkClassCounts.objects.all().delete()  # the overview compares every map again
    for handler, payload in (("staff_overview", {}), ("staff_learner_map", {"learner_id": "leerling_001"})):
        status, _answer = workbench.call(staff, handler, payload)
        assert status == 200
    status, response = get(staff, "export")
    assert status == 200 and response.body.count(b"leerling_0") > 4 and len(built) == 1
