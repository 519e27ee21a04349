"""The base every weerbaar block stands on: i18n, roles, rendering, errors, grades, events.

Block classes stay thin: they parse a request, call a domain module, store the
result and publish. Everything the three blocks share lives here.
"""
import functools
import importlib.resources
import json
from html import escape

from web_fragments.fragment import Fragment
from xblock.completable import CompletableXBlockMixin, XBlockCompletionMode
from xblock.core import XBlock
from xblock.exceptions import DisallowedFileError
from xblock.fields import Boolean, Integer, Scope, String
from xblock.utils.resources import ResourceLoader

from weerbaarxblock.core import i18n
from weerbaarxblock.core import privacy as privacy_words
from weerbaarxblock.core.api import LEARNER, api, json_response, safe_id
from weerbaarxblock.core.grades import delete_learner_score
from weerbaarxblock.core.messages import message_for
from weerbaarxblock.core.roles import current_viewer, learner_name, user_service
from weerbaarxblock.core.rules import privacy
from weerbaarxblock.core.rules.problems import Problem

PACKAGE = "weerbaarxblock"
loader = ResourceLoader(PACKAGE)  # templates, static and translations sit at the top of the package

COMMON_CSS = "static/css/common.css"
# The shared JS modules, in load order (each defines one global the next ones and the activities use).
COMMON_JS = tuple(
    f"static/js/common/{name}.js"
    for name in ("text", "dom", "live_region", "server", "field_problems", "autosave", "studio_form", "privacy")
)


def bundle(paths):
    """Several scripts as one, for a runtime that cannot serve files (they are then sent inline)."""
    return "\n".join(loader.load_unicode(path) for path in paths)


def common_js():
    """The shared modules as one inline script, where the runtime serves no files."""
    return bundle(COMMON_JS)


def open_package_file(uri, public_dir):
    """A file below ``public_dir`` of the package's top folder, opened for the runtime's resource view.

    The same checks as XBlock's ``open_local_resource`` (only below ``public_dir``, no ``/.`` component), but
    from the top of the package, where ``static/`` sits: XBlock's own looks in the block module's package
    (``weerbaarxblock.reflection``), where it is not.
    """
    if not uri.startswith(public_dir + "/") or "/." in uri or "\\" in uri:
        raise DisallowedFileError(f"Only files below {public_dir}/ are served: {uri!r}")
    return importlib.resources.files(PACKAGE).joinpath(uri).open("rb")


def _(text):
    """Marks a field's default or help text for extraction; the runtime translates it."""
    return text


AUTHOR_CSS = "static/css/author.css"


def authors_only(view):
    """For ``studio_view``: anyone but an author gets a short refusal, and none of the content.

    The editor's data (expert keys, the reference map) would otherwise reach any user who
    opens the view. In a content library no one is an author (see ``roles``), so the
    refusal says the activity is edited in courses only.
    """

    @functools.wraps(view)
    def guarded(self, context=None):
        if self.viewer.may_author:
            return view(self, context)
        in_library = getattr(getattr(self.scope_ids.usage_id, "context_key", None), "is_course", True) is False
        code = "library_unsupported" if in_library else "authors_only"
        text = escape(self.problem_message(Problem(code)))
        return Fragment(f'<div class="weerbaar-refusal"><p role="alert">{text}</p></div>')

    return guarded


@XBlock.wants("user")
@XBlock.wants("weerbaar_grades")  # a grades app outside the LMS (the demo's); see core/grades.py
@XBlock.wants("studio_user_permissions")  # Studio's editor runtime: who may change the course (see roles)
@XBlock.needs("i18n")
class WeerbaarBlock(CompletableXBlockMixin, XBlock):
    """Shared behaviour of the three activities. Subclasses set ``event_namespace``."""

    event_namespace = "block"
    problem_messages = {}  # the activity's own problem codes and msgids (its ``messages.MESSAGES``)
    activity_queries = None  # the activity's ``queries`` module: what it keeps across learners
    has_author_view = True  # Studio's preview shows ``author_view``: a summary, then the learner view to try
    completion_mode = XBlockCompletionMode.COMPLETABLE
    has_custom_completion = True
    i18n_js_namespace = "WeerbaarI18n"
    show_in_read_only_mode = True
    # Scripts and styles are served as files through ``runtime.local_resource_url`` (see ``asset_url``): the
    # runtime's resource view may serve what lies below ``static/`` of the package, nothing else.
    public_dir = "static"

    display_name = String(
        display_name=_("Display name"),
        help=_("The name learners see in the course outline."),
        scope=Scope.settings,
        default="",
    )
    # The privacy settings every activity has (``core/privacy.py``); not in any activity's own OLX, so course
    # export and import carry them as attributes (``olx.write_other_fields``), and Studio's editor shows them.
    privacy_mode = String(
        display_name=_("Personal details in free text"),
        help=_("Warn: learners see what looks like a client's personal details and may save anyway. "
               "Refuse: such text is not saved."),
        scope=Scope.settings, default=privacy.WARN, values=list(privacy.MODES),
    )
    show_pseudonyms = Boolean(
        display_name=_("Show learners by pseudonym"),
        help=_("Instructor views and exports show a code such as 'Learner K7QF2M' instead of the learner's name."),
        scope=Scope.settings, default=False,
    )
    retention_days = Integer(
        display_name=_("Keep learners' texts (days)"),
        help=_("Days after submission that learners' texts are kept; empty keeps them. "
               "The weerbaar_retention command removes older texts."),
        scope=Scope.settings, default=None,
    )

    # ---- who and which language ---------------------------------------------------------
    @property
    def viewer(self):
        """The current user, computed once per block instance (each user-service call is a query in the LMS).

        The LMS builds blocks per request (``block_render.get_block_for_descriptor`` for views and for
        ``handle_xblock_callback``); a block rebound to another user gets a new user service, and a new viewer.
        """
        service = user_service(self)
        cached = self.__dict__.get("_weerbaar_viewer")
        if cached is None or cached[0] is not service:
            cached = (service, current_viewer(self))
            self.__dict__["_weerbaar_viewer"] = cached
        return cached[1]

    def rehearsal_notice(self):
        """The line shown above a learner view that saves nothing: preview and masquerade, else ''."""
        viewer = self.viewer
        if viewer.is_masquerading:
            return self.gettext(
                "You are viewing this activity as {name}. Nothing you do here is saved."
            ).format(name=viewer.display_name)
        if viewer.in_authoring_runtime:
            return self.gettext("Preview: you can try this activity as a learner. Nothing you do here is saved.")
        return ""

    def learner_name(self, learner_id, fallback=""):
        """How staff views and exports name a learner: the name, or a pseudonym where the author chose so."""
        if self.show_pseudonyms:
            code = privacy.pseudonym(learner_id, self.usage_key)
            return self.gettext("Learner {code}").format(code=code)
        return learner_name(self, learner_id, fallback)

    def stored_name(self, learner_id, name):
        """A learner named from a name stored on a row (no user look-up), or by pseudonym where the author chose so."""
        return self.learner_name(learner_id) if self.show_pseudonyms else name or learner_id

    def searched_name(self):
        """What a staff name search may look in: None, the stored names; with pseudonyms ``learner_name`` (the
        pseudonym), so that searching a real name finds no one."""
        return self.learner_name if self.show_pseudonyms else None

    def report_learner_id(self, username):
        """The id our rows name a learner by, for the LMS's problem-responses report (``generate_report_data``
        gets usernames): the per-course anonymous id from the user service, which answers staff, who run the
        report. A runtime without that lookup (the workbench) names learners by their username."""
        lookup = getattr(self.runtime.service(self, "user"), "get_anonymous_user_id", None)
        return lookup(username, self.course_key) if lookup else username

    def report_rows(self, user_state_iterator, rows_for, limit_responses=None):
        """``(username, row)`` for the problem-responses report: the rows ``rows_for(learner id, user state)``
        gives for each learner, at most ``limit_responses`` in all."""
        count = 0
        for user_state in user_state_iterator:
            for row in rows_for(self.report_learner_id(user_state.username), user_state.state or {}):
                if limit_responses is not None and count >= limit_responses:
                    return
                count += 1
                yield user_state.username, row

    # ---- the privacy guard (core/privacy.py) -------------------------------------------------------------
    @api(role=LEARNER)
    def privacy_scan(self, data):
        """The findings in the texts a learner is typing, for highlighting; only changed texts are sent."""
        return privacy_words.scan_request(data, self.gettext)

    def guard_privacy(self, texts):
        """Refuse ``(field, label, text)`` items when the author chose "refuse" and a text holds an identifier.

        Call it before anything changes; the 400 names the field and the kind, never the text found.
        """
        problem = privacy_words.refusal(texts, self.privacy_mode, self.gettext)
        if problem is not None:
            raise problem

    def privacy_settings(self):
        """The privacy settings as Studio's editor shows them."""
        return {"privacy_mode": privacy.mode_or_default(self.privacy_mode), "show_pseudonyms": self.show_pseudonyms,
                "retention_days": self.retention_days}

    def privacy_settings_html(self):
        """The editor's privacy fieldset; each activity's Studio template shows it."""
        return self.render_template("templates/common/privacy_settings.html",
                                    {"settings": self.privacy_settings(), "uid": self.dom_id("wbprivacy")})

    def parse_privacy_settings(self, data):
        """The editor's ``privacy`` member, checked (call before anything is stored); None when not sent."""
        return privacy_words.parse_settings(data.get("privacy"))

    def store_privacy_settings(self, settings):
        for name, value in (settings or {}).items():
            setattr(self, name, value)

    def stored_value(self, name):
        """The field ``name`` without the deep copy XBlock makes of a mutable field on its first read in a request
        (its baseline for finding changes at ``save``): a map of 60 actors, or an activity's content, costs more
        to copy than a save. Only for reading: the value may be the field data's own object.
        """
        if name in self._field_data_cache:
            return getattr(self, name)  # set or read in this request already
        kept = self.__dict__.setdefault("_stored_values", {})
        if name not in kept:
            try:
                stored = self._field_data.get(self, name)
            except KeyError:  # not set: the field's default, through XBlock (one look-up, not has() then get())
                kept[name] = None
            else:
                kept[name] = self.fields[name].from_json(stored)
        return getattr(self, name) if kept[name] is None else kept[name]

    @property
    def i18n_service(self):
        """The runtime's i18n service, found once per language for this block (a block lives for one request in
        the LMS): the platform builds a new service, with its catalog look-up, on every ``runtime.service``."""
        language = i18n.current_language()
        found = self.__dict__.get("_i18n_found")
        if found is None or found[0] != language:
            found = self.__dict__["_i18n_found"] = (language, i18n.service_for(self))
        return found[1]

    def gettext(self, text):
        return self.i18n_service.gettext(text)

    def ngettext(self, singular, plural, count):
        return self.i18n_service.ngettext(singular, plural, count)

    # ---- identity of this block in the course ------------------------------------------
    @property
    def course_key(self):
        """The course's key in the LMS and Studio; the workbench's usage ids have none."""
        key = getattr(self.scope_ids.usage_id, "course_key", None)
        return str(key) if key is not None else "workbench"

    @property
    def usage_key(self):
        return str(self.scope_ids.usage_id)

    def dom_id(self, prefix):
        """An id for this block's elements on a page that may hold several blocks."""
        return f"{prefix}-{safe_id(self.scope_ids.usage_id)}"

    # ---- errors ---------------------------------------------------------------------------
    def problem_message(self, problem):
        return message_for(problem, self.gettext, self.problem_messages)

    def error_response(self, problem, status):
        return json_response({"error": self.problem_message(problem), "field": problem.field}, status)

    def problems_response(self, problems):
        by_field = [
            {"field": problem.field, "message": self.problem_message(problem)} for problem in problems.problems
        ]
        summary = self.ngettext(
            "Please correct {count} problem.", "Please correct {count} problems.", len(by_field)
        ).format(count=len(by_field))
        return json_response({"error": summary, "problems": by_field}, 400)

    def conflict_response(self, stale):
        """409 for a write made from an older version: the same body in every activity."""
        return json_response({
            "error": self.problem_message(stale), "field": stale.field, "conflict": True,
            "version": stale.current, "saved_at": stale.saved_at or None,
        }, 409)

    # ---- grades, completion, events --------------------------------------------------------
    # None of them is sent where the viewer may not write (preview, masquerade): see ``Viewer.may_write``.
    def publish_event(self, action, data):
        if self.viewer.may_write:
            self.runtime.publish(self, f"weerbaar.{self.event_namespace}.{action}", data)

    def publish_grade(self, value, max_value):
        if self.viewer.may_write:
            self.runtime.publish(self, "grade", {"value": value, "max_value": max_value})

    def mark_complete(self):
        if self.viewer.may_write:
            self.emit_completion(1.0)

    def clear_student_state(self, user_id, course_id, item_id, requesting_user_id):  # noqa: ARG002 - LMS's call
        """The LMS's "delete learner state" (``instructor/enrollment.py``): the learner's rows and score go."""
        self.activity_queries.delete_learner(item_id, user_id)
        delete_learner_score(self, user_id)

    # ---- rendering --------------------------------------------------------------------------
    def render_template(self, path, context):
        return loader.render_django_template(path, context, i18n_service=self.i18n_service)

    def build_fragment(self, template, context, *, css=(), js=(), init_fn=None, init_args=None, learner=False):
        """A fragment with the shared assets, this view's own, its JS catalog and init call.

        ``learner``: a learner view, which says so above itself when nothing done in it is saved.
        """
        html = self.render_template(template, dict(context, block=self))
        notice = self.rehearsal_notice() if learner else ""
        if notice:
            html = f'<p class="weerbaar-rehearsal" role="note">{escape(notice)}</p>' + html
        fragment = Fragment(html)
        self.add_assets(fragment, (COMMON_CSS, *css), "text/css")
        self._add_js_catalog(fragment)  # before the scripts that translate
        self.add_assets(fragment, (*COMMON_JS, *js), "application/javascript")
        if init_fn:
            fragment.initialize_js(init_fn, init_args or {})
        return fragment

    # ---- assets: files the browser caches, or inline where the runtime serves none -------------------
    @classmethod
    def open_local_resource(cls, uri):
        """The LMS's and Studio's ``xblock_resource`` view and the workbench's ``package_resource`` call this."""
        return open_package_file(uri, cls.public_dir)

    def asset_url(self, path):
        """The URL of a package file (``static/...``) through the runtime, or None where the runtime has none.

        In the LMS and Studio, ``local_resource_url`` is ``xblock_local_resource_url``
        (``openedx/core/lib/xblock_utils/__init__.py``): with the asset pipeline on, a collected static file
        ``xblock/resources/<package>/<path>`` (hashed name, long cache lifetime, CDN); without it, the
        ``xblock_resource`` view, which calls ``open_local_resource``. The same URL on every page, so the
        browser fetches each file once.
        """
        try:
            return self.runtime.local_resource_url(self, path)
        except NotImplementedError:  # XBlock's base runtime: no resource view
            return None

    def add_assets(self, fragment, paths, mimetype):
        """Each file as a URL of its own, in order; inline in one resource where the runtime serves no files."""
        urls = [self.asset_url(path) for path in paths]
        if all(urls):
            for url in urls:
                fragment.add_resource_url(url, mimetype)
        elif mimetype == "text/css":
            for path in paths:
                fragment.add_css(loader.load_unicode(path))
        else:
            fragment.add_javascript(bundle(paths))

    def author_fragment(self, template, context):
        """Studio's ``author_view``: the author's summary, then the learner view to try, which saves nothing."""
        fragment = self.student_view({})
        summary = self.render_template(template, dict(context, block=self, uid=self.dom_id("wbauthor")))
        label = escape(self.gettext("Try the learner view (nothing is saved)"))
        fragment.content = (
            f'<div class="weerbaar-author">{summary}'
            f'<details class="weerbaar-author-try"><summary>{label}</summary>{fragment.content}</details></div>'
        )
        self.add_assets(fragment, (AUTHOR_CSS,), "text/css")
        return fragment

    def _add_js_catalog(self, fragment):
        service = self.i18n_service
        url_for = getattr(service, "get_javascript_i18n_catalog_url", None)
        url = url_for(self) if callable(url_for) else None
        if url:
            fragment.add_javascript_url(url)
            return
        path = i18n.js_catalog_path(i18n.current_language())
        if path:  # the same URL from every block of an activity: a page loads it once, a repeat view not at all
            self.add_assets(fragment, (path,), "application/javascript")

    def json_for_template(self, value):
        """JSON for a ``<script type="application/json">`` island: safe inside HTML."""
        return (
            json.dumps(value)
            .replace("<", "\\u003c")
            .replace(">", "\\u003e")
            .replace("&", "\\u0026")
        )
