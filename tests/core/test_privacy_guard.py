"""The privacy guard in all three blocks: the scan behind the highlighting, warn or refuse on every save,
pseudonyms in staff views, the settings in Studio and OLX, and events and logs that never carry learner text.
"""
import json
import logging

import pytest
from lxml import etree

from tests.network.helpers import configured_block, small_map
from tests.scenario.olx_fixtures import linear_olx
from weerbaarxblock.core import privacy as privacy_words

BSN = "111222333"
TEXT = f"Mevrouw gaf haar BSN {BSN} en mailde vanaf lotte@example.nl."
REFLECTION = """<weerbaar_reflection display_name="Reflectie" {extra}>
  <prompt id="a" required="true"><question>Wat gebeurde er?</question></prompt>
</weerbaar_reflection>"""


def reflection(workbench, mode="warn"):
    return workbench.load(REFLECTION.format(extra=f'privacy_mode="{mode}"'))


def scenario(workbench, mode="warn"):
    block = workbench.load(linear_olx().replace("<weerbaar_scenario", f'<weerbaar_scenario privacy_mode="{mode}"', 1))
    assert workbench.call(block, "start_attempt", {})[0] == 200
    return block


def network(workbench, mode="warn"):
    block = configured_block(workbench)
    block.privacy_mode = mode
    block.save()
    return workbench.as_student(block, "leerling_a")


def network_map(text):
    data = small_map()
    data["actors"].append({"id": "eigen", "palette": None, "label": text[:80], "type": "persoon",
                           "ring": "informeel", "sector": None, "x": 0.2, "y": 0.2, "flags": []})
    return data


def save(workbench, kind, block, text):
    """One learner write of ``text`` in the block's free-text field: (status, answer)."""
    if kind == "reflection":
        return workbench.call(block, "submit", {"entry": 1, "version": 0, "answers": {"a": text}})
    if kind == "scenario":
        return workbench.call(block, "answer", {"situation": "s1", "answer": {"choice": "a"}, "justification": text})
    return workbench.call(block, "submit", {"map": network_map(f"Buurman {BSN}" if BSN in text else "Buurman"),
                                            "version": 0})


BLOCKS = {"reflection": reflection, "scenario": scenario, "network": network}
FIELDS = {"reflection": "answers.a", "scenario": "justification", "network": "actors.3.label"}


def test_the_scan_lists_spans_explanations_and_placeholders(workbench):
    block = reflection(workbench)
    status, answer = workbench.call(block, "privacy_scan", {"texts": {"one": TEXT, "two": "niets"}})
    assert status == 200
    found = answer["findings"]["one"]
    assert [(item["kind"], TEXT[item["start"]:item["end"]]) for item in found] == [
        ("bsn", BSN), ("email", "lotte@example.nl")]
    assert [item["placeholder"] for item in found] == ["[BSN]", "[e-mail]"]
    assert all(item["explanation"] and item["replace"] for item in found)
    assert answer["findings"]["two"] == []
    assert BSN not in json.dumps(answer)  # spans and words, never what was found


@pytest.mark.parametrize("payload", [{}, {"texts": []}, {"texts": {"a": 3}},
                                     {"texts": {str(n): "x" for n in range(privacy_words.MAX_SCAN_FIELDS + 1)}},
                                     {"texts": {"a": "x" * 20001}}])
def test_a_bad_scan_request_is_400(workbench, payload):
    status, answer = workbench.call(reflection(workbench), "privacy_scan", payload)
    assert status == 400 and answer["error"]


@pytest.mark.parametrize("kind", sorted(BLOCKS))
def test_warn_saves_and_refuse_is_400_naming_field_and_kind(workbench, kind):
    status, answer = save(workbench, kind, BLOCKS[kind](workbench, "warn"), TEXT)
    assert status == 200, answer
    block = BLOCKS[kind](workbench, "refuse")
    events_before = len(workbench.events)
    status, answer = save(workbench, kind, block, TEXT)
    assert status == 400, answer
    assert answer["field"] == FIELDS[kind]
    assert "BSN" in answer["error"] and BSN not in answer["error"]
    assert len(workbench.events) == events_before
    assert save(workbench, kind, workbench.as_student(block, "leerling_a"), "Een gewone zin.")[0] == 200


@pytest.mark.parametrize("kind", sorted(BLOCKS))
def test_events_and_logs_never_carry_the_text_or_the_identifier(workbench, kind, caplog):
    caplog.set_level(logging.DEBUG)
    for mode in ("warn", "refuse"):
        save(workbench, kind, BLOCKS[kind](workbench, mode), TEXT)
    published = json.dumps(workbench.events, ensure_ascii=False, default=str)
    logged = "\n".join(f"{record.getMessage()} {record.args!r} {record.__dict__!r}" for record in caplog.records)
    for secret in (BSN, "lotte@example.nl", "Mevrouw gaf haar", "Buurman"):
        assert secret not in published and secret not in logged, secret


def test_pseudonyms_replace_names_in_staff_views(workbench):
    block = configured_block(workbench)
    assert workbench.call(block, "submit", {"map": small_map(), "version": 0})[0] == 200
    staff = workbench.as_student(block, "docent")
    staff.show_pseudonyms = True
    staff.save()
    status, answer = workbench.call(workbench.as_student(block, "docent"), "staff_overview", {})
    assert status == 200
    [learner] = answer["learners"]
    assert learner["name"].split()[-1] == privacy_words.privacy.pseudonym("leerling_a", block.usage_key)
    assert "leerling_a" not in learner["name"]


def test_the_settings_travel_through_olx(workbench):
    block = workbench.load(REFLECTION.format(extra='privacy_mode="refuse" show_pseudonyms="true" retention_days="30"'))
    node = etree.Element("root")
    block.add_xml_to_node(node)
    assert (node.get("privacy_mode"), node.get("show_pseudonyms"), node.get("retention_days")) == (
        "refuse", "true", "30")
    assert (block.privacy_mode, block.show_pseudonyms, block.retention_days) == ("refuse", True, 30)


def test_the_editor_settings_are_checked():
    assert privacy_words.parse_settings(None) is None
    assert privacy_words.parse_settings({"privacy_mode": "refuse", "show_pseudonyms": True, "retention_days": ""}) == {
        "privacy_mode": "refuse", "show_pseudonyms": True, "retention_days": None}
    for bad in ({"privacy_mode": "block"}, {"retention_days": 0}, {"retention_days": "veel"}, []):
        with pytest.raises(Exception) as raised:
            privacy_words.parse_settings(bad)
        assert type(raised.value).__name__ in ("Problem", "Problems")


def test_every_editor_shows_the_privacy_settings(workbench):
    for block in (reflection(workbench, "refuse"), scenario(workbench), configured_block(workbench)):
        html = workbench.render(workbench.as_student(block, "docent"), "studio_view").body_html()
        assert "data-privacy-settings" in html and 'name="retention_days"' in html
