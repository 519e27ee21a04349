"""Netwerkkaart: the comparison as the learner reads it — translated sentences in sections, made on the server.

The browser only lays out what it gets here (a summary table, then titled lists of "what" and "why"), so the
wording lives in the Python catalog and the learner view's JavaScript stays small. The instructor reads the
same comparison about the learner ("the learner missed"), the learner reads it addressed to them.
"""
from weerbaarxblock.core.messages import gettext_noop

# what differs between the two readers: (to the learner, about the learner for the instructor)
WORDING = {
    "found": (gettext_noop("Experts' items you found"), gettext_noop("Experts' items the learner found")),
    "match": (gettext_noop("Your items that match the experts'"),
              gettext_noop("The learner's items that match the experts'")),
    "duplicate": (gettext_noop("already on your map under another name"),
                  gettext_noop("already on the learner's map under another name")),
    "actors_missed": (gettext_noop("Key actors you missed ({count})"),
                      gettext_noop("Key actors the learner missed ({count})")),
    "chose": (gettext_noop("{label}: you chose {ring}; the experts chose {expected}."),
              gettext_noop("{label}: the learner chose {ring}; the experts chose {expected}.")),
    "relations_missed": (gettext_noop("Key relations you missed ({count})"),
                         gettext_noop("Key relations the learner missed ({count})")),
    "actors_found": (gettext_noop("Key actors you found ({count})"),
                     gettext_noop("Key actors the learner found ({count})")),
    "relations_found": (gettext_noop("Relations you drew as the experts did ({count})"),
                        gettext_noop("Relations the learner drew as the experts did ({count})")),
}


def percent(value):
    return "—" if value is None else f"{round(value * 100)}%"


def relation_text(entry):
    arrow = {"one-way": " → ", "both": " ↔ "}.get(entry["direction"], " — ")
    return f"{entry['source']}{arrow}{entry['target']} ({entry['type_label']})"


def present(result, gettext, show_score, about_learner=False):
    """``{"score", "summary", "note", "sections", "map_title", "map_label"}`` for ``result`` (a comparison);
    ``about_learner``: worded for the instructor, about the learner."""

    def words(key):
        return gettext(WORDING[key][1 if about_learner else 0])

    relations = result["relations"]
    expert_actors, expert_relations = _expert_counts(result)
    partly = relations["wrong_type"] or relations["wrong_direction"]
    return {
        "score": gettext("Score: {score}").format(score=percent(result["score"])) if show_score else "",
        "summary": _summary(result, gettext, words),
        "note": gettext("A relation between the right actors with another type or direction counts for part.")
        if partly else "",
        "sections": _sections(result, gettext, words),
        "map_title": gettext("The experts' map"),
        "map_label": gettext(
            "The experts' map: {actors} actors and {relations} relations. The lists above describe them."
        ).format(actors=expert_actors, relations=expert_relations),
    }


def _expert_counts(result):
    """How many actors and relations the experts' map has."""
    actors, relations = result["actors"], result["relations"]
    expert_actors = len(actors["matched"]) + len(actors["missing"])
    expert_relations = sum(len(relations[key]) for key in ("correct", "wrong_type", "wrong_direction", "missing"))
    return expert_actors, expert_relations


def _summary(result, gettext, words):
    """The table of what the learner found of the experts' map, and how much of theirs matches it."""
    actors, relations = result["actors"], result["relations"]
    expert_actors, expert_relations = _expert_counts(result)

    def found(count, total, recall):
        return gettext("{found} of {total} ({percent})").format(found=count, total=total, percent=percent(recall))

    return {
        "caption": gettext("Summary"),
        "head": ["", words("found"), words("match")],
        "rows": [
            [gettext("Actors"), found(len(actors["matched"]), expert_actors, actors["recall"]),
             percent(actors["precision"])],
            [gettext("Relations"), found(len(relations["correct"]), expert_relations, relations["recall"]),
             percent(relations["precision"])],
        ],
    }


def _sections(result, gettext, words):
    """Titled lists of "what" and "why", the learner's gaps first and what they got right last."""
    actors, relations = result["actors"], result["relations"]
    reasons = {
        "not_in_reference": gettext("the experts left this actor out"),
        "unrecognised": gettext("not recognised as an actor on the experts' map"),
        "duplicate": words("duplicate"),
    }
    sections = []

    def section(title, items, describe):
        if items:
            sections.append({
                "title": title.format(count=len(items)),
                "items": [dict(zip(("what", "why"), describe(item), strict=True)) for item in items],
            })

    section(words("actors_missed"), actors["missing"],
            lambda item: (f"{item['label']} ({item['ring']})", item["explanation"]))
    section(gettext("Actors the experts did not include ({count})"), actors["extra"],
            lambda item: (f"{item['label']}: {reasons[item['reason']]}", item["explanation"]))
    section(gettext("Actors in another ring than the experts chose ({count})"), actors["elsewhere"],
            lambda item: (words("chose").format(
                label=item["label"], ring=item["ring"], expected=item["expected_ring"]), ""))
    section(words("relations_missed"), relations["missing"],
            lambda item: (relation_text(item), item["explanation"]))
    section(gettext("Relations with another type ({count})"), relations["wrong_type"],
            lambda item: (gettext("{relation}: the experts chose {expected}.").format(
                relation=relation_text(item), expected=item["expected"]["type_label"]),
                item["expected"]["explanation"]))
    section(gettext("Relations with another direction ({count})"), relations["wrong_direction"],
            lambda item: (gettext("{relation}: the experts drew {expected}.").format(
                relation=relation_text(item), expected=relation_text(item["expected"])),
                item["expected"]["explanation"]))
    section(gettext("Relations the experts did not draw ({count})"), relations["extra"],
            lambda item: (relation_text(item), ""))
    section(words("actors_found"), actors["matched"],
            lambda item: (item["reference_label"], item["explanation"]))
    section(words("relations_found"), relations["correct"],
            lambda item: (relation_text(item), item["expected"]["explanation"]))
    return sections
