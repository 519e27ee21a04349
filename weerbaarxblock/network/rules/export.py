"""Netwerkkaart: staff exports (CSV and JSON) of learners' submitted maps.

The block writes these rows with ``spreadsheet.csv_chunks``, so no learner's label runs as a formula.
Every value a trainer reads is a word in their language, never an internal code: the block passes ``words``,
translated labels by code (see ``NetworkBlock._export_words``).
"""
from weerbaarxblock.core.rules.spreadsheet import local_time

RELATION_VERDICTS = ("correct", "wrong_type", "wrong_direction", "extra")
# Above this many maps the download points to the LMS's problem-responses report (``generate_report_data``, made
# in the background): the LMS holds a handler's whole answer in memory before sending it (about 34 MB for 10,000
# maps of 12 actors and 15 relations, tests/benchmarks/test_export_memory.py).
REPORT_ABOVE = 5_000
# A report row is an export row without the learner's cells (the report names the learner by username).
REPORT_KEYS = ("submitted_at", "score", "kind", "id", "actor", "source", "target", "type", "direction", "strength",
               "ring", "sector", "note", "verdict")


def _verdicts(result, words):
    """The verdict in words for each actor id and each ("r", relation id)."""
    actors, relations = result["actors"], result["relations"]
    verdict = {entry["actor"]: words["actor_matched"] for entry in actors["matched"]}
    verdict.update({entry["actor"]: words[f"actor_{entry['reason']}"] for entry in actors["extra"]})
    for key in RELATION_VERDICTS:
        verdict.update({("r", entry["relation"]): words[f"relation_{key}"] for entry in relations[key]})
    return verdict


def rows(config, entries, words):
    """One row per actor and per relation of each submitted map, relations set aside included.

    ``entries``: dicts with learner_id, learner_name, submitted_at, score, map, result (the comparison).
    ``words``: the translated kinds (``actor``, ``relation``), verdicts (``actor_matched``, ``actor_<reason>``,
    ``relation_<verdict>``, ``set_aside``), directions (``one-way``, ``both``, ``none``) and strengths.
    """
    names = {
        key: {item["id"]: item["label"] for item in config[key]}
        for key in ("rings", "sectors", "actor_types", "relation_types")
    }
    for entry in entries:
        verdict = _verdicts(entry["result"], words)
        head = [entry["learner_id"], entry["learner_name"], local_time(entry["submitted_at"]), entry["score"]]
        labels = {actor["id"]: actor["label"] for actor in entry["map"]["actors"]}
        for actor in entry["map"]["actors"]:
            yield head + [
                words["actor"], actor["id"], actor["label"], "", "",
                names["actor_types"].get(actor["type"], actor["type"]), "", "",
                names["rings"].get(actor["ring"], actor["ring"]),
                names["sectors"].get(actor["sector"], "") if actor["sector"] else "", "", verdict.get(actor["id"], ""),
            ]
        for relation in entry["map"]["relations"]:
            yield head + _relation_cells(
                relation, labels.get(relation["source"], ""), labels.get(relation["target"], ""), names, words,
            ) + [relation.get("note", ""), verdict.get(("r", relation["id"]), "")]
        for relation in entry["map"].get("set_aside", []):  # kept, outside the comparison
            yield head + _relation_cells(
                relation, relation["source_label"], relation["target_label"], names, words,
            ) + [relation["note"], words["set_aside"]]


def _relation_cells(relation, source, target, names, words):
    """Kind to sector of a relation's row; note and verdict follow."""
    return [
        words["relation"], relation["id"], "", source, target,
        names["relation_types"].get(relation["type"], relation["type"]),
        words.get(relation["direction"], ""), words.get(relation["strength"], ""), "", "",
    ]


def report_row(cells):
    """The problem-responses report's row for one export row (``rows``): the same cells by name, learner left out."""
    return dict(zip(REPORT_KEYS, cells[2:], strict=True))
