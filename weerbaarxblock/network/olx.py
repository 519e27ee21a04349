"""Netwerkkaart as readable OLX, both ways.

    <weerbaar_network display_name="..." scored="true" weight="1" allow_free="true" max_actors="60"
                      max_relations="150" actor_weight="1" relation_weight="1" partial_credit="0.5">
      <introduction>...</introduction>
      <case>Zorgaanbieder Zorg-aan-Huis</case>
      <rings><ring id="huishouden">Cliënt en huishouden</ring>...</rings>
      <sectors><sector id="zorg">Zorg en welzijn</sector>...</sectors>
      <actor-types><actor-type id="persoon" shape="circle" color="#1f5fa8">Persoon</actor-type>...</actor-types>
      <relation-types><relation-type id="geld" line="solid" color="#7a4b00">Geldstroom</relation-type>...
      <palette>
        <actor id="wijkteam" type="organisatie"><label>Wijkteam</label><synonym>buurtteam</synonym></actor>
        <actor id="boekhouder" type="persoon" offered="false"><label>Boekhouder</label></actor>
      </palette>
      <reference>
        <actor ref="wijkteam" ring="professionals" sector="zorg" x="0.55" y="-0.2">Why the experts include it.</actor>
        <relation source="wijkteam" target="client" type="zorgrelatie" direction="one-way">Why.</relation>
        <left-out ref="buren">Why the experts left this palette actor out.</left-out>
      </reference>
    </weerbaar_network>

A section left out takes the defaults of a new block. ``to_data`` gives the same dictionary the Studio editor
sends, so both go through one validation (``rules.config.validate_authoring``).
"""
from weerbaarxblock.core import olx
from weerbaarxblock.network.rules.config import SETTINGS_DEFAULTS
from weerbaarxblock.network.rules.defaults import default_config

LISTS = (  # (config key, list element, item element, extra attributes)
    ("rings", "rings", "ring", ()),
    ("sectors", "sectors", "sector", ()),
    ("actor_types", "actor-types", "actor-type", ("shape", "color")),
    ("relation_types", "relation-types", "relation-type", ("line", "color")),
)
INTEGER_SETTINGS = ("max_actors", "max_relations")
NUMBER_SETTINGS = ("actor_weight", "relation_weight", "partial_credit", "weight")
FLAG_SETTINGS = ("allow_free", "scored")
# The fields this OLX describes; ``core.olx`` carries every other content or settings field.
COVERED_FIELDS = ("display_name", "introduction", "config", "reference", *SETTINGS_DEFAULTS)
# Exports made before "scored" was named so (it shadowed the platform's inheritable ``graded``) still import.
LEGACY_NAMES = {"scored": "graded"}


def to_data(node, display_name_default):
    """The editor's dictionary from a ``weerbaar_network`` element."""
    olx.check_node(node)
    defaults = default_config()
    data = {
        "display_name": node.get("display_name", display_name_default),
        "introduction": olx.text_of(node, "introduction").strip(),
        "case_label": olx.text_of(node, "case", defaults["case_label"]).strip(),
    }
    for key, list_tag, item_tag, extras in LISTS:
        holder = node.find(list_tag)
        if holder is None:
            data[key] = defaults[key]
            continue
        data[key] = [
            dict({"id": item.get("id"), "label": olx.stripped_text(item)}, **{name: item.get(name) for name in extras
                                                                 if item.get(name) is not None})
            for item in holder.findall(item_tag)
        ]
    data["palette"] = [
        {
            "id": item.get("id"),
            "label": olx.text_of(item, "label").strip(),
            "type": item.get("type"),
            "synonyms": [olx.stripped_text(synonym) for synonym in item.findall("synonym")],
            "offered": olx.read_flag(item.get("offered"), default=True),
        }
        for item in (node.find("palette") if node.find("palette") is not None else [])
        if item.tag == "actor"
    ]
    settings = {}
    for key in FLAG_SETTINGS:
        value = olx.attribute(node, key, LEGACY_NAMES)
        settings[key] = olx.read_flag(value, default=SETTINGS_DEFAULTS[key])
    for key in INTEGER_SETTINGS + NUMBER_SETTINGS:
        if node.get(key) is not None:
            settings[key] = olx.number_or_text(node.get(key), integer=key in INTEGER_SETTINGS)
    data["settings"] = settings
    data["reference"] = _reference(node.find("reference"))
    return data


def _reference(holder):
    reference = {"actors": [], "relations": [], "left_out": []}
    if holder is None:
        return reference
    for number, item in enumerate(holder):
        if item.tag == "actor":
            reference["actors"].append({
                "id": item.get("ref"), "palette": item.get("ref"), "ring": item.get("ring"),
                "sector": item.get("sector"),
                "x": olx.number_or_text(item.get("x", "0")), "y": olx.number_or_text(item.get("y", "0")),
                "explanation": olx.stripped_text(item),
            })
        elif item.tag == "relation":
            reference["relations"].append({
                "id": item.get("id") or f"ref{number + 1}", "source": item.get("source"),
                "target": item.get("target"), "type": item.get("type"),
                "direction": item.get("direction", "none"), "strength": item.get("strength", "normal"),
                "explanation": olx.stripped_text(item),
            })
        elif item.tag == "left-out":
            reference["left_out"].append({"actor": item.get("ref"), "explanation": olx.stripped_text(item)})
    return reference


def _format_number(value):
    return f"{value:g}" if isinstance(value, float) else str(value)


def write(node, block_type, texts, config, settings, reference):
    """Fill ``node`` with the block's readable OLX."""
    node.tag = block_type
    node.set("display_name", texts["display_name"])
    for key in FLAG_SETTINGS:
        node.set(key, olx.flag(settings[key]))
    for key in INTEGER_SETTINGS + NUMBER_SETTINGS:
        node.set(key, _format_number(settings[key]))
    if texts.get("introduction"):
        olx.sub(node, "introduction", texts["introduction"])
    olx.sub(node, "case", config["case_label"])
    for key, list_tag, item_tag, extras in LISTS:
        holder = olx.sub(node, list_tag)
        for item in config[key]:
            olx.sub(holder, item_tag, item["label"], id=item["id"], **{name: item[name] for name in extras})
    palette = olx.sub(node, "palette")
    for item in config["palette"]:
        actor = olx.sub(palette, "actor", id=item["id"], type=item["type"],
                        offered=None if item.get("offered", True) else "false")
        olx.sub(actor, "label", item["label"])
        for synonym in item.get("synonyms", []):
            olx.sub(actor, "synonym", synonym)
    holder = olx.sub(node, "reference")
    for actor in reference["actors"]:
        olx.sub(holder, "actor", actor.get("explanation", ""), ref=actor["id"], ring=actor["ring"],
                sector=actor.get("sector"), x=_format_number(actor["x"]), y=_format_number(actor["y"]))
    for relation in reference["relations"]:
        olx.sub(holder, "relation", relation.get("explanation", ""), id=relation["id"], source=relation["source"],
                target=relation["target"], type=relation["type"], direction=relation["direction"],
                strength=relation["strength"])
    for item in reference.get("left_out", []):
        olx.sub(holder, "left-out", item["explanation"], ref=item["actor"])
    return node
