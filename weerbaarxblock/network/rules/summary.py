"""What the author's summary in Studio shows about a netwerkkaart: its lists, limits and expert map."""


def summary(config, reference):
    """Labels of rings, sectors and types, the offered palette and how full the expert map is."""
    def labels(name):
        return [item.get("label") or item.get("id") or "" for item in config.get(name) or []]

    palette = config.get("palette") or []
    return {
        "rings": labels("rings"),
        "sectors": labels("sectors"),
        "actor_types": labels("actor_types"),
        "relation_types": labels("relation_types"),
        "palette": [item.get("label") or item.get("id") or "" for item in palette if item.get("offered", True)],
        "hidden_palette": sum(1 for item in palette if not item.get("offered", True)),
        "reference_actors": len(reference.get("actors") or []),
        "reference_relations": len(reference.get("relations") or []),
    }
