"""Netwerkkaart: learners map the actors and relations around a case and compare their map with the experts'.

The block is thin: shapes and rules live in ``rules.model`` / ``rules.config``, the comparison and
class overlay in ``rules.compare``, export rows in ``rules.export``, submitted maps in ``queries`` and the OLX
in ``olx``. The expert map (``reference``) is content that never reaches the browser before the learner
has submitted: not in the learner view, not in ``student_view_data``.
"""
import json

from xblock.core import XBlock
from xblock.fields import Boolean, Dict, Float, Integer, Scope, String

from weerbaarxblock.core import olx
from weerbaarxblock.core.api import AUTHOR, STAFF, DownloadFile, api, download, file_name
from weerbaarxblock.core.api import LEARNER as LEARNER_ROLE
from weerbaarxblock.core.block import WeerbaarBlock, _, authors_only
from weerbaarxblock.core.case_thread import CaseThread
from weerbaarxblock.core.queries import atomic_with_retry, claim_version, now
from weerbaarxblock.core.rules.problems import Problem
from weerbaarxblock.core.rules.shapes import get_int, get_text
from weerbaarxblock.core.rules.spreadsheet import csv_chunks
from weerbaarxblock.core.scoring import Score, ScoredWhenFlagged
from weerbaarxblock.network import feedback as network_feedback
from weerbaarxblock.network import olx as network_olx
from weerbaarxblock.network import queries
from weerbaarxblock.network.messages import MESSAGES
from weerbaarxblock.network.rules import case_summary as network_case
from weerbaarxblock.network.rules import class_counts
from weerbaarxblock.network.rules import compare as network_compare
from weerbaarxblock.network.rules import export as network_export
from weerbaarxblock.network.rules import layout as network_layout
from weerbaarxblock.network.rules import summary as network_summary
from weerbaarxblock.network.rules.config import SETTINGS_DEFAULTS, validate_authoring
from weerbaarxblock.network.rules.defaults import default_config, default_reference
from weerbaarxblock.network.rules.model import LEARNER, validate_map
from weerbaarxblock.network.rules.reconcile import content_mark, kept_aside, reconcile_map

# The map's modules, in load order (each defines one global the next ones use).
MAP_JS = [
    f"static/js/network/{name}.js"
    for name in ("geometry", "relations", "model", "drawing", "canvas_input", "canvas", "table_forms", "table_rows",
                 "table")
]
LEARNER_JS = MAP_JS + [
    f"static/js/network/{name}.js" for name in ("feedback", "learner_export", "learner_saving", "learner")
]
STAFF_JS = ["static/js/network/staff.js"]
STUDIO_JS = MAP_JS + [
    f"static/js/network/{name}.js"
    for name in ("studio_lists", "studio_data", "studio_legend", "studio_problems", "studio")
]
CSS = ["static/css/network.css"]
PAGE_SIZE = 50  # learners per page of the instructor's list


class NetworkBlock(ScoredWhenFlagged, CaseThread, WeerbaarBlock):
    """Netwerkkaart activity."""

    event_namespace = "network"
    # Deliberately alike in the three activities: what each tells the shared base about itself.
    problem_messages = MESSAGES
    activity_queries = queries
    icon_class = "problem"

    display_name = String(display_name=_("Display name"), scope=Scope.settings, default="Netwerkkaart")
    introduction = String(display_name=_("Introduction"), scope=Scope.content, default="")
    config = Dict(
        display_name=_("Rings, sectors, types and list of actors"), scope=Scope.content, default={},
    )
    reference = Dict(display_name=_("Expert map"), scope=Scope.content, default={})
    allow_free = Boolean(display_name=_("Own actors allowed"), scope=Scope.settings, default=True)
    max_actors = Integer(display_name=_("Maximum number of actors"), scope=Scope.settings, default=60)
    max_relations = Integer(display_name=_("Maximum number of relations"), scope=Scope.settings, default=150)
    scored = Boolean(display_name=_("Graded"), scope=Scope.settings, default=False)  # not "graded": see core/scoring
    actor_weight = Float(display_name=_("Weight of actors"), scope=Scope.settings, default=1.0)
    relation_weight = Float(display_name=_("Weight of relations"), scope=Scope.settings, default=1.0)
    partial_credit = Float(
        display_name=_("Credit for a relation with the wrong type or direction"), scope=Scope.settings, default=0.5
    )
    weight = Float(display_name=_("Problem weight"), scope=Scope.settings, default=1.0)

    learner_map = Dict(scope=Scope.user_state, default={})
    map_content = String(scope=Scope.user_state, default="")  # content_mark of the content the map was saved for
    map_version = Integer(scope=Scope.user_state, default=0)
    saved_at = String(scope=Scope.user_state, default="")
    submitted_at = String(scope=Scope.user_state, default="")
    score = Float(scope=Scope.user_state, default=None)

    # ---- content ---------------------------------------------------------------------------------------------
    def current_config(self):
        """The author's content, only to read: without the deep copy of a first read (``stored_value``)."""
        return self.stored_value("config") or default_config()

    def current_reference(self):
        """The expert map, only to read (``stored_value``)."""
        return self.stored_value("reference") or default_reference()

    def current_settings(self):
        return {key: getattr(self, key) for key in SETTINGS_DEFAULTS}

    def browser_config(self):
        """What the learner's browser may know: no synonyms, no hidden list actors, nothing of the expert map."""
        config = self.current_config()
        return {
            "case_label": config["case_label"],
            "rings": config["rings"],
            "sectors": config["sectors"],
            "actor_types": config["actor_types"],
            "relation_types": config["relation_types"],
            "palette": [
                {"id": item["id"], "label": item["label"], "type": item["type"]}
                for item in config["palette"] if item.get("offered", True)
            ],
            "settings": {"allow_free": self.allow_free, "graded": self.scored,
                         "max_actors": self.max_actors, "max_relations": self.max_relations},
        }

    def apply_authoring(self, texts, config, settings, reference):
        self.display_name = texts["display_name"]
        self.introduction = texts.get("introduction", "")
        self.config = config
        self.reference = reference
        for key, value in settings.items():
            setattr(self, key, value)

    # ---- the learner's map -------------------------------------------------------------------------------------
    def current_map(self):
        """The learner's stored map, reconciled with the current content (and what reconciling changed).

        A map saved against the content as it is now (``map_content``) is reconciled already: it is used as
        stored, and its report counted from it. Not one with relations set aside: they name their actors as
        they were.
        """
        stored, config = self.stored_map() or {}, self.current_config()
        if not stored or stored.get("set_aside") or self.map_content != self.content_mark():
            return reconcile_map(stored, config)
        flagged = sum(1 for kind in ("actors", "relations") for item in stored[kind] if item["flags"])
        return stored, {"flagged": flagged, "set_aside": len(stored.get("set_aside", []))}

    def content_mark(self):
        """``content_mark`` of the current content, worked out once per request (the block lives for one)."""
        config = self.current_config()
        found = self.__dict__.get("_content_mark")
        if found is None or found[0] is not config:
            found = self.__dict__["_content_mark"] = (config, content_mark(config))
        return found[1]

    def stored_map(self):
        """``self.learner_map``, only to read (``stored_value``): ``reconcile_map`` builds a new map and never
        changes this one."""
        return self.stored_value("learner_map")

    def keep_fields(self, **values):
        """Store ``values`` in one write, as ``save`` at the end of the handler would, and keep them as saved.

        ``save`` would then deep-copy each saved mutable field as its baseline for a later save in the same
        request (XBlock's ``_reset_dirty_field``): for a map of 60 actors, more work than the rest of the save.
        """
        fields = self.fields
        self._field_data.set_many(self, {name: fields[name].to_json(value) for name, value in values.items()})
        for name, value in values.items():
            self._field_data_cache[name] = value
            self._dirty_fields.pop(fields[name], None)

    def free_texts(self, learner_map):
        """``(field, label, text)`` of what the learner typed in the map (own actors' names, relation notes): a
        generator, read only where the author refuses identifiers (``guard_privacy``)."""
        own = [(f"actors.{index}.label", actor["label"])
               for index, actor in enumerate(learner_map["actors"]) if not actor.get("palette")]
        if own:
            names = self.gettext("Name of your own actor")
            yield from ((field, names, text) for field, text in own)
        notes = [(f"relations.{index}.note", relation["note"])
                 for index, relation in enumerate(learner_map["relations"]) if relation.get("note")]
        if notes:
            note = self.gettext("Note")
            yield from ((field, note, text) for field, text in notes)

    def checked_map(self, data):
        """The map in a learner's request, checked; limits never below what the stored map already holds.

        The relations set aside come from the stored map, whatever the request holds (``kept_aside``).
        """
        stored, _report = self.current_map()
        checked = validate_map(
            data.get("map"), self.current_config(), mode=LEARNER, allow_free=self.allow_free,
            max_actors=max(self.max_actors, len(stored["actors"])),
            max_relations=max(self.max_relations, len(stored["relations"])),
            stored=stored,
        )
        return dict(checked, set_aside=kept_aside(stored, checked))

    def check_writable(self, data):
        """The version the request was made from, once it is clear the map may still change."""
        if self.submitted_at:
            raise Problem("network_already_submitted")
        return get_int(data, "version", minimum=0)

    def claim(self, sent):
        """In the transaction of the write: the next map version (``StaleVersion`` when another tab was first)."""
        viewer = self.viewer
        return claim_version((self.course_key, self.usage_key), viewer.learner_id, sent,
                             code="network_version_conflict", mirror=(self.map_version, self.saved_at),
                             rehearsal=not viewer.may_write,
                             closed_by=(queries.NetworkSubmission, "network_already_submitted"))  # another tab

    def comparer(self):
        """The expert map prepared for comparing: built once per content and reused (``compare.prepared``)."""
        return network_compare.prepared(self.current_config(), self.current_settings(), self.current_reference())

    def comparison(self, learner_map, ready=None):
        return network_compare.compare(
            self.current_config(), self.current_settings(), self.current_reference(), learner_map,
            ready or self.comparer(),
        )

    def feedback(self, learner_map, result=None, about_learner=False):
        """The comparison and the expert map as the learner sees it after submitting (``about_learner``: worded
        for the instructor)."""
        result = dict(result or self.comparison(learner_map))
        if not self.scored:
            result["score"] = None
        reference = self.current_reference()
        labels = {item["id"]: item for item in self.current_config()["palette"]}
        result["view"] = network_feedback.present(result, self.gettext, show_score=bool(self.scored),
                                                  about_learner=about_learner)
        result["reference_map"] = {
            "actors": network_layout.readable(self.current_config(), [
                dict(actor, label=labels[actor["id"]]["label"], type=labels[actor["id"]]["type"])
                for actor in reference["actors"] if actor["id"] in labels
            ]),
            "relations": reference["relations"],
        }
        return result

    # ---- views --------------------------------------------------------------------------------------------------
    @XBlock.supports("multi_device")
    def student_view(self, context=None):
        learner_map, report = self.current_map()
        viewer = self.viewer
        self.register_case()
        state = {
            "storage_key": f"weerbaar-network:{self.usage_key}:{viewer.learner_id}",  # the browser's unsaved copy
            "config": self.browser_config(),
            "map": learner_map,
            "report": report,
            "version": self.map_version,
            "saved_at": self.saved_at,
            "submitted_at": self.submitted_at,
            "feedback": self.feedback(learner_map) if self.submitted_at else None,
        }
        return self.build_fragment(
            "templates/network/student.html",
            {
                "title": self.display_name,
                "introduction": self.introduction,
                "case_label": self.current_config()["case_label"],
                "actor_types": self.current_config()["actor_types"],
                "palette": state["config"]["palette"],
                "allow_free": self.allow_free,
                "relation_types": self.current_config()["relation_types"],
                "state_json": self.json_for_template(state),
                "notice": self.notice(learner_map, report),
                "set_aside": learner_map["set_aside"],
                "is_staff": viewer.is_staff,
                "uid": self._uid(),
            },
            css=CSS,
            js=LEARNER_JS + (STAFF_JS if viewer.is_staff else []),
            init_fn="WeerbaarNetwork",
            init_args={"staff": viewer.is_staff},
            learner=True,
        )

    def author_view(self, context=None):  # noqa: ARG002 - XBlock's signature
        """Studio's preview: palette, rings, sectors, types, limits, the expert map's size; then the map to try."""
        facts = network_summary.summary(self.current_config(), self.reference or {})
        limits = self.gettext("at most {actors} actors and {relations} relations").format(
            actors=self.max_actors, relations=self.max_relations)
        if self.allow_free:
            limits = f"{limits}; " + self.gettext("learners may add their own actors")
        context = {name: ", ".join(facts[name]) for name in ("palette", "rings", "sectors", "actor_types",
                                                             "relation_types")}
        return self.author_fragment("templates/network/author.html", dict(
            context, title=self.display_name, summary=facts, limits=limits, graded=self.scored))

    @authors_only
    def studio_view(self, context=None):
        state = {
            "display_name": self.display_name,
            "introduction": self.introduction,
            "config": self.current_config(),
            "settings": self.current_settings(),
            "reference": self.current_reference(),
            "case_key": self.case_key,
        }
        return self.build_fragment(
            "templates/network/studio.html",
            {"state_json": self.json_for_template(state), "uid": self._uid()},
            css=CSS + ["static/css/network_studio.css"],
            js=STUDIO_JS,
            init_fn="WeerbaarNetworkStudio",
        )

    def notice(self, learner_map, report):
        """What changed in the learner's map because the author edited the activity after they started."""
        notes = []
        if report["flagged"]:
            notes.append(self.ngettext(
                "The activity was changed after you started: {count} item on your map is marked. "
                "Check it in the table.",
                "The activity was changed after you started: {count} items on your map are marked. "
                "Check them in the table.",
                report["flagged"],
            ).format(count=report["flagged"]))
        if report["set_aside"]:
            notes.append(self.ngettext(
                "{count} relation was set aside because every type of relation between its two actors is taken. "
                "It is kept with its note below. To put it back, add it again in the table with the same note.",
                "{count} relations were set aside because every type of relation between their two actors is "
                "taken. They are kept with their notes below. To put one back, add it again in the table with "
                "the same note.",
                report["set_aside"],
            ).format(count=report["set_aside"]))
        too_many = len(learner_map["actors"]) > self.max_actors or len(learner_map["relations"]) > self.max_relations
        if too_many and not self.submitted_at:
            notes.append(self.gettext(
                "Your map has more items than the activity now allows. You can change and remove items, "
                "but not add new ones."
            ))
        return " ".join(notes)

    def _uid(self):
        return self.dom_id("wbnet")

    def student_view_data(self, context=None):
        config = self.browser_config()
        return dict(config, display_name=self.display_name, introduction=self.introduction)

    # ---- learner handlers ---------------------------------------------------------------------------------------
    @api(role=LEARNER_ROLE)
    def save_map(self, data):
        sent = self.check_writable(data)
        learner_map = self.checked_map(data)
        self.guard_privacy(self.free_texts(learner_map))
        version, saved_at = atomic_with_retry(lambda: self.claim(sent))
        self.keep_fields(learner_map=learner_map, map_content=self.content_mark(), map_version=version,
                         saved_at=saved_at)
        self.publish_event("saved", {
            "version": self.map_version, "actors": len(learner_map["actors"]),
            "relations": len(learner_map["relations"]),
        })
        return {"version": self.map_version, "saved_at": self.saved_at}

    @api(role=LEARNER_ROLE)
    def submit(self, data):
        sent = self.check_writable(data)
        learner_map = self.checked_map(data)
        self.guard_privacy(self.free_texts(learner_map))
        if not learner_map["actors"]:
            raise Problem("network_empty", field="actors")
        ready = self.comparer()
        result = self.comparison(learner_map, ready)
        summary = network_compare.summary(result)
        compared = (ready["key"], class_counts.contribution(ready["index"], learner_map, result))
        submitted = now()
        viewer = self.viewer

        def store():
            version, _claimed_at = self.claim(sent)
            queries.store_submission((self.course_key, self.usage_key), (viewer.learner_id, viewer.display_name),
                                     learner_map, summary, submitted, compared)
            self.record_case_work(network_case.summary(self.current_config(), learner_map, result, self.scored))
            return version

        self.map_version = atomic_with_retry(store)  # the map the instructor sees is the map the learner keeps
        self.learner_map = learner_map
        self.map_content = self.content_mark()
        self.saved_at = self.submitted_at = submitted.isoformat()
        self.score = summary["score"]
        if self.scored:
            self.publish_score(Score(raw_earned=summary["score"] or 0.0, raw_possible=1))
        self.mark_complete()
        self.publish_event("submitted", dict(summary, score=summary["score"] if self.scored else None))
        return {
            "version": self.map_version, "submitted_at": self.submitted_at,
            "feedback": self.feedback(learner_map, result),
        }

    # ---- staff handlers -----------------------------------------------------------------------------------------
    # Names come from the rows (stored at submission), never from a user look-up per learner.
    def _compared(self, row_map, ready):
        """A stored map reconciled with the activity as it is now, and its comparison."""
        learner_map, _report = reconcile_map(row_map, self.current_config())
        return learner_map, self.comparison(learner_map, ready)

    def class_counts(self, ready):
        """The class's counters for the current content; counted again from every map when they are missing."""
        counts = queries.class_counts_for(self.usage_key, ready["key"])
        if counts is None:
            counts = queries.recount_class((self.course_key, self.usage_key), ready["key"],
                                           lambda rows: self._count_class(rows, ready))
        return counts

    def _count_class(self, rows, ready):
        counts = class_counts.empty()
        for row in rows:
            learner_map, result = self._compared(row["map"], ready)
            class_counts.add(counts, class_counts.contribution(ready["index"], learner_map, result))
        return counts

    def learner_page(self, data, ready, total=None):
        """One page of learners by name (``page``, ``search``); rows compared with older content are compared
        again, so every row's counts are for the activity as it is now."""
        page = get_int(data, "page", minimum=1, required=False, default=1)
        search = get_text(data, "search", max_chars=100, required=False).strip()
        if total is None:
            total = queries.known_total(self.usage_key, ready["key"])
        rows, total, page, pages = queries.learner_page(self.usage_key, search, page, PAGE_SIZE, total,
                                                        named=self.searched_name())
        stale = {row["id"] for row in rows if row["compared_with"] != ready["key"]}
        maps = queries.maps_by_id(stale) if stale else {}
        learners = []
        for row in rows:
            summary, actors, relations = row["summary"], row["actors"], row["relations"]
            if row["id"] in maps:
                learner_map, result = self._compared(maps[row["id"]], ready)
                summary = network_compare.summary(result)
                actors, relations = len(learner_map["actors"]), len(learner_map["relations"])
            name = self.stored_name(row["learner_id"], row["learner_name"])
            learners.append({"learner_id": row["learner_id"], "name": name,
                             "submitted_at": row["submitted_at"], "actors": actors, "relations": relations,
                             "summary": summary})
        return {"learners": learners, "page": page, "pages": pages, "total": total, "search": search}

    @api(role=STAFF)
    def staff_overview(self, data):
        """The class overlay and what the class found (from the counters), with the first page of learners."""
        ready = self.comparer()
        counts = self.class_counts(ready)
        reference = self.current_reference()
        config = self.current_config()
        overlay = network_layout.overlay(config, reference, class_counts.view(counts, config, reference))
        return dict(
            self.learner_page(data, ready, counts["learners"]), overlay=overlay,
            found=class_counts.found(counts, reference), config=self.current_config(), graded=self.scored,
            report_above=network_export.REPORT_ABOVE,
        )

    @api(role=STAFF)
    def staff_learners(self, data):
        """Another page of learners, or the learners whose name holds ``search``."""
        return self.learner_page(data, self.comparer())

    @api(role=STAFF)
    def staff_learner_map(self, data):
        learner_id = get_text(data, "learner_id", max_chars=255)
        row = queries.submission(self.usage_key, learner_id)
        if row is None:
            raise Problem("network_no_submission", field="learner_id")
        learner_map, _report = reconcile_map(row["map"], self.current_config())
        return {
            "learner_id": learner_id, "name": self.stored_name(learner_id, row["learner_name"]),
            "submitted_at": row["submitted_at"],
            "map": learner_map, "feedback": self.feedback(learner_map, about_learner=True),
        }

    def _submissions(self):
        """Each submitted map, reconciled with the activity as it is now and compared, one at a time."""
        ready = self.comparer()
        for row in queries.submissions(self.usage_key):
            row["map"], row["result"] = self._compared(row["map"], ready)
            row["learner_name"] = self.stored_name(row["learner_id"], row["learner_name"])
            yield row

    @download()
    def export(self, query):
        """Every submitted map: ``?format=csv`` (the default) or ``?format=json``."""
        name = file_name("netwerkkaart", self.display_name)
        if query.get("format") == "json":
            return DownloadFile(name, "json", "application/json", self._json_chunks())
        rows = network_export.rows(self.current_config(), self._submissions(), self._export_words())
        return DownloadFile(name, "csv", "text/csv", csv_chunks(self._csv_headers(), rows))

    def _json_chunks(self):
        """``{"config": ..., "learners": [...]}``, written one learner at a time."""
        yield '{"config": ' + json.dumps(self.current_config(), ensure_ascii=False) + ', "learners": ['
        for index, row in enumerate(self._submissions()):
            learner = dict(row, comparison=network_compare.summary(row.pop("result")))
            yield ("," if index else "") + "\n" + json.dumps(learner, ensure_ascii=False)
        yield "\n]}\n"

    def _export_words(self):
        """The words a trainer reads in the CSV in place of the comparison's codes (``rules/export.rows``)."""
        gettext = self.gettext
        return {
            "actor": gettext("Actor"), "relation": gettext("Relation"),
            "one-way": gettext("One way"), "both": gettext("Both ways"), "none": gettext("No direction"),
            "weak": gettext("Weak"), "normal": gettext("Normal"), "strong": gettext("Strong"),
            "actor_matched": gettext("On the experts' map"),
            "actor_not_in_reference": gettext("Left out by the experts"),
            "actor_unrecognised": gettext("Not recognised as an actor on the experts' map"),
            "actor_duplicate": gettext("Already on the map under another name"),
            "relation_correct": gettext("As the experts drew it"),
            "relation_wrong_type": gettext("Another type than the experts chose"),
            "relation_wrong_direction": gettext("Another direction than the experts drew"),
            "relation_extra": gettext("Not drawn by the experts"),
            "set_aside": gettext("Set aside"),
        }

    def _csv_headers(self):
        gettext = self.gettext
        return [
            gettext("Learner id"), gettext("Learner"), gettext("Submitted"), gettext("Score"), gettext("Kind"),
            gettext("Id"), gettext("Actor"), gettext("From"), gettext("To"), gettext("Type"), gettext("Direction"),
            gettext("Strength"), gettext("Ring"), gettext("Sector"), gettext("Note"), gettext("Verdict"),
        ]

    # ---- Studio -------------------------------------------------------------------------------------------------
    @api(role=AUTHOR)
    def studio_submit(self, data):
        privacy_settings = self.parse_privacy_settings(data)
        case_key = self.case_key_from(data)
        texts, config, settings, reference = validate_authoring(data, previous=self.current_config())
        self.apply_authoring(texts, config, settings, reference)
        self.store_privacy_settings(privacy_settings)
        self.case_key = case_key
        self.register_case(saved=True)
        return {"result": "success"}

    # ---- OLX ----------------------------------------------------------------------------------------------------
    @classmethod
    def parse_xml(cls, node, runtime, keys):
        olx.check_document(node)  # any DOCTYPE refused: nothing a parser expanded is read
        block = runtime.construct_xblock_from_class(cls, keys)
        data = network_olx.to_data(node, block.display_name)
        block.apply_authoring(*validate_authoring(data))
        read = olx.attributes_read(node, network_olx.COVERED_FIELDS, network_olx.LEGACY_NAMES)
        olx.read_other_fields(block, node, read)
        block.register_case()  # imported or pasted: a reflection can point to it before anyone opens it
        return block

    def add_xml_to_node(self, node):
        texts = {"display_name": self.display_name, "introduction": self.introduction}
        network_olx.write(
            node, self.scope_ids.block_type, texts, self.current_config(), self.current_settings(),
            self.current_reference(),
        )
        node.set("xblock-family", self.entry_point)
        olx.write_other_fields(self, node, network_olx.COVERED_FIELDS)

    def case_summary_now(self, learner_id):
        """For a linked reflection: the learner's submitted map compared with the expert map as it is now, as this
        block shows it (after a rescore or an author's change to the expert map the summary follows)."""
        row = queries.submission(self.usage_key, learner_id)
        if row is None:
            return None
        config = self.current_config()
        learner_map, _report = reconcile_map(row["map"], config)
        return network_case.summary(config, learner_map, self.comparison(learner_map), self.scored)

    # ---- the LMS's instructor tools: rescoring, overrides (core/scoring.py), deleting a learner's state ------------
    def has_submitted_answer(self):
        return bool(self.submitted_at)

    def calculate_score(self):
        """The submitted map compared with the expert map as it is now."""
        learner_map, _report = self.current_map()
        return Score(raw_earned=network_compare.summary(self.comparison(learner_map))["score"] or 0.0, raw_possible=1)

    def after_rescore(self):
        learner_map, _report = self.current_map()
        ready = self.comparer()
        summary = network_compare.summary(self.comparison(learner_map, ready))
        self.score = summary["score"]
        queries.record_summary(self.usage_key, self.viewer.learner_id, summary, ready["key"])

    # ---- reports ------------------------------------------------------------------------------------------------
    def generate_report_data(self, user_state_iterator, limit_responses=None):
        """Rows for the instructor dashboard's problem-responses report, where a large class's maps go: one per
        actor and relation of each submitted map with its verdict against the experts' map, as the CSV export has
        them (``rules/export.report_row``)."""
        config, words, ready = self.current_config(), self._export_words(), self.comparer()

        def rows_for(learner_id, _state):
            row = queries.submission(self.usage_key, learner_id) if learner_id else None
            if row is None:
                return ()
            row["map"], row["result"] = self._compared(row["map"], ready)
            return (network_export.report_row(cells) for cells in network_export.rows(config, [row], words))

        return self.report_rows(user_state_iterator, rows_for, limit_responses)

    @staticmethod
    def workbench_scenarios():
        from weerbaarxblock.demo.outline import workbench_scenarios  # noqa: PLC0415 - the demo course's content

        return workbench_scenarios("weerbaar_network")
