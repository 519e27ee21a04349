"""Casusdraad (case thread): the case key every block carries, and what a block does with it.

``CaseThread`` is mixed into the three blocks. It gives them the ``case_key`` setting (content an author types,
checked wherever it comes in: the Studio editors through ``case_key_from``, OLX through the field itself), notes
which blocks carry a key (``register_case``), writes a learner's summary in the transaction of the activity's own
write (``record_case_work``) and gathers a learner's own work on a case for a reflection (``case_thread``).
Activities pass plain data: nothing here knows a casus from a netwerkkaart.
"""
import logging

from xblock.fields import Scope, String

from weerbaarxblock.core import case_queries
from weerbaarxblock.core.rules.case_thread import drawing, parse_case_key, thread
from weerbaarxblock.core.rules.problems import Problem

log = logging.getLogger(__name__)


def _(text):
    return text


class CaseKey(String):
    """A ``String`` that holds only a valid case key: a bad value in imported OLX is refused, not stored."""

    def from_json(self, value):
        try:
            return parse_case_key(value)
        except Problem as problem:
            raise ValueError(f"not a case key: {str(value)[:80]!r}") from problem


def block_available(block, usage_key):
    """Whether the block at ``usage_key`` is still there for this viewer: not deleted, not hidden from learners."""
    return linked_block(block, usage_key) is not None


def linked_block(block, usage_key):
    """The block at ``usage_key`` while it is there for this viewer (not deleted, not hidden from learners)."""
    key = usage_key
    try:
        from opaque_keys.edx.keys import UsageKey  # noqa: PLC0415 - the platform's keys; the workbench has none

        key = UsageKey.from_string(usage_key)
    except Exception:  # noqa: BLE001 - not a platform key (the workbench's ids): the runtime takes the string
        key = usage_key
    try:
        found = block.runtime.get_block(key)
    except Exception:  # noqa: BLE001 - every runtime says "no such block" in its own way
        return None
    return None if found is None or getattr(found, "visible_to_staff_only", False) else found


def current_summary(found, learner_id, kept):
    """The learner's work as the linked activity shows it now (``case_summary_now``), else the ``kept`` copy."""
    summarise = getattr(found, "case_summary_now", None)
    if summarise is None:
        return kept
    try:
        fresh = summarise(learner_id)
    except Exception:  # noqa: BLE001 - a linked activity's trouble must never break the reflection
        log.warning("weerbaar: could not summarise the case work at %s", getattr(found, "usage_key", ""),
                    exc_info=True)
        return kept
    return kept if fresh is None else fresh


class CaseThread:
    """The case key and its uses; mixed into a ``WeerbaarBlock`` (``event_namespace`` names the activity)."""

    case_key = CaseKey(
        display_name=_("Case key"),
        help=_("Blocks with the same case key follow one case: a reflection can show the learner's work on it."),
        scope=Scope.settings,
        default="",
    )

    @staticmethod
    def case_key_from(data):
        """The case key of an editor's form, checked (``Problem`` beside the field ``case_key``)."""
        return parse_case_key(data.get("case_key") if isinstance(data, dict) else None)

    def register_case(self, saved=False):
        """Note that this block carries its case key; ``saved``: from the editor, where a cleared key is noted too."""
        if not (self.case_key or saved):
            return
        try:
            case_queries.register_block(self.course_key, self.case_key, self.usage_key, self.event_namespace,
                                        self.display_name or "")
        except Exception:  # noqa: BLE001 - a missing register row must never break a page or an editor
            log.warning("weerbaar: could not register the case key of %s", self.usage_key, exc_info=True)

    def record_case_work(self, summary):
        """In the transaction of the activity's own write: the learner's summary for a linked reflection."""
        if self.case_key and self.viewer.may_write:
            case_queries.register_block(self.course_key, self.case_key, self.usage_key, self.event_namespace,
                                        self.display_name or "")
            case_queries.record_work((self.course_key, self.usage_key), self.case_key, self.viewer.learner_id,
                                     self.event_namespace, self.display_name or "", summary)

    def case_summary_now(self, learner_id):  # noqa: ARG002 - an activity that can summarise again uses it
        """The learner's work summarised from what the activity stores and shows now; None: the kept copy."""
        return None

    def kept_case_work(self):
        """The summary kept for the learner at this block, or None."""
        return case_queries.work_summary(self.usage_key, self.viewer.learner_id) if self.case_key else None

    def clear_student_state(self, user_id, course_id, item_id, requesting_user_id):
        """The LMS's "delete learner state": the learner's case summary at the block goes too."""
        super().clear_student_state(user_id, course_id, item_id, requesting_user_id)
        case_queries.forget_work(item_id, user_id)

    def case_thread(self, case_keys, learner_id):
        """``{case key: [items]}``: the learner's own work on each case, and the activities still to do."""
        keys = sorted({key for key in case_keys if key})
        if not keys or not learner_id:
            return {}
        blocks = case_queries.case_blocks(self.course_key, keys)
        works = case_queries.learner_work(self.course_key, keys, learner_id)
        seen = {}

        def available(usage_key):
            if usage_key not in seen:
                seen[usage_key] = linked_block(self, usage_key)
            return seen[usage_key] is not None

        result = {}
        for key in keys:
            items = thread([block for block in blocks if block["case_key"] == key],
                           [work for work in works if work["case_key"] == key], available)
            for item in items:
                if item["done"]:
                    item["summary"] = current_summary(seen[item["usage_key"]], learner_id, item["summary"])
                picture = (item["summary"] or {}).get("picture")
                if picture:
                    item["drawing"] = drawing(picture)
            result[key] = items
        return result
