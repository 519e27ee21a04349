"""Netwerkkaart: the content a new block starts with (Dutch course content, changed by the author in Studio).

Rings follow the ecogram (closeness to the case), sectors the domains a municipality works in, and the
types are the ones the training uses. The palette and the expert map start empty: they belong to a case.
"""
import copy

DEFAULT_CONFIG = {
    "case_label": "De casus",
    "rings": [
        {"id": "huishouden", "label": "Cliënt en huishouden"},
        {"id": "informeel", "label": "Informeel netwerk"},
        {"id": "professionals", "label": "Professionals en instanties"},
        {"id": "op-afstand", "label": "Op afstand en ondermijnende invloeden"},
    ],
    "sectors": [
        {"id": "zorg", "label": "Zorg en welzijn"},
        {"id": "werk-inkomen", "label": "Werk en inkomen"},
        {"id": "veiligheid", "label": "Veiligheid"},
        {"id": "wonen", "label": "Wonen"},
        {"id": "onderwijs", "label": "Onderwijs"},
        {"id": "informeel", "label": "Informeel"},
    ],
    "actor_types": [
        {"id": "persoon", "label": "Persoon", "shape": "circle", "color": "#1f5fa8"},
        {"id": "organisatie", "label": "Organisatie of afdeling", "shape": "square", "color": "#2e6b30"},
        {"id": "informeel", "label": "Informeel", "shape": "diamond", "color": "#7a4b00"},
        {"id": "ondermijnend", "label": "Ondermijnend", "shape": "triangle", "color": "#a4161a"},
    ],
    "relation_types": [
        {"id": "samenwerking", "label": "Samenwerking", "line": "solid", "color": "#2e6b30"},
        {"id": "informatie", "label": "Informatiedeling", "line": "dashed", "color": "#1f5fa8"},
        {"id": "geld", "label": "Geldstroom", "line": "solid", "color": "#7a4b00"},
        {"id": "afhankelijkheid", "label": "Afhankelijkheid", "line": "dotted", "color": "#5b3a8c"},
        {"id": "druk", "label": "Druk of intimidatie", "line": "dashed", "color": "#a4161a"},
        {"id": "zorgrelatie", "label": "Zorgrelatie", "line": "dotted", "color": "#0b6e6e"},
    ],
    "palette": [],
}

DEFAULT_REFERENCE = {"actors": [], "relations": [], "left_out": []}


def default_config():
    return copy.deepcopy(DEFAULT_CONFIG)


def default_reference():
    return copy.deepcopy(DEFAULT_REFERENCE)
