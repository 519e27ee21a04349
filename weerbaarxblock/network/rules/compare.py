"""Netwerkkaart: a learner's map compared with the expert map, and the class overlay.

Matching, in the spirit of Kit-Build's goal-map comparison (Hirashima et al., 2015):

1. Actors. A learner actor from the palette matches the expert actor with that palette id. A free-form actor
   matches when its label, normalised (case, accents, punctuation, a leading article), equals a palette
   label or one of the author's synonyms. Each expert actor is matched once; a second learner actor for it
   counts as an extra ("duplicate").
2. Relations, between two matched actors. First, exact matches: same pair and same type (then the
   direction decides between correct and wrong direction). Then the learner relations left over on a pair
   that still has unmatched expert relations take those, in the experts' order, as "wrong type".
   Everything else is extra; expert relations nobody matched are missing.

Credits: a matched actor and a correct relation count 1; a relation with the right pair but the wrong type or
direction counts the author's ``partial_credit``. Per part, precision = credit / learner items and recall =
credit / expert items; the part's score is their harmonic mean, 2·credit / (learner items + expert items),
so adding a missing key element never lowers it and adding extras never raises it. The block's score is
the author's weighted mean of the parts that have expert items (an empty part has nothing to judge).

Everything is one pass over each map with dictionary look-ups: linear in the size of the maps.
"""
import hashlib
import json

from weerbaarxblock.network.rules.model import normalise_label

WEIGHTS = ("actor_weight", "relation_weight", "partial_credit")  # the settings a comparison depends on
_PREPARED = {}  # content key -> prepared expert map; a few contents per process, cleared when it grows
_PREPARED_LIMIT = 64


def content_key(config, settings, reference):
    """A digest of everything a comparison and the class overlay depend on: equal content, equal key."""
    content = [config, {name: settings[name] for name in WEIGHTS}, reference]
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def prepared(config, settings, reference):
    """The expert map ready for comparing, built once per content (label index and look-ups), then reused."""
    key = content_key(config, settings, reference)
    found = _PREPARED.get(key)
    if found is None:
        if len(_PREPARED) >= _PREPARED_LIMIT:
            _PREPARED.clear()
        found = _PREPARED[key] = prepare(config, settings, reference, key)
    return found


def prepare(config, settings, reference, key=None):
    """What every comparison with ``reference`` reads, built once: the label index and the look-up tables."""
    return {
        "key": key, "settings": {name: settings[name] for name in WEIGHTS}, "reference": reference,
        "index": label_index(config["palette"]),
        "labels": {item["id"]: item["label"] for item in config["palette"]},
        "rings": {ring["id"]: ring["label"] for ring in config["rings"]},
        "relation_labels": {kind["id"]: kind["label"] for kind in config["relation_types"]},
        "expert_actors": {actor["id"]: actor for actor in reference["actors"]},
        "left_out": {item["actor"]: item["explanation"] for item in reference.get("left_out", [])},
    }


def label_index(palette):
    """{normalised label or synonym: palette id}; the first palette item wins (authoring refuses clashes)."""
    index = {}
    for item in palette:
        for phrase in [item["label"], *item.get("synonyms", [])]:
            index.setdefault(normalise_label(phrase), item["id"])
    return index


def palette_id_of(actor, index):
    """The palette id a learner actor stands for: its own, or the one its free-form label names (or None)."""
    if actor.get("palette"):
        return actor["palette"]
    return index.get(normalise_label(actor.get("label", "")))


def _ratio(part, whole):
    return part / whole if whole else None


def _harmonic(credit, learner_count, expert_count):
    total = learner_count + expert_count
    return 2 * credit / total if total else None


def ordered_pair(a, b):
    return (a, b) if a <= b else (b, a)


def compare(config, settings, reference, learner_map, ready=None):
    """The comparison of ``learner_map`` with ``reference``: lists, precision, recall and score.

    ``ready``: the same content already ``prepared`` (the block passes it, so nothing is built per learner).
    """
    ready = ready or prepare(config, settings, reference)
    reference, settings, labels = ready["reference"], ready["settings"], ready["labels"]
    actors = _compare_actors(learner_map["actors"], ready["expert_actors"], ready["index"], labels, ready["rings"],
                             ready["left_out"])
    matched = {entry["actor"]: entry["reference"] for entry in actors["matched"]}
    relations = _compare_relations(
        learner_map, reference["relations"], matched, labels, ready["relation_labels"], settings["partial_credit"]
    )
    parts = []
    if reference["actors"]:
        parts.append((settings["actor_weight"], actors["f"]))
    if reference["relations"]:
        parts.append((settings["relation_weight"], relations["f"]))
    weight = sum(w for w, _value in parts)
    score = sum(w * (value or 0.0) for w, value in parts) / weight if weight else None
    return {"actors": actors, "relations": relations, "score": None if score is None else round(score, 6)}


def _compare_actors(learner_actors, expert_actors, index, labels, rings, left_out):
    matched, extra, taken = [], [], set()
    for actor in learner_actors:
        palette_id = palette_id_of(actor, index)
        expert = expert_actors.get(palette_id)
        if expert is None:
            reason = "not_in_reference" if palette_id else "unrecognised"
            extra.append({
                "actor": actor["id"], "label": actor["label"], "reason": reason,
                "explanation": left_out.get(palette_id, ""),
            })
        elif palette_id in taken:
            extra.append({"actor": actor["id"], "label": actor["label"], "reason": "duplicate", "explanation": ""})
        else:
            taken.add(palette_id)
            matched.append({
                "actor": actor["id"], "reference": palette_id, "label": actor["label"],
                "reference_label": labels.get(palette_id, palette_id),
                "same_ring": actor["ring"] == expert["ring"],
                "ring": rings.get(actor["ring"], ""), "expected_ring": rings.get(expert["ring"], ""),
                "explanation": expert.get("explanation", ""),
            })
    missing = [
        {"reference": pid, "label": labels.get(pid, pid), "ring": rings.get(expert["ring"], ""),
         "explanation": expert.get("explanation", "")}
        for pid, expert in expert_actors.items() if pid not in taken
    ]
    credit = len(matched)
    return {
        "matched": matched, "missing": missing, "extra": extra,
        "elsewhere": [entry for entry in matched if not entry["same_ring"]],
        "credit": credit,
        "precision": _ratio(credit, len(learner_actors)), "recall": _ratio(credit, len(expert_actors)),
        "f": _harmonic(credit, len(learner_actors), len(expert_actors)),
    }


def _describe(relation, labels, relation_labels, source_label=None, target_label=None):
    return {
        "relation": relation["id"],
        "source": source_label if source_label is not None else labels.get(relation["source"], relation["source"]),
        "target": target_label if target_label is not None else labels.get(relation["target"], relation["target"]),
        "type": relation["type"], "type_label": relation_labels.get(relation["type"], relation["type"]),
        "direction": relation["direction"],
    }


def _compare_relations(learner_map, expert_relations, matched, labels, relation_labels, partial):
    actor_labels = {actor["id"]: actor["label"] for actor in learner_map["actors"]}

    def describe_mine(relation):
        return _describe(relation, labels, relation_labels, actor_labels.get(relation["source"]),
                         actor_labels.get(relation["target"]))

    taken, extra = _match_relations(learner_map["relations"], expert_relations, matched)
    verdicts = {"correct": [], "type": [], "direction": []}
    missing, credit = [], 0.0
    for position, expert in enumerate(expert_relations):
        described = _describe(expert, labels, relation_labels)
        described["explanation"] = expert.get("explanation", "")
        if position not in taken:
            missing.append(described)
            continue
        relation, verdict = taken[position]
        mine = describe_mine(relation)
        mine["expected"] = described
        verdicts[verdict].append(mine)
        credit += 1 if verdict == "correct" else partial
    learner_count = len(learner_map["relations"])
    return {
        "correct": verdicts["correct"], "wrong_type": verdicts["type"], "wrong_direction": verdicts["direction"],
        "missing": missing, "extra": [describe_mine(relation) for relation in extra], "credit": credit,
        "precision": _ratio(credit, learner_count), "recall": _ratio(credit, len(expert_relations)),
        "f": _harmonic(credit, learner_count, len(expert_relations)),
    }


def _match_relations(learner_relations, expert_relations, matched):
    """``({expert position: (learner relation, verdict)}, [unmatched learner relations])``.

    A relation between the same actors with the same type is found first ("correct" or "direction"); what is
    left then takes, in the learner's order, an expert relation between the same pair ("type").
    """
    by_pair_type, by_pair = {}, {}
    for position, expert in enumerate(expert_relations):
        pair = ordered_pair(expert["source"], expert["target"])
        by_pair_type[(*pair, expert["type"])] = position
        by_pair.setdefault(pair, []).append(position)
    taken = {}
    leftovers, extra = [], []
    for relation in learner_relations:
        source, target = matched.get(relation["source"]), matched.get(relation["target"])
        if source is None or target is None or source == target:
            extra.append(relation)
            continue
        position = by_pair_type.get((*ordered_pair(source, target), relation["type"]))
        if position is None or position in taken:
            leftovers.append((relation, ordered_pair(source, target)))
        else:
            expert = expert_relations[position]
            taken[position] = (relation, "correct" if _same_direction(relation, source, expert) else "direction")
    cursor = {}
    for relation, pair in leftovers:
        positions = by_pair.get(pair, [])
        start = cursor.get(pair, 0)
        while start < len(positions) and positions[start] in taken:
            start += 1
        cursor[pair] = start
        if start < len(positions):
            taken[positions[start]] = (relation, "type")
        else:
            extra.append(relation)
    return taken, extra


def _same_direction(relation, source_reference, expert):
    if relation["direction"] != expert["direction"]:
        return False
    if relation["direction"] != "one-way":
        return True
    return source_reference == expert["source"]


def summary(result):
    """Counts for lists and exports: no labels, no explanations."""
    actors, relations = result["actors"], result["relations"]
    return {
        "actors_matched": len(actors["matched"]), "actors_missing": len(actors["missing"]),
        "actors_extra": len(actors["extra"]), "relations_correct": len(relations["correct"]),
        "relations_wrong_type": len(relations["wrong_type"]),
        "relations_wrong_direction": len(relations["wrong_direction"]),
        "relations_missing": len(relations["missing"]), "relations_extra": len(relations["extra"]),
        "score": result["score"],
    }
