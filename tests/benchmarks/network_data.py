"""Netwerkkaart data for `make bench`: the demo activity in the LMS runtime and classes of submitted maps.

Submitted maps are written with ``bulk_create`` straight into the store (seconds for 10,000 learners). Each
learner's map is one of a few dozen realistic variants (16-19 actors from the list, two in the learner's own
words from a vocabulary of a few hundred, 24-32 relations), validated and compared as the block does it. The
class's counters are added up from the same contributions, as each submission adds its own.
"""
import datetime
import random

from tests.lms_contract.activities import add_demo
from weerbaarxblock.network import queries
from weerbaarxblock.network.rules import class_counts
from weerbaarxblock.network.rules import compare as network_compare
from weerbaarxblock.network.rules.model import LEARNER, validate_map
from weerbaarxblock.store.models import LearnerNameWord, NetworkSubmission

FIRST_NAMES = ("Samira", "Joost", "Fatima", "Daan", "Anouk", "Mehmet", "Sanne", "Thijs", "Yara", "Bram", "Noor",
               "Pieter", "Lotte", "Karim", "Eva", "Ruben")
LAST_NAMES = ("de Vries", "Bakker", "Jansen", "El Amrani", "Visser", "Yilmaz", "Smit", "de Boer", "Mulder", "Bos")
OWN_WORDS = ("oom {n}", "buurvrouw {n}", "de neef van {n}", "vriend {n}", "kerkgemeenschap {n}")
VOCABULARY = 300  # different own-words labels in a class


def network_block(lms):
    """The demo netwerkkaart in the course, allowing 60 actors and 150 relations; its usage key."""
    usage_key = add_demo(lms, "weerbaar_network")
    block = lms.collect_block(usage_key)
    block.max_actors, block.max_relations = 60, 150
    block.save()
    return usage_key


def _actor(number, x, y, ring, **names):
    return dict({"id": f"a{number}", "ring": ring, "sector": None, "x": x, "y": y, "flags": []}, **names)


def learner_map(config, rng, *, actors=None, relations=None):
    """A map as a learner sends it: list actors, actors in their own words, relations between neighbours."""
    offered = [item for item in config["palette"] if item.get("offered", True)]
    rings, types = [ring["id"] for ring in config["rings"]], [kind["id"] for kind in config["relation_types"]]
    actors = actors or rng.randint(18, 21)
    chosen = rng.sample(offered, min(len(offered), actors - 2))
    drawn = [_actor(n, round(rng.uniform(-0.9, 0.9), 3), round(rng.uniform(-0.9, 0.9), 3), rng.choice(rings),
                    palette=item["id"], label=item["label"], type=item["type"]) for n, item in enumerate(chosen)]
    actor_types = [kind["id"] for kind in config["actor_types"]]
    while len(drawn) < actors:
        label = rng.choice(OWN_WORDS).format(n=rng.randrange(VOCABULARY))
        drawn.append(_actor(len(drawn), round(rng.uniform(-0.9, 0.9), 3), 0.1, rng.choice(rings), palette=None,
                            label=f"{label} {len(drawn)}", type=rng.choice(actor_types)))
    relations = relations or rng.randint(24, 32)
    pairs = [(n, (n + step) % len(drawn)) for step in (1, 2, 3, 5) for n in range(len(drawn))]
    lines = [{"id": f"r{n}", "source": f"a{a}", "target": f"a{b}", "type": types[(a + b) % len(types)],
              "direction": rng.choice(("one-way", "both", "none")), "strength": "normal", "note": "", "flags": []}
             for n, (a, b) in enumerate(pairs[:relations])]
    return {"actors": drawn, "relations": lines}


def variants(block, count=40, seed=12):
    """``count`` submitted maps as the block stores them: (map, summary, contribution), and the content key."""
    rng, config, ready = random.Random(seed), block.current_config(), block.comparer()
    made = []
    for _number in range(count):
        checked = validate_map(learner_map(config, rng), config, mode=LEARNER, allow_free=True, max_actors=60,
                               max_relations=150)
        checked["set_aside"] = []
        result = block.comparison(checked, ready)
        made.append((checked, network_compare.summary(result),
                     class_counts.contribution(ready["index"], checked, result)))
    return made, ready["key"]


def learner_name(number):
    return f"{FIRST_NAMES[number % len(FIRST_NAMES)]} {LAST_NAMES[number // 7 % len(LAST_NAMES)]} {number:05d}"


def load_class(lms, usage_key, start, stop, made, content_key):
    """Learners ``start`` to ``stop`` submit a map each (rows in bulk), and the counters hold them all."""
    moment = datetime.datetime(2026, 11, 2, 9, 0, tzinfo=datetime.UTC)
    rows = []
    for number in range(start, stop):
        learner_map, summary, _part = made[number % len(made)]
        rows.append(NetworkSubmission(
            course_key=str(lms.course_key), usage_key=str(usage_key), learner_id=f"anon-{number:06d}",
            learner_name=learner_name(number), map=learner_map, summary=summary, score=summary["score"],
            submitted_at=moment + datetime.timedelta(minutes=number), actors=len(learner_map["actors"]),
            relations=len(learner_map["relations"]), compared_with=content_key,
        ))
    NetworkSubmission.objects.bulk_create(rows, batch_size=500)
    LearnerNameWord.remember_rows(rows)
    counts = class_counts.empty()
    for number in range(stop):
        class_counts.add(counts, made[number % len(made)][2])
    queries.save_class_counts((str(lms.course_key), str(usage_key)), content_key, counts)
