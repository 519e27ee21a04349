"""Netwerkkaart: staff exports (CSV and JSON) of learners' submitted maps.

CSV opens in spreadsheet programs, which run cell text starting with ``=``, ``+``, ``-``, ``@`` (or a tab or
carriage return) as a formula: every text cell that starts so gets a leading apostrophe (OWASP's advice for
CSV injection). Numbers stay numbers.
"""
import csv
import io

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = (
    "learner_id", "learner_name", "submitted_at", "score", "kind", "id", "label", "source", "target", "type",
    "direction", "strength", "ring", "sector", "note", "verdict",
)


def safe_cell(value):
    """A CSV cell that a spreadsheet shows as text, never evaluates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _verdicts(result):
    actors, relations = result["actors"], result["relations"]
    verdict = {entry["actor"]: "matched" for entry in actors["matched"]}
    verdict.update({entry["actor"]: f"extra:{entry['reason']}" for entry in actors["extra"]})
    for key in ("correct", "wrong_type", "wrong_direction", "extra"):
        verdict.update({("r", entry["relation"]): key for entry in relations[key]})
    return verdict


def rows(config, entries):
    """One row per actor and per relation of each submitted map.

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


def to_csv(config, entries, headers=CSV_COLUMNS):
    """The CSV text (UTF-8 with a byte-order mark, so spreadsheet programs read the accents right)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(header) for header in headers])
    for row in rows(config, entries):
        writer.writerow([safe_cell(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()
