"""Netwerkkaart: what a linked reflection shows of a submitted map (the case thread).

The key actors and relations the learner missed, with the experts' explanations, the score (only where the
activity is graded, as in the learner's own feedback) and the data of a small picture of the map: each actor's
position and whether the experts have it too, and the relations between them.
"""


def picture(config, learner_map, result):
    """``{"rings", "sectors", "actors": [{"x", "y", "label", "found"}], "relations": [[from, to], ...]}``."""
    found = {entry["actor"] for entry in result["actors"]["matched"]}
    position = {actor["id"]: index for index, actor in enumerate(learner_map["actors"])}
    return {
        "rings": len(config["rings"]), "sectors": len(config["sectors"]),
        "actors": [{"x": actor["x"], "y": actor["y"], "label": actor["label"], "found": actor["id"] in found}
                   for actor in learner_map["actors"]],
        "relations": [[position[relation["source"]], position[relation["target"]]]
                      for relation in learner_map["relations"]
                      if relation["source"] in position and relation["target"] in position],
    }


def summary(config, learner_map, result, show_score):
    """The submitted map as the case thread keeps it."""
    actors, relations = result["actors"], result["relations"]
    return {
        "kind": "network",
        "score": result["score"] if show_score else None,
        "actors_found": len(actors["matched"]), "actors_expected": len(actors["matched"]) + len(actors["missing"]),
        "relations_found": len(relations["correct"]),
        "relations_expected": len(relations["correct"]) + len(relations["wrong_type"])
        + len(relations["wrong_direction"]) + len(relations["missing"]),
        "missing_actors": [{"label": item["label"], "explanation": item["explanation"]} for item in actors["missing"]],
        "missing_relations": [
            {"source": item["source"], "target": item["target"], "type": item["type_label"],
             "explanation": item["explanation"]}
            for item in relations["missing"]
        ],
        "picture": picture(config, learner_map, result),
    }
