"""Netwerkkaart: learners map the actors and relations around a case and compare their map with the experts'.

The block is thin: shapes and rules live in ``domain.network_model`` / ``network_config``, the comparison and
class overlay in ``domain.network_compare``, exports in ``domain.network_export`` and the OLX in
``network_olx``. The expert map (``reference``) is content that never reaches the browser before the learner
has submitted: not in the learner view, not in ``student_view_data``.
"""
import json

from django.utils import timezone
from webob import Response
from xblock.core import XBlock
from xblock.fields import Boolean, Dict, Float, Integer, Scope, String

from . import network_feedback, network_olx
from .base import WeerbaarBlock, _
from .domain import network_compare, network_export
from .domain.network_config import SETTINGS_DEFAULTS, validate_authoring
from .domain.network_defaults import default_config, default_reference
from .domain.network_model import LEARNER, validate_map
from .domain.network_reconcile import reconcile_map
from .domain.problems import Problem
from .domain.shapes import get_int, get_text
from .handlers import AUTHOR, STAFF, api, json_response
from .handlers import LEARNER as LEARNER_ROLE
from .messages import gettext_noop, register

register({
    "network_text_required": gettext_noop("Fill in this field."),
    "network_text_too_long": gettext_noop("This text is {count} characters long; at most {limit} are allowed."),
    "network_label_too_long": gettext_noop(
        "The name '{label}…' is {count} characters long; at most {limit} are allowed."),
    "network_note_too_long": gettext_noop("A note is {count} characters long; at most {limit} are allowed."),
    "network_bad_id": gettext_noop("'{value}' is not a valid identifier."),
    "network_duplicate_id": gettext_noop("The identifier '{value}' is used twice."),
    "network_too_many_actors": gettext_noop("This map may hold at most {limit} actors; it has {count}."),
    "network_too_many_relations": gettext_noop("This map may hold at most {limit} relations; it has {count}."),
    "network_unknown_palette": gettext_noop("'{value}' is not an actor from the list of this activity."),
    "network_palette_twice": gettext_noop("'{label}' is already on the map."),
    "network_free_form_not_allowed": gettext_noop("In this activity you can only add actors from the list."),
    "network_unknown_endpoint": gettext_noop("A relation refers to an actor that is not on the map."),
    "network_self_relation": gettext_noop("A relation must connect two different actors ('{label}' twice)."),
    "network_duplicate_relation": gettext_noop(
        "There is already a relation of this type between '{source}' and '{target}'."),
    "network_unknown_type": gettext_noop("'{value}' is not a type in this activity."),
    "network_unknown_ring": gettext_noop("'{value}' is not a ring in this activity."),
    "network_unknown_sector": gettext_noop("'{value}' is not a sector in this activity."),
    "network_unknown_direction": gettext_noop("'{value}' is not a direction (one way, both ways or none)."),
    "network_unknown_strength": gettext_noop("'{value}' is not a strength (weak, normal or strong)."),
    "network_unknown_flags": gettext_noop("The marks on an item are not valid."),
    "network_unknown_shape": gettext_noop("'{value}' is not a shape."),
    "network_unknown_line": gettext_noop("'{value}' is not a line style."),
    "network_unknown_actor": gettext_noop("'{value}' is not a list actor outside the expert map."),
    "network_reference_id": gettext_noop("An actor of the expert map must use its list identifier."),
    "network_reference_needs_palette": gettext_noop("Actors of the expert map must come from the list."),
    "network_bad_color": gettext_noop("Use a colour in the form #rrggbb."),
    "network_low_contrast": gettext_noop(
        "The colour {value} has too little contrast with the white canvas (at least 3:1 is needed)."),
    "network_list_too_short": gettext_noop("Add at least {limit}."),
    "network_synonym_twice": gettext_noop("'{value}' already names another actor in the list."),
    "network_not_a_number": gettext_noop("Enter a number."),
    "network_number_range": gettext_noop("Enter a number from {minimum} to {maximum}."),
    "network_weights_zero": gettext_noop("The weights of actors and relations cannot both be 0."),
    "network_reference_empty": gettext_noop("A graded network map needs at least one actor in the expert map."),
    "network_already_submitted": gettext_noop("This map has been submitted and can no longer be changed."),
    "network_version_conflict": gettext_noop(
        "This map was changed in another window or tab. Reload the page to continue with the latest version."),
    "network_empty": gettext_noop("Add at least one actor before you submit your map."),
    "network_no_submission": gettext_noop("This learner has not submitted a map."),
})

LEARNER_JS = [
    "static/js/network_model.js",
    "static/js/network_canvas.js",
    "static/js/network_table.js",
    "static/js/network.js",
]
STAFF_JS = ["static/js/network_staff.js"]
STUDIO_JS = ["static/js/network_model.js", "static/js/network_canvas.js", "static/js/network_table.js",
             "static/js/network_studio.js"]
CSS = ["static/css/network.css"]
DEMO_OLX = "templates/network/demo_zorgfraude.xml"


class NetworkBlock(WeerbaarBlock):
    """Netwerkkaart activity."""

    event_namespace = "network"
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
    graded = Boolean(display_name=_("Graded"), scope=Scope.settings, default=False)
    actor_weight = Float(display_name=_("Weight of actors"), scope=Scope.settings, default=1.0)
    relation_weight = Float(display_name=_("Weight of relations"), scope=Scope.settings, default=1.0)
    partial_credit = Float(
        display_name=_("Credit for a relation with the wrong type or direction"), scope=Scope.settings, default=0.5
    )
    weight = Float(display_name=_("Problem weight"), scope=Scope.settings, default=1.0)

    learner_map = Dict(scope=Scope.user_state, default={})
    map_version = Integer(scope=Scope.user_state, default=0)
    saved_at = String(scope=Scope.user_state, default="")
    submitted_at = String(scope=Scope.user_state, default="")
    score = Float(scope=Scope.user_state, default=None)

    # ---- content ---------------------------------------------------------------------------------------------
    @property
    def has_score(self):
        return bool(self.graded)

    def max_score(self):
        return 1 if self.graded else None

    def current_config(self):
        return self.config or default_config()

    def current_reference(self):
        return self.reference or default_reference()

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
            "settings": {"allow_free": self.allow_free, "graded": self.graded,
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
        """The learner's stored map, reconciled with the current content (and what reconciling changed)."""
        return reconcile_map(self.learner_map or {}, self.current_config())

    def checked_map(self, data):
        """The map in a learner's request, checked; limits never below what the stored map already holds."""
        stored, _report = self.current_map()
        return validate_map(
            data.get("map"), self.current_config(), mode=LEARNER, allow_free=self.allow_free,
            max_actors=max(self.max_actors, len(stored["actors"])),
            max_relations=max(self.max_relations, len(stored["relations"])),
            kept_free=frozenset((actor["id"], actor["label"]) for actor in stored["actors"] if not actor["palette"]),
        )

    def check_writable(self, data):
        if self.submitted_at:
            raise Problem("network_already_submitted")
        version = get_int(data, "version", minimum=0)
        if version != self.map_version:
            raise Problem("network_version_conflict", field="version")

    def comparison(self, learner_map):
        return network_compare.compare(
            self.current_config(), self.current_settings(), self.current_reference(), learner_map
        )

    def feedback(self, learner_map, result=None):
        """The comparison and the expert map as the learner sees it after submitting."""
        result = dict(result or self.comparison(learner_map))
        if not self.graded:
            result["score"] = None
        reference = self.current_reference()
        labels = {item["id"]: item for item in self.current_config()["palette"]}
        result["view"] = network_feedback.present(result, self.gettext, show_score=bool(self.graded))
        result["reference_map"] = {
            "actors": [
                dict(actor, label=labels[actor["id"]]["label"], type=labels[actor["id"]]["type"])
                for actor in reference["actors"] if actor["id"] in labels
            ],
            "relations": reference["relations"],
        }
        return result

    # ---- views --------------------------------------------------------------------------------------------------
    @XBlock.supports("multi_device")
    def student_view(self, context=None):
        learner_map, report = self.current_map()
        state = {
            "config": self.browser_config(),
            "map": learner_map,
            "report": report,
            "version": self.map_version,
            "saved_at": self.saved_at,
            "submitted_at": self.submitted_at,
            "feedback": self.feedback(learner_map) if self.submitted_at else None,
        }
        viewer = self.viewer
        return self.build_fragment(
            "templates/network/student.html",
            {
                "title": self.display_name,
                "introduction": self.introduction,
                "case_label": self.current_config()["case_label"],
                "actor_types": self.current_config()["actor_types"],
                "relation_types": self.current_config()["relation_types"],
                "state_json": self.json_for_template(state),
                "notice": self.notice(learner_map, report),
                "is_staff": viewer.is_staff,
                "uid": self._uid(),
            },
            css=CSS,
            js=LEARNER_JS + (STAFF_JS if viewer.is_staff else []),
            init_fn="WeerbaarNetwork",
            init_args={"staff": viewer.is_staff},
        )

    def studio_view(self, context=None):
        state = {
            "display_name": self.display_name,
            "introduction": self.introduction,
            "config": self.current_config(),
            "settings": self.current_settings(),
            "reference": self.current_reference(),
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
                "The activity was changed after you started: {count} item on your map is marked. Check it in the table.",
                "The activity was changed after you started: {count} items on your map are marked. "
                "Check them in the table.",
                report["flagged"],
            ).format(count=report["flagged"]))
        if report["dropped"]:
            notes.append(self.ngettext(
                "{count} relation could not be kept: every type of relation between its two actors is taken.",
                "{count} relations could not be kept: every type of relation between their two actors is taken.",
                report["dropped"],
            ).format(count=report["dropped"]))
        too_many = len(learner_map["actors"]) > self.max_actors or len(learner_map["relations"]) > self.max_relations
        if too_many and not self.submitted_at:
            notes.append(self.gettext(
                "Your map has more items than the activity now allows. You can change and remove items, "
                "but not add new ones."
            ))
        return " ".join(notes)

    def _uid(self):
        return "wbnet-" + "".join(ch if ch.isalnum() else "-" for ch in str(self.scope_ids.usage_id))[-60:]

    def student_view_data(self, context=None):
        config = self.browser_config()
        return dict(config, display_name=self.display_name, introduction=self.introduction)

    # ---- learner handlers ---------------------------------------------------------------------------------------
    @api(role=LEARNER_ROLE)
    def save_map(self, data):
        self.check_writable(data)
        learner_map = self.checked_map(data)
        self.learner_map = learner_map
        self.map_version += 1
        self.saved_at = timezone.now().isoformat()
        self.publish_event("saved", {
            "version": self.map_version, "actors": len(learner_map["actors"]),
            "relations": len(learner_map["relations"]),
        })
        return {"version": self.map_version, "saved_at": self.saved_at}

    @api(role=LEARNER_ROLE)
    def submit(self, data):
        self.check_writable(data)
        learner_map = self.checked_map(data)
        if not learner_map["actors"]:
            raise Problem("network_empty", field="actors")
        result = self.comparison(learner_map)
        summary = network_compare.summary(result)
        now = timezone.now()
        self.learner_map = learner_map
        self.map_version += 1
        self.saved_at = self.submitted_at = now.isoformat()
        self.score = summary["score"]
        self._store_submission(self.viewer, learner_map, summary, now)
        if self.graded:
            self.publish_grade(summary["score"] or 0.0, 1)
        self.mark_complete()
        self.publish_event("submitted", dict(summary, score=summary["score"] if self.graded else None))
        return {
            "version": self.map_version, "submitted_at": self.submitted_at,
            "feedback": self.feedback(learner_map, result),
        }

    def _store_submission(self, viewer, learner_map, summary, now):
        from .store.models import NetworkSubmission  # Django models load after the app registry

        NetworkSubmission.objects.update_or_create(
            usage_key=self.usage_key,
            learner_id=viewer.learner_id,
            defaults={
                "course_key": self.course_key, "learner_name": viewer.display_name[:255], "map": learner_map,
                "summary": summary, "score": summary["score"], "submitted_at": now,
            },
        )

    # ---- staff handlers -----------------------------------------------------------------------------------------
    def _submissions(self):
        from .store.models import NetworkSubmission

        config = self.current_config()
        for row in NetworkSubmission.objects.filter(usage_key=self.usage_key):
            learner_map, _report = reconcile_map(row.map, config)
            yield row, learner_map

    @api(role=STAFF)
    def staff_overview(self, data):
        rows = list(self._submissions())
        learners = []
        for row, learner_map in rows:
            summary = network_compare.summary(self.comparison(learner_map))
            learners.append({
                "learner_id": row.learner_id,
                "name": self.learner_name(row.learner_id, row.learner_name or row.learner_id),
                "submitted_at": row.submitted_at.isoformat(),
                "actors": len(learner_map["actors"]), "relations": len(learner_map["relations"]),
                "summary": summary,
            })
        reference = self.current_reference()
        overlay = network_compare.overlay(self.current_config(), reference, [m for _row, m in rows])
        return {"learners": learners, "overlay": overlay, "config": self.current_config(), "graded": self.graded}

    @api(role=STAFF)
    def staff_learner_map(self, data):
        learner_id = get_text(data, "learner_id", max_chars=255)
        for row, learner_map in self._submissions():
            if row.learner_id == learner_id:
                return {
                    "learner_id": learner_id,
                    "name": self.learner_name(learner_id, row.learner_name or learner_id),
                    "submitted_at": row.submitted_at.isoformat(),
                    "map": learner_map,
                    "feedback": self.feedback(learner_map),
                }
        raise Problem("network_no_submission", field="learner_id")

    @XBlock.handler
    def export(self, request, suffix=""):
        """Staff download of every submitted map: ``?format=csv`` (default) or ``?format=json``. GET only."""
        if request.method != "GET":
            return json_response({"error": self.gettext("Use GET for this request.")}, 405)
        if not self.viewer.is_staff:
            return self.error_response(Problem("staff_only"), 403)
        entries = []
        for row, learner_map in self._submissions():
            entries.append({
                "learner_id": row.learner_id,
                "learner_name": self.learner_name(row.learner_id, row.learner_name or row.learner_id),
                "submitted_at": row.submitted_at.isoformat(),
                "score": row.score,
                "map": learner_map,
                "result": self.comparison(learner_map),
            })
        export_format = request.GET.get("format", "csv")
        filename = "netwerkkaart-" + "".join(ch if ch.isalnum() else "-" for ch in self.usage_key)[-40:]
        if export_format == "json":
            payload = [
                {key: entry[key] for key in ("learner_id", "learner_name", "submitted_at", "score", "map")}
                | {"comparison": network_compare.summary(entry["result"])}
                for entry in entries
            ]
            body = json.dumps({"config": self.current_config(), "learners": payload}, ensure_ascii=False, indent=1)
            return self._download(body, "application/json", filename + ".json")
        body = network_export.to_csv(self.current_config(), entries, self._csv_headers())
        return self._download(body, "text/csv", filename + ".csv")

    def _csv_headers(self):
        gettext = self.gettext
        return [
            gettext("Learner id"), gettext("Learner"), gettext("Submitted"), gettext("Score"), gettext("Kind"),
            gettext("Id"), gettext("Actor"), gettext("From"), gettext("To"), gettext("Type"), gettext("Direction"),
            gettext("Strength"), gettext("Ring"), gettext("Sector"), gettext("Note"), gettext("Verdict"),
        ]

    @staticmethod
    def _download(body, content_type, filename):
        response = Response(body=body.encode("utf-8"), content_type=content_type, charset="utf-8")
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    # ---- Studio -------------------------------------------------------------------------------------------------
    @api(role=AUTHOR)
    def studio_submit(self, data):
        texts, config, settings, reference = validate_authoring(data)
        self.apply_authoring(texts, config, settings, reference)
        return {"result": "success"}

    # ---- OLX ----------------------------------------------------------------------------------------------------
    @classmethod
    def parse_xml(cls, node, runtime, keys):
        block = runtime.construct_xblock_from_class(cls, keys)
        data = network_olx.to_data(node, block.display_name)
        block.apply_authoring(*validate_authoring(data))
        return block

    def add_xml_to_node(self, node):
        texts = {"display_name": self.display_name, "introduction": self.introduction}
        network_olx.write(
            node, self.scope_ids.block_type, texts, self.current_config(), self.current_settings(),
            self.current_reference(),
        )
        node.set("xblock-family", self.entry_point)

    # ---- reports ------------------------------------------------------------------------------------------------
    def generate_report_data(self, user_state_iterator, limit_responses=None):
        """Rows for the instructor dashboard's problem-responses report: counts and score per learner."""
        count = 0
        for user_state in user_state_iterator:
            if limit_responses is not None and count >= limit_responses:
                return
            state = user_state.state or {}
            learner_map = state.get("learner_map") or {}
            if not learner_map:
                continue
            count += 1
            yield user_state.username, {
                "actors": len(learner_map.get("actors") or []),
                "relations": len(learner_map.get("relations") or []),
                "submitted_at": state.get("submitted_at", ""),
                "score": state.get("score"),
            }

    @staticmethod
    def workbench_scenarios():
        from .base import loader

        return [
            ("Netwerkkaart: zorgfraude in de wijk", loader.load_unicode(DEMO_OLX)),
            ("Netwerkkaart: lege kaart", "<weerbaar_network display_name=\"Netwerkkaart\"/>"),
        ]
