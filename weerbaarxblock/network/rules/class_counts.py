"""Netwerkkaart: the class's counters (overlay, key actors and relations found, mean score), kept per submission.

Each submitted map becomes a ``contribution`` (its actors by overlay key with the first position, its relations
by pair and type, what it found of the expert map, its score). The block adds it to the counters in the
transaction that stores the map, so the instructor's overview reads one row whatever the size of the class.
Counters belong to one content (``compare.content_key``): after an author's change the block counts again.

``counts`` is plain JSON: ``{"learners", "actors": {key: {label, type, count, x, y, rings}},
"relations": {"source\\ttarget\\ttype": count}, "found_actors": {id: count}, "found_relations": {id: count},
"score_sum", "scored"}``; x and y are sums until ``overlay`` divides them.
"""
from weerbaarxblock.network.rules.compare import label_index, ordered_pair, palette_id_of
from weerbaarxblock.network.rules.model import normalise_label

SEPARATOR = "\t"  # between the parts of a relation's key; normalised labels hold no tabs


def actor_key(actor, index):
    """What counts as "the same actor" across learners: a palette id, or else the normalised label."""
    palette_id = palette_id_of(actor, index)
    return f"p:{palette_id}" if palette_id else f"f:{normalise_label(actor['label'])}"


def empty():
    return {"learners": 0, "actors": {}, "relations": {}, "found_actors": {}, "found_relations": {},
            "score_sum": 0.0, "scored": 0}


def contribution(index, learner_map, result=None):
    """One learner's part: each actor key once (its first position), each relation key once, what it found."""
    actors, keys, relations = {}, {}, []
    for actor in learner_map["actors"]:
        key = keys[actor["id"]] = actor_key(actor, index)
        if key not in actors:
            actors[key] = {name: actor[name] for name in ("label", "type", "x", "y", "ring")}
    for relation in learner_map["relations"]:
        source, target = keys.get(relation["source"]), keys.get(relation["target"])
        if source is None or target is None or source == target:
            continue
        key = SEPARATOR.join((*ordered_pair(source, target), relation["type"]))
        if key not in relations:
            relations.append(key)
    found = {"found_actors": [], "found_relations": [], "score": None}
    if result is not None:
        found = {
            "found_actors": [entry["reference"] for entry in result["actors"]["matched"]],
            "found_relations": [entry["expected"]["relation"] for entry in result["relations"]["correct"]],
            "score": result["score"],
        }
    return dict(found, actors=actors, relations=relations)


def _count(table, key):
    table[key] = table.get(key, 0) + 1


def add(counts, part):
    """``counts`` with one more learner's ``contribution`` (changed in place and returned)."""
    counts["learners"] += 1
    for key, actor in part["actors"].items():
        entry = counts["actors"].get(key)
        if entry is None:
            entry = counts["actors"][key] = {"label": actor["label"], "type": actor["type"], "count": 0,
                                             "x": 0.0, "y": 0.0, "rings": {}}
        entry["count"] += 1
        entry["x"] += actor["x"]
        entry["y"] += actor["y"]
        _count(entry["rings"], actor["ring"])
    for key in part["relations"]:
        _count(counts["relations"], key)
    for name in ("found_actors", "found_relations"):
        for key in part[name]:
            _count(counts[name], key)
    if part["score"] is not None:
        counts["score_sum"] += part["score"]
        counts["scored"] += 1
    return counts


def overlay(config, reference, maps):
    """The overlay of a list of maps counted at once (the counters' ``view`` after adding each)."""
    index = label_index(config["palette"])
    counts = empty()
    for learner_map in maps:
        add(counts, contribution(index, learner_map))
    return view(counts, config, reference)


def view(counts, config, reference):
    """How many learners included each actor and each relation (pair and type), with mean positions."""
    labels = {item["id"]: item["label"] for item in config["palette"]}
    in_reference = {f"p:{actor['id']}" for actor in reference["actors"]}
    reference_relations = {
        (*ordered_pair(f"p:{r['source']}", f"p:{r['target']}"), r["type"]) for r in reference["relations"]
    }
    actor_list = []
    for key, entry in counts["actors"].items():
        label = labels.get(key[2:], entry["label"]) if key.startswith("p:") else entry["label"]
        actor_list.append({
            "key": key, "label": label, "type": entry["type"], "count": entry["count"],
            "x": round(entry["x"] / entry["count"], 4), "y": round(entry["y"] / entry["count"], 4),
            "in_reference": key in in_reference,
            "ring": max(entry["rings"].items(), key=lambda pair: pair[1])[0],
        })
    for actor in reference["actors"]:  # expert actors nobody included still appear, with 0
        key = f"p:{actor['id']}"
        if key not in counts["actors"]:
            actor_list.append({"key": key, "label": labels.get(actor["id"], actor["id"]), "type": actor["type"],
                               "count": 0, "x": actor["x"], "y": actor["y"], "ring": actor["ring"],
                               "in_reference": True})
    actor_list.sort(key=lambda entry: (-entry["count"], entry["label"].lower()))
    relation_list = []
    for key, count in counts["relations"].items():
        source, target, kind = key.split(SEPARATOR)
        relation_list.append({"source": source, "target": target, "type": kind, "count": count,
                              "in_reference": (source, target, kind) in reference_relations})
    relation_list.sort(key=lambda entry: (-entry["count"], entry["source"], entry["target"]))
    return {"learners": counts["learners"], "actors": actor_list, "relations": relation_list}


def found(counts, reference):
    """How many learners found each expert actor and drew each expert relation as the experts did; mean score."""
    return {
        "actors": {actor["id"]: counts["found_actors"].get(actor["id"], 0) for actor in reference["actors"]},
        "relations": {relation["id"]: counts["found_relations"].get(relation["id"], 0)
                      for relation in reference["relations"]},
        "mean_score": round(counts["score_sum"] / counts["scored"], 6) if counts["scored"] else None,
    }
