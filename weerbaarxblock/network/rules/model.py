"""Netwerkkaart: the map model, its validation and reconciliation with changed content.

A map is plain JSON: ``{"actors": [...], "relations": [...]}``.

* actor: ``id``, ``palette`` (an author's palette id, or None for a free-form actor), ``label``, ``type`` (an
  actor type id), ``ring`` (a ring id), ``sector`` (a sector id or None), ``x``/``y`` (position in units of the
  outer ring's radius, the case at 0,0) and ``flags`` (codes set by reconciliation, see ``FLAGS``).
* relation: ``id``, ``source``, ``target`` (actor ids), ``type`` (a relation type id), ``direction``
  (``one-way`` from source to target, ``both`` or ``none``), ``strength`` (``weak``/``normal``/``strong``),
  ``note`` and ``flags``.

The expert (reference) map has the same shape; its actors all come from the palette (their id is the palette
id) and its actors and relations carry an ``explanation`` instead of flags and notes.

Validation refuses what the issue lists (labels over 80 characters, notes over 500, too many actors or
relations, self-relations, relations to unknown actors, unknown types, duplicate relations) with a
``Problem`` whose ``field`` points at the item ("actors.3.label"). ``network_reconcile`` makes a stored map
valid again after the author changed the content.
"""
import re
import unicodedata

from weerbaarxblock.core.rules.problems import Problem, ProblemCollector

LABEL_MAX = 80
NOTE_MAX = 500
EXPLANATION_MAX = 1000
ID_MAX = 40
COORD_LIMIT = 1.6  # positions may lie a little outside the outer ring (labels need room)
HARD_ACTOR_CAP = 400  # never look at more items than this, whatever the author allows
HARD_RELATION_CAP = 800

DIRECTIONS = ("one-way", "both", "none")
STRENGTHS = ("weak", "normal", "strong")
FLAGS = ("ring_removed", "sector_removed", "type_removed", "palette_removed")

LEARNER = "learner"
REFERENCE = "reference"

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_ARTICLES = ("de", "het", "een", "the", "a", "an")


# ---- small shape checks with full paths as fields ------------------------------------------------------------
# ``path`` is the item's path ("actors.3", "" at the top): a Problem names ``path.key``, built only when raised.
def _field(path, key):
    return f"{path}.{key}" if path else key


def text_at(data, key, path, *, limit, required=True, default=""):
    """A string member, stripped; Problems name ``path`` as the field."""
    value = data.get(key, None)
    if value is None:
        if required:
            raise Problem("network_text_required", field=_field(path, key))
        return default
    if not isinstance(value, str):
        raise Problem("wrong_type", field=_field(path, key), expected="text")
    if "\x00" in value:
        raise Problem("nul_character", field=_field(path, key))
    value = value.strip()
    if required and not value:
        raise Problem("network_text_required", field=_field(path, key))
    if len(value) > limit:
        raise Problem("network_text_too_long", field=_field(path, key), limit=limit, count=len(value))
    return value


def ident_at(data, key, path, *, required=True):
    value = data.get(key, None)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not ID_PATTERN.match(value) or len(value) > ID_MAX:
        raise Problem("network_bad_id", field=_field(path, key), value=str(value)[:ID_MAX])
    return value


def object_at(value, path):
    if not isinstance(value, dict):
        raise Problem("wrong_type", field=path, expected="object")
    return value


def list_at(data, key, path, *, cap, required=True):
    value = data.get(key, None)
    if value is None and not required:
        return []
    if not isinstance(value, list):
        raise Problem("wrong_type", field=_field(path, key), expected="list")
    if len(value) > cap:
        raise Problem("too_many_items", field=_field(path, key), limit=cap)
    return value


def number_at(data, key, path, *, minimum, maximum):
    value = data.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise Problem("wrong_type", field=_field(path, key), expected="number")
    if value < minimum or value > maximum:
        raise Problem("out_of_range", field=_field(path, key))
    return round(float(value), 4)


def choice_at(data, key, path, choices, *, default=None):
    """One of ``choices``; the problem's code names the kind of thing ("network_unknown_ring", ...)."""
    value = data.get(key, default)
    if not isinstance(value, str) or value not in choices:
        raise Problem(f"network_unknown_{key}", field=_field(path, key), value=str(value)[:ID_MAX])
    return value


# ---- labels ---------------------------------------------------------------------------------------------------
def normalise_label(text):
    """Text for matching free-form labels: case, accents, punctuation and a leading article do not count."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    words = _NOT_WORD.sub(" ", plain).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def ids(items):
    return {item["id"] for item in items}


# ---- maps -----------------------------------------------------------------------------------------------------
def validate_map(data, config, *, mode=LEARNER, allow_free=True, max_actors=60, max_relations=150, gather=False,
                 stored=None):
    """The map in ``data``, checked against ``config`` and normalised; raises Problem (or Problems if gather).

    ``stored``: the learner's map as the server keeps it (reconciled). Nothing in the request is trusted that
    the server can derive: free-form actors the learner already had stay allowed when the author has since
    switched them off, and an item keeps only the flags the server set on it (the learner may clear a flag by
    checking the item, never set one).
    """
    if not isinstance(data, dict):
        raise Problem("not_an_object", field="map")
    actors_in = list_at(data, "actors", "", cap=HARD_ACTOR_CAP)
    relations_in = list_at(data, "relations", "", cap=HARD_RELATION_CAP)
    if len(actors_in) > max_actors:
        raise Problem("network_too_many_actors", field="actors", limit=max_actors, count=len(actors_in))
    if len(relations_in) > max_relations:
        raise Problem("network_too_many_relations", field="relations", limit=max_relations, count=len(relations_in))
    context = _Context(config, mode, allow_free, stored or {"actors": [], "relations": []})
    if not gather:  # learners: the first problem, one clear message (a learner's save checks hundreds of items)
        return {
            "actors": [context.actor(item, f"actors.{index}") for index, item in enumerate(actors_in)],
            "relations": [context.relation(item, f"relations.{index}") for index, item in enumerate(relations_in)],
        }
    found = ProblemCollector()  # authors: one problem beside every field
    actors = [found.check(context.actor, item, f"actors.{index}") for index, item in enumerate(actors_in)]
    relations = [
        found.check(context.relation, item, f"relations.{index}") for index, item in enumerate(relations_in)
    ]
    found.raise_any()
    return {"actors": actors, "relations": relations}


class _Context:
    """What one validation pass has seen so far (ids, palette actors, relation keys)."""

    def __init__(self, config, mode, allow_free, stored):
        self.mode = mode
        self.allow_free = allow_free
        self.kept_free = {(actor["id"], actor["label"]) for actor in stored["actors"] if not actor.get("palette")}
        self.stored_flags = {
            (kind, item["id"]): set(item.get("flags") or [])
            for kind in ("actors", "relations") for item in stored[kind]
        }
        self.rings = ids(config["rings"])
        self.sectors = ids(config["sectors"])
        self.actor_types = ids(config["actor_types"])
        self.relation_types = ids(config["relation_types"])
        self.palette = {item["id"]: item for item in config["palette"]}
        self.actor_labels = {}
        self.used_palette = set()
        self.relation_ids = set()
        self.relation_keys = set()

    def actor(self, item, path):
        item = object_at(item, path)
        actor_id = ident_at(item, "id", path)
        if actor_id in self.actor_labels:
            raise Problem("network_duplicate_id", field=f"{path}.id", value=actor_id)
        # Known from here on, so that a problem further down does not make its relations "unknown" as well.
        self.actor_labels[actor_id] = str(item.get("label") or actor_id)[:LABEL_MAX]
        flags = self.flags(item, path, ("actors", actor_id))
        palette_id = item.get("palette")
        if palette_id is not None:
            entry = self.palette.get(palette_id) if isinstance(palette_id, str) else None
            if entry is None or (self.mode == LEARNER and not entry.get("offered", True)):
                raise Problem("network_unknown_palette", field=f"{path}.palette", value=str(palette_id)[:ID_MAX])
            if palette_id in self.used_palette:
                raise Problem("network_palette_twice", field=f"{path}.palette", label=entry["label"])
            if self.mode == REFERENCE and actor_id != palette_id:
                raise Problem("network_reference_id", field=f"{path}.id", value=actor_id)
            self.used_palette.add(palette_id)
            label, actor_type = entry["label"], entry["type"]
        else:
            if self.mode == REFERENCE:
                raise Problem("network_reference_needs_palette", field=f"{path}.palette")
            label = self.label(item, path)
            if not self.allow_free and (actor_id, label) not in self.kept_free:
                raise Problem("network_free_form_not_allowed", field=f"{path}.label")
            actor_type = choice_at(item, "type", path, self.actor_types)
        actor = {
            "id": actor_id,
            "palette": palette_id,
            "label": label,
            "type": actor_type,
            "ring": choice_at(item, "ring", path, self.rings),
            "sector": self.sector(item, path),
            "x": number_at(item, "x", path, minimum=-COORD_LIMIT, maximum=COORD_LIMIT),
            "y": number_at(item, "y", path, minimum=-COORD_LIMIT, maximum=COORD_LIMIT),
        }
        self.add_extra(actor, item, path, flags)
        self.actor_labels[actor_id] = label
        return actor

    def label(self, item, path):
        value = item.get("label")
        if isinstance(value, str) and len(value.strip()) > LABEL_MAX:
            raise Problem(
                "network_label_too_long", field=f"{path}.label", label=value.strip()[:30],
                limit=LABEL_MAX, count=len(value.strip()),
            )
        return text_at(item, "label", path, limit=LABEL_MAX)

    def sector(self, item, path):
        value = item.get("sector")
        if value is None or value == "":
            return None
        return choice_at(item, "sector", path, self.sectors)

    def flags(self, item, path, key):
        """The request's flags that the server had set on this item: a learner clears flags, never sets them."""
        value = item.get("flags", [])
        if self.mode == REFERENCE or value == []:  # most items carry no flags
            return []
        if not isinstance(value, list) or len(value) > len(FLAGS) or any(flag not in FLAGS for flag in value):
            raise Problem("network_unknown_flags", field=f"{path}.flags", value=str(value)[:ID_MAX])
        return sorted(set(value) & self.stored_flags.get(key, set()))

    def add_extra(self, result, item, path, flags):
        if self.mode == REFERENCE:
            result["explanation"] = text_at(
                item, "explanation", path, limit=EXPLANATION_MAX, required=False
            )
        else:
            result["flags"] = flags

    def relation(self, item, path):
        item = object_at(item, path)
        relation_id = ident_at(item, "id", path)
        if relation_id in self.relation_ids:
            raise Problem("network_duplicate_id", field=f"{path}.id", value=relation_id)
        source = item.get("source")
        target = item.get("target")
        for key, value in (("source", source), ("target", target)):
            if not isinstance(value, str) or value not in self.actor_labels:
                raise Problem("network_unknown_endpoint", field=f"{path}.{key}", value=str(value)[:ID_MAX])
        if source == target:
            raise Problem("network_self_relation", field=f"{path}.target", label=self.actor_labels[source])
        relation_type = choice_at(item, "type", path, self.relation_types)
        key = (min(source, target), max(source, target), relation_type)
        if key in self.relation_keys:
            raise Problem(
                "network_duplicate_relation", field=f"{path}.type",
                source=self.actor_labels[source], target=self.actor_labels[target],
            )
        flags = self.flags(item, path, ("relations", relation_id))
        relation = {
            "id": relation_id,
            "source": source,
            "target": target,
            "type": relation_type,
            "direction": choice_at(item, "direction", path, DIRECTIONS, default="none"),
            "strength": choice_at(item, "strength", path, STRENGTHS, default="normal"),
        }
        if self.mode == LEARNER:
            note = item.get("note")
            if isinstance(note, str) and len(note.strip()) > NOTE_MAX:
                raise Problem("network_note_too_long", field=f"{path}.note", limit=NOTE_MAX, count=len(note.strip()))
            relation["note"] = text_at(item, "note", path, limit=NOTE_MAX, required=False)
        self.add_extra(relation, item, path, flags)
        self.relation_ids.add(relation_id)
        self.relation_keys.add(key)
        return relation
