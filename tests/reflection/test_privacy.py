"""Reflectiejournaal, privacy guard: saves and submissions name the identifiers an answer seems to hold.

The learner is warned, never stopped, and no identifier leaves the server in a response or an event.
"""
import json
import re

from weerbaarxblock.store.models import ReflectionEntry

XML = """
<weerbaar_reflection display_name="Reflectie" review="instructor" grading="complete" may_edit_after_submit="false">
  <prompt id="a" required="true"><question>Wat gebeurde er?</question></prompt>
  <prompt id="b" required="false"><question>Wat neem je mee?</question></prompt>
</weerbaar_reflection>
"""
BSN = "111222333"  # passes the elfproef
IBAN = "NL91 ABNA 0417 1643 00"
PHONE = "06-12345678"
WITH_BSN = f"De cliënt gaf mij zijn BSN {BSN} zodat ik de aanvraag kon afmaken."
WITH_IBAN_AND_PHONE = f"Zijn moeder stort het geld op {IBAN} en is bereikbaar op {PHONE}."
ORDINARY = "In 2019 werkte ik 36 uur per week; 123456789 is geen BSN, de wijk telt 12000 inwoners en 3,5 km²."
WARNING_END = " te bevatten. Haal gegevens weg waarmee cliënten te herkennen zijn."


def draft(workbench, block, answers, version=0):
    return workbench.call(block, "save_draft", {"entry": 1, "version": version, "answers": answers})


def warning_element(body, prompt_id):
    match = re.search(
        rf'<p class="wr-privacy-warning" id="([^"]+-{prompt_id}-privacy)" data-privacy( hidden)?>(.*?)</p>', body, re.S
    )
    return match.group(1), match.group(2) is None, match.group(3)


def test_a_draft_names_the_kinds_per_answer_in_dutch(workbench):
    block = workbench.load(XML)
    status, data = draft(workbench, block, {"a": WITH_BSN, "b": WITH_IBAN_AND_PHONE})
    assert status == 200
    assert data["privacy"] == {
        "a": {"kinds": ["bsn"], "warning": "Je antwoord lijkt een burgerservicenummer (BSN)" + WARNING_END},
        "b": {"kinds": ["iban", "phone"],
              "warning": "Je antwoord lijkt een rekeningnummer (IBAN) en een telefoonnummer" + WARNING_END},
    }
    # A warning, not a refusal: the draft is stored as written.
    assert workbench.as_student(block, "leerling_a").draft_answers == {"a": WITH_BSN, "b": WITH_IBAN_AND_PHONE}


def test_three_kinds_are_listed_the_dutch_way(workbench):
    block = workbench.load(XML)
    _status, data = draft(workbench, block, {"a": f"{WITH_BSN} {WITH_IBAN_AND_PHONE}"})
    assert data["privacy"]["a"]["warning"] == (
        "Je antwoord lijkt een burgerservicenummer (BSN), een rekeningnummer (IBAN) en een telefoonnummer"
        + WARNING_END
    )


def test_ordinary_numbers_give_no_warning(workbench):
    block = workbench.load(XML)
    _status, data = draft(workbench, block, {"a": ORDINARY, "b": ""})
    assert data["privacy"] == {"a": {"kinds": [], "warning": ""}, "b": {"kinds": [], "warning": ""}}


def test_the_warning_goes_once_the_identifier_is_removed(workbench):
    block = workbench.load(XML)
    assert draft(workbench, block, {"a": WITH_BSN})[1]["privacy"]["a"]["kinds"] == ["bsn"]
    _status, data = draft(workbench, workbench.as_student(block, "leerling_a"),
                          {"a": "De cliënt gaf mij zijn BSN, ik heb het niet opgeschreven."}, version=1)
    assert data["privacy"]["a"] == {"kinds": [], "warning": ""}


def test_responses_and_events_hold_no_identifier(workbench):
    block = workbench.load(XML)
    _status, saved = draft(workbench, block, {"a": WITH_BSN, "b": WITH_IBAN_AND_PHONE})
    status, submitted = workbench.call(workbench.as_student(block, "leerling_a"), "submit",
                                       {"entry": 1, "version": 1, "answers": {"a": WITH_BSN, "b": WITH_IBAN_AND_PHONE}})
    assert status == 200
    saved_text = json.dumps(saved, ensure_ascii=False)
    privacy_text = json.dumps(submitted["privacy"], ensure_ascii=False)
    events_text = json.dumps(workbench.events, ensure_ascii=False)
    for found in (BSN, IBAN, IBAN.replace(" ", ""), PHONE, "12345678", "0417"):
        assert found not in saved_text and found not in privacy_text and found not in events_text
    [saved_event] = workbench.events_named("weerbaar.reflection.draft_saved")
    [submitted_event] = workbench.events_named("weerbaar.reflection.submitted")
    assert set(saved_event) == {"entry", "version", "word_count"}
    assert set(submitted_event) == {"entry", "version", "status", "word_count"}


def test_submitting_stays_allowed_and_names_the_kinds(workbench):
    block = workbench.load(XML)
    status, data = workbench.call(block, "submit", {"entry": 1, "version": 0, "answers": {"a": WITH_BSN}})
    assert status == 200
    assert data["privacy"]["a"]["kinds"] == ["bsn"] and data["privacy"]["b"]["kinds"] == []
    assert data["state"]["privacy"] == data["privacy"]
    assert data["state"]["status"] == "submitted"
    assert ReflectionEntry.objects.get().answers["a"] == WITH_BSN
    assert workbench.events_named("completion") == [{"completion": 1.0}]


def test_the_page_shows_the_stored_drafts_warning_linked_to_its_text_area(workbench):
    block = workbench.load(XML)
    draft(workbench, block, {"a": WITH_BSN, "b": ORDINARY})
    body = workbench.render(workbench.as_student(block, "leerling_a")).body_html()
    element_id, shown, text = warning_element(body, "a")
    assert shown and text == "Je antwoord lijkt een burgerservicenummer (BSN)" + WARNING_END
    described = re.search(r'<textarea id="[^"]+-a" name="a".*?aria-describedby="([^"]+)"', body, re.S).group(1)
    assert element_id in described.split()
    element_id, shown, text = warning_element(body, "b")
    assert not shown and text == ""
    state = json.loads(re.search(r'<script type="application/json" data-state>(.*?)</script>', body, re.S).group(1))
    assert state["privacy"]["a"]["kinds"] == ["bsn"]


def test_a_fresh_page_has_hidden_empty_warnings(workbench):
    body = workbench.render(workbench.load(XML)).body_html()
    assert [warning_element(body, prompt_id)[1:] for prompt_id in ("a", "b")] == [(False, ""), (False, "")]


def test_unchanged_answers_are_not_scanned_again(workbench, monkeypatch):
    from weerbaarxblock.core.rules import privacy

    scanned = []
    real = privacy.kinds_found
    monkeypatch.setattr(privacy, "kinds_found", lambda text: scanned.append(text) or real(text))
    block = workbench.load(XML)
    draft(workbench, block, {"a": WITH_BSN, "b": ORDINARY})
    assert sorted(scanned) == sorted([WITH_BSN, ORDINARY])
    scanned.clear()
    _status, data = draft(workbench, workbench.as_student(block, "leerling_a"),
                          {"a": WITH_BSN, "b": ORDINARY + " Meer tekst."}, version=1)
    assert scanned == [ORDINARY + " Meer tekst."]  # only the changed answer
    assert data["privacy"]["a"]["kinds"] == ["bsn"]
    scanned.clear()
    body = workbench.render(workbench.as_student(block, "leerling_a")).body_html()
    assert scanned == [] and "burgerservicenummer" in body  # the page shows the kept result
