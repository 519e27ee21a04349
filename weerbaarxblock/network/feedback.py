"""Netwerkkaart: the comparison as the learner reads it — translated sentences in sections, made on the server.

The browser only lays out what it gets here (a summary table, then titled lists of "what" and "why"), so the
wording lives in the Python catalog and the learner view's JavaScript stays small.
"""


def percent(value):
    return "—" if value is None else f"{round(value * 100)}%"


def relation_text(entry):
    arrow = {"one-way": " → ", "both": " ↔ "}.get(entry["direction"], " — ")
    return f"{entry['source']}{arrow}{entry['target']} ({entry['type_label']})"


def present(result, gettext, show_score):
    """``{"score", "summary", "note", "sections", "map_title", "map_label"}`` for ``result`` (a comparison)."""
    relations = result["relations"]
    expert_actors, expert_relations = _expert_counts(result)
    partly = relations["wrong_type"] or relations["wrong_direction"]
    return {
        "score": gettext("Score: {score}").format(score=percent(result["score"])) if show_score else "",
        "summary": _summary(result, gettext),
        "note": gettext("A relation between the right actors with another type or direction counts for part.")
        if partly else "",
        "sections": _sections(result, gettext),
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


def _summary(result, gettext):
    """The table of what the learner found of the experts' map, and how much of theirs matches it."""
    actors, relations = result["actors"], result["relations"]
    expert_actors, expert_relations = _expert_counts(result)

    def found(count, total, recall):
        return gettext("{found} of {total} ({percent})").format(found=count, total=total, percent=percent(recall))

    return {
        "caption": gettext("Summary"),
        "head": ["", gettext("Experts' items you found"), gettext("Your items that match the experts'")],
        "rows": [
            [gettext("Actors"), found(len(actors["matched"]), expert_actors, actors["recall"]),
             percent(actors["precision"])],
            [gettext("Relations"), found(len(relations["correct"]), expert_relations, relations["recall"]),
             percent(relations["precision"])],
        ],
    }


def _sections(result, gettext):
    """Titled lists of "what" and "why", the learner's gaps first and what they got right last."""
    actors, relations = result["actors"], result["relations"]
    reasons = {
        "not_in_reference": gettext("the experts left this actor out"),
        "unrecognised": gettext("not recognised as an actor on the experts' map"),
        "duplicate": gettext("already on your map under another name"),
    }
    sections = []

    def section(title, items, describe):
        if items:
            sections.append({
                "title": title.format(count=len(items)),
                "items": [dict(zip(("what", "why"), describe(item), strict=True)) for item in items],
            })

    section(gettext("Key actors you missed ({count})"), actors["missing"],
            lambda item: (f"{item['label']} ({item['ring']})", item["explanation"]))
    section(gettext("Actors the experts did not include ({count})"), actors["extra"],
            lambda item: (f"{item['label']}: {reasons[item['reason']]}", item["explanation"]))
    section(gettext("Actors in another ring than the experts chose ({count})"), actors["elsewhere"],
            lambda item: (gettext("{label}: you chose {ring}; the experts chose {expected}.").format(
                label=item["label"], ring=item["ring"], expected=item["expected_ring"]), ""))
    section(gettext("Key relations you missed ({count})"), relations["missing"],
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
    section(gettext("Key actors you found ({count})"), actors["matched"],
            lambda item: (item["reference_label"], item["explanation"]))
    section(gettext("Relations you drew as the experts did ({count})"), relations["correct"],
            lambda item: (relation_text(item), item["expected"]["explanation"]))
    return sections
