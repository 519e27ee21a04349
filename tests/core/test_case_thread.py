"""Casusdraad (case thread): the case key, the summaries the casus and the netwerkkaart keep, and what a linked
reflection prompt shows (only the learner's own work; nothing written in preview or masquerade; a deleted or
hidden block neither breaks the page nor leaves a dead summary)."""
from types import SimpleNamespace

import pytest
from lxml import etree

from tests.network.fixtures import authoring
from tests.network.helpers import configured_block, full_map, small_map
from tests.scenario.olx_fixtures import linear_olx
from tests.scenario.test_learner import play
from weerbaarxblock.core import case_queries
from weerbaarxblock.core.case_thread import block_available
from weerbaarxblock.core.rules.case_thread import activity_url, drawing, parse_case_key, thread
from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.scenario.rules import case_summary as scenario_case
from weerbaarxblock.store.models import CaseBlock, CaseWork

CASE = "zorgfraude-wijk-noord"
LINKED_REFLECTION = f"""
<weerbaar_reflection display_name="Reflectie op de casus" case_key="{CASE}">
  <prompt id="terugblik" case_key="{CASE}"><question>Wat leer je van je keuzes in deze casus?</question></prompt>
  <prompt id="los" required="false"><question>Wat neem je mee?</question></prompt>
</weerbaar_reflection>
"""
ANSWERS = [("s1", {"choice": "a"}), ("s2", {"best": "a", "worst": "c"}),
           ("s3", {"ratings": {"a": 5, "b": 1, "c": 3}}), ("s4", {"order": ["b", "a", "c"]})]


# ---- pure rules ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [("", ""), (None, ""), (" Zorgfraude-Wijk-Noord ", CASE), ("a1", "a1")])
def test_a_case_key_is_a_lower_case_slug(value, expected):
    assert parse_case_key(value) == expected


@pytest.mark.parametrize("value", ["zorg fraude", "-zorg", "zorg--fraude", "zorg_fraude", "x" * 65, 5, ["a"]])
def test_anything_else_is_refused_beside_its_field(value):
    with pytest.raises(Problem) as caught:
        parse_case_key(value, "prompts.0.case_key")
    assert caught.value.code == "case_key_invalid" and caught.value.field == "prompts.0.case_key"


def test_links_go_to_the_lms_jump_to_or_the_workbench_scenario():
    assert activity_url("course-v1:Gem+W1+2026", "block-v1:Gem+W1+2026+type@weerbaar_scenario+block@abc") == (
        "/courses/course-v1:Gem+W1+2026/jump_to/block-v1:Gem+W1+2026+type@weerbaar_scenario+block@abc")
    usage = "zorg.weerbaar_scenario.d0.u0"
    assert activity_url("workbench", usage) == f"/courses/workbench/jump_to/{usage}"


def test_the_thread_puts_the_casus_first_points_to_what_is_not_done_and_drops_what_is_gone():
    blocks = [{"usage_key": key, "course_key": "workbench", "activity": activity, "title": title}
              for key, activity, title in (("n.weerbaar_network.d0.u0", "network", "Kaart"),
                                           ("s.weerbaar_scenario.d0.u0", "scenario", "Casus"),
                                           ("x.weerbaar_scenario.d1.u0", "scenario", "Weg"),
                                           ("r.weerbaar_reflection.d0.u0", "reflection", "Reflectie"))]
    works = [{"usage_key": "s.weerbaar_scenario.d0.u0", "title": "Casus", "summary": {"steps": []}, "updated": "t"}]
    items = thread(blocks, works, lambda key: not key.startswith("x."))
    assert [(item["activity"], item["done"]) for item in items] == [("scenario", True), ("network", False)]
    assert items[1]["url"] == "/courses/workbench/jump_to/n.weerbaar_network.d0.u0"


def test_the_small_picture_scales_positions_into_the_square():
    picture = {"rings": 2, "sectors": 4, "actors": [{"x": 0, "y": -1, "label": "A", "found": True},
                                                     {"x": 1, "y": 0, "label": "B"}], "relations": [[0, 1], [0, 7]]}
    result = drawing(picture, size=200)
    assert result["actors"][0] == {"x": 100.0, "y": 10.0, "label": "A", "found": True}
    assert result["lines"] == [{"x1": 100.0, "y1": 10.0, "x2": 190.0, "y2": 100.0}]  # the unknown index is left out
    assert len(result["radii"]) == 2 and result["radii"][-1] == 90.0 and len(result["spokes"]) == 4


def test_the_casus_summary_sets_each_answer_beside_the_key_and_the_reasoning():
    scenario = {"situations": [{
        "id": "s1", "title": "Het huisbezoek", "question": "Wat doe je?", "format": "pick_best",
        "options": [{"id": "a", "text": "Niets", "feedback": "Dan blijft het liggen."},
                    {"id": "b", "text": "Melden", "feedback": "Zo komt het bij wie het kan onderzoeken."}],
        "key": {"points": {"a": 0, "b": 2}}}], "endings": [{"id": "e1", "title": "Goed afgelopen", "text": ""}]}
    attempt = {"number": 1, "score": 0.0, "ending": "e1", "steps": [
        {"situation": "s1", "answer": {"choice": "a"}, "justification": "Ik twijfelde.", "score": 0.0},
        {"situation": "removed", "answer": {"choice": "a"}, "score": 1.0}]}
    result = scenario_case.summary(scenario, attempt, {"best_and_worst": "beste: {best} / slechtste: {worst}"})
    assert result["ending"] == "Goed afgelopen" and len(result["steps"]) == 1
    step = result["steps"][0]
    assert (step["answer"], step["key"], step["justification"]) == ("Niets", "Melden", "Ik twijfelde.")
    assert [note["option"] for note in step["reasoning"]] == ["Niets", "Melden"]


# ---- the blocks and the store -----------------------------------------------------------------------------------
def casus(workbench, student="leerling_a"):
    block = workbench.load(linear_olx().replace("<weerbaar_scenario ", f'<weerbaar_scenario case_key="{CASE}" ', 1),
                           student="docent")
    return workbench.as_student(block, student)


def kaart(workbench, student="leerling_a"):
    block = configured_block(workbench, student="docent")
    block.case_key = CASE
    block.save()
    return workbench.as_student(block, student)


def reflection_html(workbench, block, student="leerling_a"):
    return workbench.render(workbench.as_student(block, student)).body_html()


def test_the_case_key_survives_olx_export_and_import(workbench):
    block = casus(workbench)
    node = etree.Element("weerbaar_scenario")
    block.add_xml_to_node(node)
    assert node.get("case_key") == CASE
    again = workbench.load(etree.tostring(node).decode())
    assert again.case_key == CASE
    reflection = workbench.load(LINKED_REFLECTION)
    node = etree.Element("weerbaar_reflection")
    reflection.add_xml_to_node(node)
    assert node.get("case_key") == CASE and node.find("prompt").get("case_key") == CASE
    assert workbench.load(etree.tostring(node).decode()).config.prompts[0].case_key == CASE


def test_a_bad_case_key_in_olx_is_refused(workbench):
    with pytest.raises(Problem):
        workbench.load(linear_olx().replace("<weerbaar_scenario ", '<weerbaar_scenario case_key="Geen Slug" ', 1))
    with pytest.raises(Problem):
        workbench.load(LINKED_REFLECTION.replace(f'id="terugblik" case_key="{CASE}"', 'id="t" case_key="a b"'))


def test_the_studio_editors_take_and_check_the_case_key(workbench):
    block = workbench.load("<weerbaar_network/>", student="docent")
    from tests.network.fixtures import authoring

    status, data = workbench.call(block, "studio_submit", dict(authoring(), case_key="Niet goed!"))
    assert status == 400 and data["field"] == "case_key"
    assert block.case_key == ""
    status, data = workbench.call(block, "studio_submit", dict(authoring(), case_key=CASE))
    assert status == 200 and block.case_key == CASE
    assert CaseBlock.objects.filter(usage_key=block.usage_key, case_key=CASE, activity="network").exists()
    status, data = workbench.call(block, "studio_submit", dict(authoring(), case_key=""))
    assert status == 200 and not CaseBlock.objects.filter(usage_key=block.usage_key).exists()


def test_a_linked_prompt_shows_the_activities_still_to_do_with_a_link(workbench):
    casus(workbench)  # imported: registered with its case key before anyone opens it
    workbench.render(kaart(workbench))  # saved in the editor without a key, then given one: registered on render
    reflection = workbench.load(LINKED_REFLECTION)
    html = reflection_html(workbench, reflection)
    assert html.count("data-case-pending") == 2 and 'href="/courses/workbench/jump_to/test.weerbaar_' in html
    assert html.index("data-case-thread") < html.index('data-prompt="terugblik"')
    assert html.count("data-case-thread") == 1  # only above the linked prompt


def test_the_learner_sees_their_own_path_and_map_and_no_one_else_s(workbench):
    scenario, network = casus(workbench), kaart(workbench)
    play(workbench, scenario, ANSWERS, justification="Eerst <b>navragen</b>")
    status, data = workbench.call(network, "submit", {"map": small_map(), "version": 0})
    assert status == 200, data
    other = workbench.as_student(scenario, "leerling_b")
    play(workbench, other, ANSWERS, justification="Geheim van leerling B")
    reflection = workbench.load(LINKED_REFLECTION)
    html = reflection_html(workbench, reflection)
    assert "Eerst &lt;b&gt;navragen&lt;/b&gt;" in html and "<b>navragen" not in html  # text stays text
    assert "Geheim van leerling B" not in html
    assert "<svg" in html and "data-case-pending" not in html
    assert CaseWork.objects.filter(learner_id="leerling_a").count() == 2
    b_html = reflection_html(workbench, reflection, "leerling_b")
    assert "Geheim van leerling B" in b_html and "Eerst" not in b_html and "<svg" not in b_html


def test_preview_and_masquerade_write_no_case_work(workbench):
    scenario = casus(workbench)
    scenario.runtime.is_author_mode = True
    scenario.__dict__.pop("_weerbaar_viewer", None)
    play(workbench, scenario, ANSWERS)
    assert not CaseWork.objects.exists()
    network = kaart(workbench)
    network.runtime.is_author_mode = True
    network.__dict__.pop("_weerbaar_viewer", None)
    status, _data = workbench.call(network, "submit", {"map": full_map(), "version": 0})
    assert status == 200 and not CaseWork.objects.exists()


def test_a_deleted_or_hidden_block_is_left_out_without_breaking_the_page(workbench):
    scenario = casus(workbench)
    play(workbench, scenario, ANSWERS, justification="Mijn pad")
    case_queries.register_block("workbench", CASE, "test.weerbaar_network.d9.u9", "network", "Verwijderde kaart")
    reflection = workbench.load(LINKED_REFLECTION)
    html = reflection_html(workbench, reflection)
    assert "Verwijderde kaart" not in html and "Mijn pad" in html


class FakeRuntime:
    def __init__(self, found=None, error=None):
        self.found, self.error = found, error

    def get_block(self, key):  # noqa: ARG002 - the runtime's signature
        if self.error:
            raise self.error
        return self.found


@pytest.mark.parametrize("runtime, expected", [
    (FakeRuntime(found=SimpleNamespace(visible_to_staff_only=False)), True),
    (FakeRuntime(found=SimpleNamespace(visible_to_staff_only=True)), False),  # hidden from learners
    (FakeRuntime(found=None), False),  # the LMS answers None where the learner has no access
    (FakeRuntime(error=KeyError("deleted")), False),
])
def test_a_block_is_available_only_while_it_is_there_for_learners(runtime, expected):
    key = "block-v1:Gem+W1+2026+type@weerbaar_scenario+block@abc"
    assert block_available(SimpleNamespace(runtime=runtime), key) is expected


def test_clearing_a_learner_s_state_clears_their_case_work(workbench):
    scenario = casus(workbench)
    play(workbench, scenario, ANSWERS)
    scenario.clear_student_state("leerling_a", "workbench", scenario.usage_key, "docent")
    assert not CaseWork.objects.exists()


def test_the_instructor_sees_the_case_work_beside_the_entry_and_filters_by_case(workbench):
    play(workbench, casus(workbench), ANSWERS, justification="Mijn pad")
    reflection = workbench.load(LINKED_REFLECTION)
    learner = workbench.as_student(reflection, "leerling_a")
    status, data = workbench.call(learner, "submit", {"entry": 1, "version": 0,
                                                      "answers": {"terugblik": "Ik leerde veel.", "los": ""}})
    assert status == 200, data
    workbench.call(workbench.as_student(reflection, "leerling_b"), "save_draft",
                   {"entry": 1, "version": 0, "answers": {"terugblik": "Nog niets", "los": ""}})
    staff = workbench.as_student(reflection, "docent")
    status, listed = workbench.call(staff, "review_list", {"case": CASE})
    assert status == 200 and listed["total"] == 1
    status, everyone = workbench.call(staff, "review_list", {})
    assert everyone["total"] == 2
    status, refused = workbench.call(staff, "review_list", {"case": "andere-zaak"})
    assert status == 400 and refused["field"] == "case"
    status, data = workbench.call(staff, "review_entry", {"entry_id": listed["rows"][0]["entry_id"]})
    work = data["entry"]["case_work"][CASE]
    assert work[0]["done"] and work[0]["summary"]["steps"][0]["justification"] == "Mijn pad"
    assert "learner_id" not in data["entry"]


def test_a_retired_learner_s_case_work_is_deleted(workbench):
    from weerbaarxblock.store.retirement import retire

    play(workbench, casus(workbench), ANSWERS, justification="Mijn pad")
    play(workbench, casus(workbench, "leerling_b"), ANSWERS)
    retire({"workbench": "leerling_a"})
    assert list(CaseWork.objects.values_list("learner_id", flat=True)) == ["leerling_b"]


# ---- the summary follows what the casus and the netwerkkaart show -----------------------------------------------
BETTER = [("s1", {"choice": "b"}), *ANSWERS[1:]]  # s1's best option: a higher score than ANSWERS


def shown_attempt(workbench, scenario):
    work = workbench.as_student(workbench.load(LINKED_REFLECTION), "leerling_a").case_thread([CASE], "leerling_a")
    summary = work[CASE][0]["summary"]
    return summary["attempt"], summary["rule"], summary["steps"][0]["justification"]


@pytest.mark.parametrize("settings, first, second, expected", [
    ({}, ANSWERS, BETTER, (1, "first", "Poging 1")),  # graded: the first finished attempt counts, not the better
    ({"scored": False, "grading_policy": "best"}, ANSWERS, BETTER, (2, "best", "Poging 2")),
    ({"scored": False, "grading_policy": "best"}, BETTER, ANSWERS, (1, "best", "Poging 1")),
    ({"scored": False, "grading_policy": "last"}, BETTER, ANSWERS, (2, "last", "Poging 2")),
])
def test_the_casus_summary_is_the_attempt_the_casus_result_stands_for(workbench, settings, first, second, expected):
    block = workbench.load(linear_olx(**settings).replace("<weerbaar_scenario ",
                                                          f'<weerbaar_scenario case_key="{CASE}" ', 1))
    learner = workbench.as_student(block, "leerling_a")
    play(workbench, learner, first, justification="Poging 1")
    status, data = workbench.call(learner, "retry", {})
    assert status == 200, data
    for situation, answer in second:
        workbench.call(learner, "answer", {"situation": situation, "answer": answer, "justification": "Poging 2"})
        workbench.call(learner, "advance", {})
    assert shown_attempt(workbench, learner) == expected
    html = reflection_html(workbench, workbench.load(LINKED_REFLECTION))
    assert f'data-case-attempt="{expected[1]}"' in html  # the prompt says which attempt it shows


def test_the_map_summary_follows_an_author_s_change_to_the_expert_map(workbench):
    network = kaart(workbench)
    status, data = workbench.call(network, "submit", {"map": small_map(), "version": 0})
    assert status == 200, data
    reflection = workbench.as_student(workbench.load(LINKED_REFLECTION), "leerling_a")
    before = reflection.case_thread([CASE], "leerling_a")[CASE][0]["summary"]
    assert "Toezichthouder Wmo" in [actor["label"] for actor in before["missing_actors"]]
    changed = authoring()
    changed["reference"]["actors"] = [actor for actor in changed["reference"]["actors"] if actor["id"] != "toezicht"]
    changed["reference"]["relations"] = [relation for relation in changed["reference"]["relations"]
                                         if "toezicht" not in (relation["source"], relation["target"])]
    author = workbench.as_student(network, "docent")
    status, data = workbench.call(author, "studio_submit", dict(changed, case_key=CASE))
    assert status == 200, data
    after = reflection.case_thread([CASE], "leerling_a")[CASE][0]["summary"]
    assert "Toezichthouder Wmo" not in [actor["label"] for actor in after["missing_actors"]]
    assert after["actors_expected"] == before["actors_expected"] - 1
    status, shown = workbench.call(workbench.as_student(network, "docent"), "staff_learner_map",
                                   {"learner_id": "leerling_a"})
    assert len(shown["feedback"]["actors"]["missing"]) == len(after["missing_actors"])  # as the netwerkkaart shows


def test_the_reflection_s_studio_summary_shows_which_prompt_is_linked_to_which_case(workbench):
    casus(workbench)  # registered with its case key on import
    reflection = workbench.load(LINKED_REFLECTION, student="docent")
    html = workbench.render(reflection, "author_view").body_html()
    assert html.count("data-case-key=") == 1  # only the linked prompt
    linked = html[html.index("Wat leer je van je keuzes"):html.index("Wat neem je mee?")]
    assert f'data-case-key="{CASE}"' in linked and "Casussleutel: " + CASE in linked and "(Casus test)" in linked


def test_case_thread_writes_and_reads_put_no_learner_text_in_events_or_logs(workbench, caplog):
    import json
    import logging

    caplog.set_level(logging.DEBUG)
    secret_justification, secret_label = "Mevrouw gaf haar BSN 111222333", "Buurman Jansen van nummer 12"
    play(workbench, casus(workbench), ANSWERS, justification=secret_justification)
    learner_map = small_map()
    learner_map["actors"].append({"id": "eigen", "palette": None, "label": secret_label, "type": "persoon",
                                  "ring": "informeel", "sector": None, "x": 0.2, "y": 0.2, "flags": []})
    status, data = workbench.call(kaart(workbench), "submit", {"map": learner_map, "version": 0})
    assert status == 200, data
    reflection = workbench.load(LINKED_REFLECTION)
    assert secret_label in reflection_html(workbench, reflection)  # the learner's own work is shown to them ...
    learner = workbench.as_student(reflection, "leerling_a")
    workbench.call(learner, "submit", {"entry": 1, "version": 0, "answers": {"terugblik": "Klaar.", "los": ""}})
    staff = workbench.as_student(reflection, "docent")
    entry_id = workbench.call(staff, "review_list", {"case": CASE})[1]["rows"][0]["entry_id"]
    assert workbench.call(staff, "review_entry", {"entry_id": entry_id})[0] == 200
    assert CaseWork.objects.count() == 2  # ... and kept in the store, which is where it belongs
    published = json.dumps(workbench.events, ensure_ascii=False, default=str)
    logged = "\n".join(f"{record.getMessage()} {record.args!r} {record.__dict__!r}" for record in caplog.records)
    for secret in (secret_justification, "111222333", secret_label, "Buurman"):
        assert secret not in published and secret not in logged, secret
