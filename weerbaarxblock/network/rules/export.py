"""Netwerkkaart: staff exports (CSV and JSON) of learners' submitted maps.

The block writes these rows with ``spreadsheet.csv_chunks``, so no learner's label runs as a formula.
"""


def _verdicts(result):
    actors, relations = result["actors"], result["relations"]
    verdict = {entry["actor"]: "matched" for entry in actors["matched"]}
    verdict.update({entry["actor"]: f"extra:{entry['reason']}" for entry in actors["extra"]})
    for key in ("correct", "wrong_type", "wrong_direction", "extra"):
        verdict.update({("r", entry["relation"]): key for entry in relations[key]})
    return verdict


def rows(config, entries):
    """One row per actor and per relation of each submitted map, relations set aside included.

    ``entries``: dicts with learner_id, learner_name, submitted_at, score, map, result (the comparison).
    """
    names = {
        key: {item["id"]: item["label"] for item in config[key]}
        for key in ("rings", "sectors", "actor_types", "relation_types")
    }
    for entry in entries:
        verdict = _verdicts(entry["result"])
        head = [entry["learner_id"], entry["learner_name"], entry["submitted_at"], entry["score"]]
        labels = {actor["id"]: actor["label"] for actor in entry["map"]["actors"]}
        for actor in entry["map"]["actors"]:
            yield head + [
                "actor", actor["id"], actor["label"], "", "", names["actor_types"].get(actor["type"], actor["type"]),
                "", "", names["rings"].get(actor["ring"], actor["ring"]),
                names["sectors"].get(actor["sector"], "") if actor["sector"] else "", "", verdict.get(actor["id"], ""),
            ]
        for relation in entry["map"]["relations"]:
            yield head + [
                "relation", relation["id"], "", labels.get(relation["source"], ""),
                labels.get(relation["target"], ""),
                names["relation_types"].get(relation["type"], relation["type"]), relation["direction"],
                relation["strength"], "", "", relation.get("note", ""), verdict.get(("r", relation["id"]), ""),
            ]
        for relation in entry["map"].get("set_aside", []):  # kept, outside the comparison
            yield head + [
                "relation", relation["id"], "", relation["source_label"], relation["target_label"],
                names["relation_types"].get(relation["type"], relation["type"]), relation["direction"],
                relation["strength"], "", "", relation["note"], "set_aside",
            ]
