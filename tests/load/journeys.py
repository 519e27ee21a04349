"""What each learner and the instructor do during the load: every write raced by two tabs of the same learner.

Each journey is bounded (a fixed number of moves, and it stops at ``deadline``) and writes what was acknowledged
into its ``Ledger``.
"""
import time

from tests.load.clients import Tab
from tests.load.ledger import Ledger

REFLECTION = "weerbaar_reflection.0"  # single entry, instructor review, revise after feedback
SCENARIO = "weerbaar_scenario.0"  # linear casus, four situations
NETWORK = "weerbaar_network.0"  # free actors allowed
DRAFT_ROUNDS = 4
RESUBMITS = 3  # after the first review: each one may race the instructor reviewing the version before
MAP_ROUNDS = 3
MAX_MOVES = 20
FILLER = "ik luister eerst goed en vraag door voordat ik een oordeel vorm over wat er in het gezin speelt"


def _start(url, unit, student, activity):
    """(ledger, two tabs) of ``student`` on ``unit``."""
    tabs = [Tab(url, unit, student), Tab(url, unit, student)]
    return Ledger(student, activity, usage=tabs[0].usage), tabs


def _answers(student, label):
    text = f"{student} {label}: " + " ".join([FILLER] * 3)
    return {"kwaliteiten": text, "valkuilen": text + " en ik stel grenzen", "meenemen": label}


def reflection(url, student, deadline):
    """Drafts, a submission, then (once the instructor reviewed it) resubmissions, two tabs racing each."""
    (ledger, tabs), version = _start(url, REFLECTION, student, "reflection"), 0
    for round_number in range(DRAFT_ROUNDS):
        bodies = [{"entry": 1, "version": version, "answers": {"kwaliteiten": f"{student} concept {round_number} "
                                                               f"tab {tab}"}} for tab in range(2)]
        won = ledger.race(tabs, "save_draft", bodies)
        version = won[1]["version"] if won else version
    submissions = 0
    while submissions <= RESUBMITS and time.monotonic() < deadline:
        bodies = [{"entry": 1, "version": version, "answers": _answers(student, f"inzending {submissions} tab {tab}")}
                  for tab in range(2)]
        won = ledger.race(tabs, "submit", bodies)
        if won:
            version, submissions = won[1]["state"]["version"], submissions + 1
            time.sleep(0.1)  # as a person would: lets the instructor's review of this version come in between
        else:
            time.sleep(0.3)  # not reviewed yet: a submitted entry may change only after the feedback
    return ledger


def _choice(situation, tab):
    options = [option["id"] for option in situation["options"]]
    kind = situation["format"]
    if kind == "pick_best":
        return {"choice": options[tab % len(options)]}
    if kind == "best_worst":
        return {"best": options[tab % len(options)], "worst": options[(tab + 1) % len(options)]}
    if kind == "rate":
        return {"ratings": {option: 1 + (index + tab) % 5 for index, option in enumerate(options)}}
    return {"order": options[tab:] + options[:tab]}


def scenario(url, student, deadline):
    """One attempt through the casus: start, then answer and advance each situation, two tabs racing each move."""
    ledger, tabs = _start(url, SCENARIO, student, "scenario")
    won = ledger.race(tabs, "start_attempt", [{"version": 0}] * 2)
    state = won[1]["state"] if won else None
    for _move in range(MAX_MOVES):
        if state is None or state["status"] == "end" or time.monotonic() > deadline:
            break
        if state["status"] == "question":
            situation = state["situation"]
            bodies = [{"situation": situation["id"], "answer": _choice(situation, tab), "version": state["version"],
                       "justification": f"{student} tab {tab}"} for tab in range(2)]
            won = ledger.race(tabs, "answer", bodies)
        else:
            won = ledger.race(tabs, "advance", [{"version": state["version"]}] * 2)
        if won is None:  # both refused: read the state again, as the page would
            status, answer = tabs[0].post("learner_state", {})
            ledger.note("learner_state", status, answer)
            won = (None, answer) if status == 200 else None
        state = won[1]["state"] if won else None
    return ledger


def _map(student, round_number, tab):
    actors = [
        {"id": "a1", "palette": "client", "label": "Cliënt (mevrouw A.)", "type": "persoon", "ring": "huishouden",
         "sector": "zorg", "x": 0.1, "y": 0.1, "flags": []},
        {"id": "a2", "palette": "buren", "label": "Buren", "type": "informeel", "ring": "informeel",
         "sector": "informeel", "x": 0.3 + 0.1 * tab, "y": -0.2, "flags": []},
        {"id": f"t{tab}r{round_number}", "palette": None, "label": f"{student} tab {tab} ronde {round_number}",
         "type": "persoon", "ring": "professionals", "sector": "gemeente", "x": -0.5, "y": 0.4, "flags": []},
    ]
    relations = [{"id": "r1", "source": "a1", "target": "a2", "type": "informatie", "direction": "both",
                  "strength": "normal", "note": "", "flags": []}]
    return {"actors": actors, "relations": relations}


def network(url, student, deadline):
    """Map saves, then the submission, two tabs racing each from the same version with different maps."""
    (ledger, tabs), version = _start(url, NETWORK, student, "network"), 0
    for round_number in range(MAP_ROUNDS + 1):
        if time.monotonic() > deadline:
            break
        handler = "submit" if round_number == MAP_ROUNDS else "save_map"
        bodies = [{"version": version, "map": _map(student, round_number, tab)} for tab in range(2)]
        won = ledger.race(tabs, handler, bodies)
        version = won[1]["version"] if won else version
    return ledger
