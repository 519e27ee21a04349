"""Netwerkkaart: the server's layout rule (rules/layout.py): free spots in each ring and sector, no overlaps."""
from weerbaarxblock.network.rules import layout
from weerbaarxblock.network.rules.defaults import default_config


def clashes(actors, radius=layout.RADIUS, suffix="", config=None):
    spread = layout.spread(config or default_config(), actors)
    boxes = [layout.box(actor["label"], actor["x"], actor["y"], spread, radius, suffix) for actor in actors]
    return [(one, two) for one in range(len(boxes)) for two in range(one + 1, len(boxes))
            if layout.overlaps(boxes[one], boxes[two])]


def spread(config, count, label="Buur {}"):
    """``count`` actors piled on one spot per ring, spread over the rings by their size."""
    rings, sectors = config["rings"], config["sectors"]
    shares = [7, 12, 17, 24]
    actors = []
    for ring, share in zip(rings, shares, strict=True):
        for number in range(share):
            if len(actors) < count:
                actors.append({"id": f"a{len(actors)}", "label": label.format(len(actors)), "ring": ring["id"],
                               "sector": sectors[number % len(sectors)]["id"], "x": 0.5, "y": 0.5})
    return actors


def test_sixty_actors_piled_up_are_tidied_into_their_ring_and_sector_without_overlaps():
    config = default_config()
    actors = spread(config, 60)
    tidied = layout.tidy(config, actors)
    assert clashes(tidied) == []
    for before, after in zip(actors, tidied, strict=True):
        assert after["id"] == before["id"]
        inner, outer = layout.band(config["rings"], before["ring"])
        assert inner <= (after["x"] ** 2 + after["y"] ** 2) ** 0.5 < outer
        assert layout.sector_at(config["sectors"], after["x"], after["y"]) == before["sector"]


def test_the_layout_is_deterministic_and_readable_leaves_a_tidy_map_alone():
    config = default_config()
    actors = spread(config, 20)
    assert layout.tidy(config, actors) == layout.tidy(config, actors)
    tidied = layout.tidy(config, actors)
    assert layout.readable(config, tidied) == tidied


def test_the_overlay_uses_the_experts_places_and_keeps_others_apart():
    config = default_config()
    reference = {"actors": [{"id": "wijkteam", "ring": "professionals", "sector": "zorg", "x": 0.1, "y": -0.6}]}
    result = {"learners": 3, "relations": [], "actors": [
        {"key": "p:wijkteam", "label": "Wijkteam", "type": "organisatie", "count": 3, "x": 0.5, "y": 0.5,
         "ring": "informeel"},
        {"key": "f:oom", "label": "Oom", "type": "persoon", "count": 2, "x": 0.5, "y": 0.5, "ring": "informeel"},
        {"key": "f:tante", "label": "Tante", "type": "persoon", "count": 1, "x": 0.5, "y": 0.5, "ring": "informeel"},
    ]}
    actors = layout.overlay(config, reference, result)["actors"]
    assert (actors[0]["x"], actors[0]["y"], actors[0]["ring"]) == (0.1, -0.6, "professionals")
    assert clashes(actors, layout.OVERLAY_RADIUS, " (000)") == []
    for actor in actors[1:]:  # left out by the experts: near the learners' spot, the sector where it ends up
        assert actor["sector"] == layout.sector_at(config["sectors"], actor["x"], actor["y"])
        assert actor["ring"] == "informeel"


PLACES = ["Wijkagent", "Huisarts", "Wijkteam", "Buurthuis", "Jongerenwerk", "Zorgaanbieder", "Woonstichting",
          "Schuldhulp", "Apotheek", "Thuiszorg", "Voedselbank", "Moskee", "Sportclub", "Basisschool", "Werkgever"]
NAMES = [f"{place} {part}" for part in ("Noord", "Zuid", "Oost", "Centrum") for place in PLACES]


def test_sixty_actors_with_realistic_names_fit_on_a_map_that_spreads_out():
    config = default_config()
    for names in (NAMES, ["Woningcorporatie"] * 60, ["Afdeling inkoop en contractmanagement"] * 60):
        actors = spread(config, 60, label="{}")
        for actor, name in zip(actors, names, strict=True):
            actor["label"] = name
        assert layout.spread(config, actors) > 1
        assert clashes(layout.tidy(config, actors)) == []


def test_five_long_names_in_the_inner_ring_spread_the_map_out():
    config = default_config()
    names = ["Cliënt (mevrouw A.)", "Zorgaanbieder Z", "Afdeling inkoop en contractmanagement", "Huisarts", "Oom Kees"]
    actors = [{"label": name, "ring": config["rings"][0]["id"], "sector": None, "x": 0.2, "y": 0.0} for name in names]
    assert layout.spread(config, actors) > 1
    assert clashes(layout.tidy(config, actors)) == []
    assert layout.spread(config, actors[:2]) == 1  # room enough: the map keeps its size


def test_labels_longer_than_12_characters_split_into_two_balanced_lines_and_widths_bound_the_font():
    assert layout.lines("Wijkteam") == ["Wijkteam"]
    assert layout.lines("Zorgaanbieder Z") == ["Zorgaanbieder Z"]  # no better split than one short word
    assert layout.lines("Wijkagent Noord") == ["Wijkagent", "Noord"]
    assert layout.lines("Afdeling inkoop en contractmanagement") == ["Afdeling inkoop", "en contract…"]
    assert layout.lines("Woningcorporatie", " (12)") == ["Woningcorporatie (12)"]
    # Arial's advance widths at 14 px, rounded up: W 13.2, m 11.7, i 3.1, e 7.8, C 10.1, 0 7.8
    assert layout.width("W") == 14 and layout.width("m") == 14 and layout.width("i") == 4
    assert layout.width("Ce0") == 11 + 8 + 8
