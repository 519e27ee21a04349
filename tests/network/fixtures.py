"""Small netwerkkaart content shared by the domain tests (a trimmed zorgfraude case)."""
import copy

from weerbaarxblock.network.rules.config import SETTINGS_DEFAULTS
from weerbaarxblock.network.rules.defaults import default_config

PALETTE = [
    {"id": "client", "label": "Cliënt", "type": "persoon", "synonyms": ["cliënte", "zorgvrager"], "offered": True},
    {"id": "wijkteam", "label": "Wijkteam", "type": "organisatie", "synonyms": ["sociaal wijkteam", "buurtteam"],
     "offered": True},
    {"id": "wmo", "label": "Wmo-consulent", "type": "persoon", "synonyms": ["consulent"], "offered": True},
    {"id": "inkoop", "label": "Afdeling inkoop", "type": "organisatie", "synonyms": ["inkoop"], "offered": True},
    {"id": "z", "label": "Zorgaanbieder Z", "type": "ondermijnend", "synonyms": ["malafide zorgaanbieder"],
     "offered": True},
    {"id": "toezicht", "label": "Toezichthouder Wmo", "type": "organisatie", "synonyms": ["toezichthouder"],
     "offered": False},
    {"id": "huisarts", "label": "Huisarts", "type": "persoon", "synonyms": [], "offered": True},
]

REFERENCE = {
    "actors": [
        {"id": "client", "palette": "client", "label": "Cliënt", "type": "persoon", "ring": "huishouden",
         "sector": "zorg", "x": 0.1, "y": -0.2, "explanation": "Staat centraal."},
        {"id": "wijkteam", "palette": "wijkteam", "label": "Wijkteam", "type": "organisatie", "ring": "professionals",
         "sector": "zorg", "x": 0.4, "y": -0.5, "explanation": "Kent het huishouden."},
        {"id": "wmo", "palette": "wmo", "label": "Wmo-consulent", "type": "persoon", "ring": "professionals",
         "sector": None, "x": 0.6, "y": 0.1, "explanation": "Geeft de beschikking af."},
        {"id": "inkoop", "palette": "inkoop", "label": "Afdeling inkoop", "type": "organisatie",
         "ring": "professionals", "sector": None, "x": 0.5, "y": 0.4, "explanation": "Betaalt de facturen."},
        {"id": "z", "palette": "z", "label": "Zorgaanbieder Z", "type": "ondermijnend", "ring": "op-afstand",
         "sector": "zorg", "x": -0.8, "y": 0.3, "explanation": "Ontvangt het geld."},
        {"id": "toezicht", "palette": "toezicht", "label": "Toezichthouder Wmo", "type": "organisatie",
         "ring": "professionals", "sector": "veiligheid", "x": -0.5, "y": 0.4, "explanation": "Doet onderzoek."},
    ],
    "relations": [
        {"id": "ref1", "source": "z", "target": "client", "type": "zorgrelatie", "direction": "one-way",
         "strength": "normal", "explanation": "Z levert te weinig zorg."},
        {"id": "ref2", "source": "inkoop", "target": "z", "type": "geld", "direction": "one-way",
         "strength": "strong", "explanation": "Het geld gaat naar Z."},
        {"id": "ref3", "source": "wmo", "target": "inkoop", "type": "informatie", "direction": "both",
         "strength": "normal", "explanation": "Samen zien ze dat het niet klopt."},
        {"id": "ref4", "source": "wijkteam", "target": "client", "type": "zorgrelatie", "direction": "none",
         "strength": "normal", "explanation": "Contact met het huishouden."},
        {"id": "ref5", "source": "wmo", "target": "toezicht", "type": "informatie", "direction": "one-way",
         "strength": "normal", "explanation": "Melding bij toezicht."},
    ],
    "left_out": [{"actor": "huisarts", "explanation": "Geen rol in deze casus."}],
}


def config():
    result = default_config()
    result["case_label"] = "Zorgaanbieder Z"
    result["palette"] = copy.deepcopy(PALETTE)
    return result


def settings(**changes):
    return dict(SETTINGS_DEFAULTS, scored=True, **changes)


def reference():
    return copy.deepcopy(REFERENCE)


def authoring(**changes):
    """The editor's request for this content."""
    base = config()
    data = {
        "display_name": "Netwerkkaart", "introduction": "Wie is betrokken?", "case_label": base["case_label"],
        "rings": base["rings"], "sectors": base["sectors"], "actor_types": base["actor_types"],
        "relation_types": base["relation_types"], "palette": base["palette"], "settings": settings(),
        "reference": reference(),
    }
    data.update(changes)
    return copy.deepcopy(data)


def reference_as_learner_map(ref=None):
    """The expert map drawn by a learner: the same actors (from the list) and relations."""
    ref = ref or reference()
    offered = {item["id"] for item in PALETTE if item["offered"]}
    actors = []
    for number, actor in enumerate(ref["actors"]):
        entry = {"id": f"a{number}", "ring": actor["ring"], "sector": actor["sector"], "x": actor["x"],
                 "y": actor["y"], "flags": []}
        if actor["id"] in offered:
            entry.update(palette=actor["id"], label=actor["label"], type=actor["type"])
        else:  # a list actor learners do not see: named in their own words
            entry.update(palette=None, label=next(i["synonyms"][0] for i in PALETTE if i["id"] == actor["id"]),
                         type=actor["type"])
        actors.append(entry)
    ids = {actor["id"]: f"a{number}" for number, actor in enumerate(ref["actors"])}
    relations = [
        {"id": f"r{number}", "source": ids[rel["source"]], "target": ids[rel["target"]], "type": rel["type"],
         "direction": rel["direction"], "strength": rel["strength"], "note": "", "flags": []}
        for number, rel in enumerate(ref["relations"])
    ]
    return {"actors": actors, "relations": relations}
