"""Retention: learners' texts leave the store once the block's ``retention_days`` have passed since submission.

Each block's author sets ``retention_days`` (a Settings field of ``WeerbaarBlock``; empty keeps texts). The
``weerbaar_retention`` management command asks the platform for that setting per block (``days_from_modulestore``)
and calls ``expire_texts``, which empties the texts and keeps what is not text, so counts, scores and the peers'
percentages stay as they were:

- ``ReflectionEntry`` and ``ReflectionVersion``: the answers are emptied (status, dates and word counts stay).
- ``ScenarioAnswer``: the justification is emptied (the option chosen and its score stay).
- ``NetworkSubmission``: the names of the learner's own actors and the notes on relations are emptied (the
  actors from the author's palette, the relations and the score stay).

Only counts are reported, never contents. The learner's own working copy in the XBlock ``user_state`` is not
touched: it is theirs, and it is not what course staff read.
"""
import datetime

from django.db import transaction
from django.utils import timezone

from weerbaarxblock.store.models import NetworkSubmission, ReflectionEntry, ReflectionVersion, ScenarioAnswer

STORED_BLOCKS = (
    (ReflectionEntry, "usage_key"), (ScenarioAnswer, "usage_key"), (NetworkSubmission, "usage_key"),
)


def usage_keys_in_store():
    """Every block that has rows in the store."""
    keys = set()
    for model, column in STORED_BLOCKS:
        keys.update(model.objects.values_list(column, flat=True).distinct())
    return sorted(keys)


def expire_texts(days_for_block, moment=None):
    """Empty every text older than its block's retention; ``days_for_block``: ``{usage key: days or None}``.

    Returns the counts ``{"reflection_entries", "reflection_versions", "scenario_justifications",
    "network_maps"}``.
    """
    moment = moment or timezone.now()
    counts = dict.fromkeys(("reflection_entries", "reflection_versions", "scenario_justifications",
                            "network_maps"), 0)
    for usage_key, days in sorted(days_for_block.items()):
        if not days:
            continue
        cutoff = moment - datetime.timedelta(days=int(days))
        with transaction.atomic():
            _expire_block(usage_key, cutoff, counts)
    return counts


def _expire_block(usage_key, cutoff, counts):
    entries = ReflectionEntry.objects.filter(usage_key=usage_key, submitted_at__lt=cutoff).exclude(answers={})
    counts["reflection_entries"] += entries.update(answers={})
    versions = ReflectionVersion.objects.filter(entry__usage_key=usage_key, submitted_at__lt=cutoff)
    counts["reflection_versions"] += versions.exclude(answers={}).update(answers={})
    answers = ScenarioAnswer.objects.filter(usage_key=usage_key, created_at__lt=cutoff).exclude(justification="")
    counts["scenario_justifications"] += answers.update(justification="")
    for submission in NetworkSubmission.objects.filter(usage_key=usage_key, submitted_at__lt=cutoff):
        cleared = _without_free_text(submission.map)
        if cleared != submission.map:
            submission.map = cleared
            submission.save(update_fields=["map"])
            counts["network_maps"] += 1


def _without_free_text(learner_map):
    """The map with its free-form actor names and relation notes emptied."""
    if not isinstance(learner_map, dict):
        return learner_map
    actors = [dict(actor, label="") if isinstance(actor, dict) and not actor.get("palette") else actor
              for actor in learner_map.get("actors") or []]
    relations = [dict(relation, note="") if isinstance(relation, dict) and relation.get("note") else relation
                 for relation in learner_map.get("relations") or []]
    return dict(learner_map, actors=actors, relations=relations)


def days_from_modulestore(usage_keys):
    """``{usage key: retention_days}`` read from the platform's modulestore (LMS or CMS); blocks it cannot
    find are left out, so their texts are kept."""
    from opaque_keys.edx.keys import UsageKey  # noqa: PLC0415 - the platform's, present in the LMS and CMS only
    from xmodule.modulestore.django import modulestore  # noqa: PLC0415

    store, found = modulestore(), {}
    for usage_key in usage_keys:
        try:
            block = store.get_item(UsageKey.from_string(usage_key))
        except Exception:  # noqa: BLE001, S112 - a deleted block or an unreadable key: nothing to go by
            continue
        found[usage_key] = getattr(block, "retention_days", None)
    return found
