"""Reflectiejournaal: guided reflection with drafts, submission and instructor review.

The class only connects the platform to the rules: it reads requests, asks
``rules/`` whether they are valid, stores through
``queries`` and publishes events, completion and grades.

Storage: the learner's draft (answers, version, time) is ``user_state``; from
the first saved draft on, ``ReflectionEntry`` holds a summary row (status,
word count, date, name) so instructors see learners who only have a draft.
Submissions, versions and reviews live in the models.

Privacy: every save and submission answers, per question, which kinds of
client identifier (BSN, IBAN, phone number...) the text seems to contain, with
a warning sentence (``privacy``); the learner is warned, never
stopped, and neither responses nor events repeat what was found.
"""
import dataclasses

from xblock.core import XBlock
from xblock.fields import Boolean, Dict, Float, Integer, List, Scope, String

from weerbaarxblock.core import case_queries, olx
from weerbaarxblock.core.api import AUTHOR, LEARNER, STAFF, DownloadFile, api, download, file_name
from weerbaarxblock.core.block import WeerbaarBlock, _, authors_only
from weerbaarxblock.core.case_thread import CaseThread
from weerbaarxblock.core.queries import atomic_with_retry, claim_version, iso, now
from weerbaarxblock.core.rules.case_thread import parse_case_key
from weerbaarxblock.core.rules.problems import Problem, Problems, StaleVersion
from weerbaarxblock.core.rules.shapes import get_int
from weerbaarxblock.core.rules.spreadsheet import csv_chunks
from weerbaarxblock.reflection import olx as reflection_olx
from weerbaarxblock.reflection import queries
from weerbaarxblock.reflection.grades import learner_grader
from weerbaarxblock.reflection.messages import MESSAGES
from weerbaarxblock.reflection.privacy import privacy_report
from weerbaarxblock.reflection.rules import config as rules
from weerbaarxblock.reflection.rules import entries, export, removed
from weerbaarxblock.reflection.rules.events import draft_event_due
from weerbaarxblock.reflection.rules.report import learner_rows

CONFIG_FIELDS = (
    "display_name", "introduction", "privacy_note", "mode", "may_edit_after_submit", "may_revise_after_feedback",
    "review", "grading", "max_points", "prompts", "rubric",
)
DEFAULT_PROMPTS = [
    {
        "id": "p1",
        "question": "Welke kwaliteiten en valkuilen zie je bij jezelf in je werk?",
        "guidance": "",
        "required": True,
        "min_words": None,
        "max_words": None,
    }
]
CSS = ["static/css/reflection.css"]
# The learner view's modules, in load order (journal.js defines the init function).
LEARNER_JS = [f"static/js/reflection/{name}.js" for name in ("words", "prompts", "entries", "saving", "journal")]
STAFF_JS = [f"static/js/reflection/{name}.js" for name in ("staff_review", "case_thread", "staff")]


class ReflectionBlock(CaseThread, WeerbaarBlock):
    """A learner reflects on their own qualities and pitfalls; instructors answer."""

    event_namespace = "reflection"
    # Deliberately alike in the three activities: what each tells the shared base about itself.
    problem_messages = MESSAGES
    activity_queries = queries

    # ---- the author's settings ----------------------------------------------------------------
    display_name = String(display_name=_("Display name"), scope=Scope.settings, default="Reflectiejournaal")
    introduction = String(display_name=_("Introduction"), scope=Scope.content, default="")
    privacy_note = String(
        display_name=_("Privacy note"),
        scope=Scope.content,
        default="Wat je hier schrijft, zien alleen jij en de docenten van deze cursus.",
    )
    prompts = List(display_name=_("Questions"), scope=Scope.content, default=DEFAULT_PROMPTS)
    rubric = List(display_name=_("Rubric"), scope=Scope.content, default=[])
    removed_prompts = Dict(scope=Scope.content, default={})  # {prompt id: question} of removed questions
    mode = String(display_name=_("Mode"), scope=Scope.settings, default=rules.SINGLE)
    may_edit_after_submit = Boolean(display_name=_("Learners may change a submitted entry"), scope=Scope.settings,
                                    default=False)
    may_revise_after_feedback = Boolean(display_name=_("Learners may revise after feedback"), scope=Scope.settings,
                                        default=True)
    review = String(display_name=_("Review"), scope=Scope.settings, default=rules.REVIEW_INSTRUCTOR)
    grading = String(display_name=_("Grading"), scope=Scope.settings, default=rules.GRADING_NONE)
    max_points = Integer(display_name=_("Maximum score"), scope=Scope.settings, default=None)
    weight = Float(display_name=_("Problem weight"), scope=Scope.settings, default=1.0)

    # ---- the learner's own state -----------------------------------------------------------------
    draft_answers = Dict(scope=Scope.user_state, default={})
    draft_entry = Integer(scope=Scope.user_state, default=1)
    draft_version = Integer(scope=Scope.user_state, default=0)
    draft_saved_at = String(scope=Scope.user_state, default="")
    feedback_seen = Integer(scope=Scope.user_state, default=0)  # id of the newest review the learner has seen
    privacy_scans = Dict(scope=Scope.user_state, default={})  # {prompt id: [text fingerprint, kinds]}: no rescans
    staff_hide_names = Boolean(scope=Scope.user_state, default=False)  # the instructor's pseudonym switch
    draft_event_at = String(scope=Scope.user_state, default="")  # the last draft_saved event (rules/events.py)

    @property
    def config(self):
        """The author's settings as a frozen ``Config``, from the fields without copying them (``stored_value``)."""
        return rules.Config.from_stored({name: self.stored_value(name) for name in CONFIG_FIELDS})

    def _store_config(self, config):
        for name, value in config.to_dict().items():
            setattr(self, name, value)

    @property
    def has_score(self):
        return self.config.has_score

    def max_score(self):
        return self.config.possible_points

    @property
    def _keys(self):
        return self.course_key, self.usage_key

    def _person(self):
        viewer = self.viewer
        return viewer.learner_id, viewer.display_name, export.pseudonym(viewer.learner_id, self.usage_key)

    # ---- views --------------------------------------------------------------------------------------
    @XBlock.supports("multi_device")
    def student_view(self, context=None):
        config = self.config
        viewer = self.viewer
        state = self._learner_state(config) if viewer.is_authenticated else None  # preview: nothing is stored
        staff = viewer.is_staff
        self.register_case()
        cases = self._case_views(config, viewer.learner_id) if state else {}
        prompts = [
            dict(prompt.to_dict(), answer=(state or {}).get("answers", {}).get(prompt.id, ""),
                 limits=self._limits_text(prompt), case_html=cases.get(prompt.case_key, ""),
                 privacy_warning=(state or {}).get("privacy", {}).get(prompt.id, {}).get("warning", ""))
            for prompt in config.prompts
        ]
        fragment = self.build_fragment(
            "templates/reflection/student.html",
            {
                "uid": self._uid(),
                "config": config,
                "prompts": prompts,
                "state": state,
                "state_json": self.json_for_template(state),
            },
            css=CSS,
            js=LEARNER_JS + (STAFF_JS if staff else []),
            init_fn="WeerbaarReflection",
            learner=True,
        )
        if staff:  # the review tools come first: staff come to review, their own learner form follows
            fragment.content = self.render_template("templates/reflection/staff.html", {
                "block": self, "uid": self._uid(), "config": config, "hide_names": self.staff_hide_names,
                "cases": self._linked_cases(config), "report_above": export.REPORT_ABOVE,
                "statuses": self._status_labels(), "page_size": entries.PAGE_SIZE,
                "config_json": self.json_for_template(self._staff_config(config)),
            }) + fragment.content
        return fragment

    def author_view(self, context=None):  # noqa: ARG002 - XBlock's signature
        """Studio's preview: the questions with their limits, mode, review and grading; then the learner view."""
        config = self.config
        modes = {rules.SINGLE: self.gettext("One entry"), rules.JOURNAL: self.gettext("Journal of several entries")}
        reviews = {rules.REVIEW_OFF: self.gettext("No review"),
                   rules.REVIEW_INSTRUCTOR: self.gettext("Instructors review entries and give feedback")}
        gradings = {rules.GRADING_NONE: self.gettext("Not graded"),
                    rules.GRADING_COMPLETE: self.gettext("Full marks on submission"),
                    rules.GRADING_SCORED: self.gettext("Scored by the instructor")}
        linked = self._linked_cases(config)
        activities = {key: [] for key in linked}
        for block in case_queries.case_blocks(self.course_key, linked) if linked else []:
            if block["activity"] != self.event_namespace:
                activities[block["case_key"]].append(block["title"])
        prompts = [
            {"question": prompt.question,
             "details": ", ".join(text for text in (
                 self.gettext("required") if prompt.required else "", self._limits_text(prompt)) if text),
             "case_key": prompt.case_key, "case_activities": ", ".join(activities.get(prompt.case_key, []))}
            for prompt in config.prompts
        ]
        return self.author_fragment("templates/reflection/author.html", {
            "title": config.display_name, "mode": modes.get(config.mode, config.mode),
            "review": reviews.get(config.review, config.review),
            "grading": gradings.get(config.grading, config.grading), "prompts": prompts,
        })

    @authors_only
    def studio_view(self, context=None):
        config = self.config
        return self.build_fragment(
            "templates/reflection/studio.html",
            {"uid": self._uid(), "config": config, "case_key": self.case_key,
             "config_json": self.json_for_template(config.to_dict())},
            css=CSS,
            js=["static/js/reflection/studio.js"],
            init_fn="WeerbaarReflectionStudio",
        )

    def student_view_data(self, context=None):
        """For the mobile apps: the activity's questions and limits, nothing about any learner."""
        config = self.config
        return {
            "display_name": config.display_name,
            "introduction": config.introduction,
            "privacy_note": config.privacy_note,
            "mode": config.mode,
            "max_characters": entries.ANSWER_MAX_CHARS,
            "prompts": [prompt.to_dict() for prompt in config.prompts],
        }

    def _uid(self):
        return self.dom_id("wr")

    # ---- the case thread: the learner's own work on a linked case, read from the store only ----------------------
    @staticmethod
    def _linked_cases(config):
        return sorted({prompt.case_key for prompt in config.prompts if prompt.case_key})

    def _case_views(self, config, learner_id):
        """{case key: the summary shown above each prompt linked to it}, as HTML with every text escaped."""
        threads = self.case_thread(self._linked_cases(config), learner_id)
        return {
            key: self.render_template("templates/reflection/case_thread.html", {
                "uid": f"{self._uid()}-case-{index}", "items": items,
                "pending": [item for item in items if not item["done"]],
            })
            for index, (key, items) in enumerate(threads.items())
        }

    def _limits_text(self, prompt):
        low, high = prompt.min_words, prompt.max_words
        if low and high:
            return self.gettext("Write {min} to {max} words.").format(min=low, max=high)
        if low:
            return self.ngettext("Write at least {min} word.", "Write at least {min} words.", low).format(min=low)
        if high:
            return self.ngettext("At most {max} word.", "At most {max} words.", high).format(max=high)
        return ""

    def _status_labels(self):
        return [
            (entries.DRAFT, self.gettext("Draft")),
            (entries.SUBMITTED, self.gettext("Submitted")),
            (entries.REVIEWED, self.gettext("Reviewed")),
            (entries.CHANGED, self.gettext("Changed after feedback")),
        ]

    def _staff_config(self, config):
        return {
            "prompts": [{"id": p.id, "question": p.question} for p in config.prompts],
            "rubric": [c.to_dict() for c in config.rubric],
            "scored": config.scored,
            "max_points": config.max_points,
            "reviewed": config.reviewed,
            "journal": config.journal,
            "statuses": dict(self._status_labels()),
        }

    def _learner_state(self, config, stored=None):
        """What the learner's page needs: the current entry, its draft and feedback, earlier entries.

        ``stored``: the learner's entries (``queries.learner_entries``) when the caller has them already.
        """
        viewer = self.viewer
        if stored is None:
            stored = queries.learner_entries(self.usage_key, viewer.learner_id)
        latest = stored[-1] if stored else None
        number = latest["number"] if latest else 1
        status = latest["status"] if latest else None
        if self.draft_entry == number and self.draft_answers:
            source = self.draft_answers
        else:
            source = latest["answers"] if latest else {}
        reviews = [review for entry in stored for review in entry["reviews"]]
        newest_review = max((review["review_id"] for review in reviews), default=0)
        answers = {prompt.id: source.get(prompt.id, "") for prompt in config.prompts}
        kept = removed.shown(removed.kept_answers(config.prompts, source), self.removed_prompts)
        return {
            "entry": number,
            "status": status,
            "version": self.draft_version,
            "saved_at": self.draft_saved_at or None,
            "submitted_at": latest["submitted_at"] if latest else None,
            "answers": answers,
            "removed": kept,  # answers to questions the author removed: read-only, never dropped
            "privacy": privacy_report(answers, self.gettext, self.privacy_scans)[0],
            "editable": entries.may_edit(status, config),
            "can_start_new": config.journal and status not in (None, entries.DRAFT),
            "reviews": latest["reviews"] if latest else [],
            "history": [self._history_item(entry) for entry in stored[:-1]] if config.journal else [],
            "feedback_seen": self.feedback_seen,
            "newest_review": newest_review,
            "journal": config.journal,
            "may_edit_after_submit": config.may_edit_after_submit,
            "may_revise_after_feedback": config.may_revise_after_feedback,
            "reviewed": config.reviewed,
            "prompts": [
                {"id": p.id, "question": p.question, "required": p.required, "min": p.min_words, "max": p.max_words}
                for p in config.prompts
            ],
            "max_chars": entries.ANSWER_MAX_CHARS,
            "storage_key": f"weerbaar-reflection:{self.usage_key}:{viewer.learner_id}",
        }

    def _with_kept(self, config, write):
        """The write's answers plus the stored answers of the same entry to questions the author removed."""
        if self.draft_entry == write.entry and self.draft_answers:
            stored = self.draft_answers
        else:
            stored_entries = queries.learner_entries(self.usage_key, self.viewer.learner_id)
            stored = next((entry["answers"] for entry in stored_entries if entry["number"] == write.entry), {})
        return removed.with_kept(config.prompts, write.answers, stored)

    @staticmethod
    def _history_item(entry):
        return {key: entry[key] for key in ("number", "status", "submitted_at", "answers", "reviews")}

    # ---- learner handlers -----------------------------------------------------------------------------
    def _claim(self, write, stale_code):
        """(new version, claimed at): first in the transaction of a write (``StaleVersion`` with ``stale_code`` when
        another tab was first), so that the entries read after it cannot change under this request."""
        return claim_version(
            self._keys, self.viewer.learner_id, write.version, code=stale_code,
            mirror=(self.draft_version, self.draft_saved_at), rehearsal=not self.viewer.may_write,
        )

    def _claimed_write(self, config, write):
        """(new version, claimed at, latest entry number, its status) once ``write`` may go ahead; in the
        transaction of the write."""
        version, claimed_at = self._claim(write, "refl_stale_draft")
        number, status = queries.latest_entry(self.usage_key, self.viewer.learner_id)
        entries.check_target(config, write.entry, number, status)
        return version, claimed_at, number, status

    def _learner_write(self, data):
        """(config, the checked write, its answers with those to removed questions kept, words per answer)."""
        config = self.config
        write = entries.parse_write(config.prompts, data)
        self.guard_privacy([(f"answers.{prompt.id}", prompt.question, write.answers.get(prompt.id) or "")
                            for prompt in config.prompts])
        return config, write, self._with_kept(config, write), entries.word_counts(write.answers)

    @api(role=LEARNER)
    def save_draft(self, data):
        """Autosave: store the draft if the page still has the newest version; 409 when it has not."""
        config, write, answers, counts = self._learner_write(data)
        words = sum(counts.values())

        def store():
            version, claimed_at, number, status = self._claimed_write(config, write)
            if write.entry > number or status == entries.DRAFT:
                return version, queries.save_draft_summary(self._keys, self._person(), write.entry, words)
            return version, claimed_at  # editing a submitted entry: what staff see stays as submitted

        version, saved_at = atomic_with_retry(store)
        self.draft_answers = answers
        self.draft_entry = write.entry
        self.draft_version = version
        self.draft_saved_at = saved_at
        privacy, self.privacy_scans = privacy_report(write.answers, self.gettext, self.privacy_scans)
        moment = now()
        if draft_event_due(self.draft_event_at, moment):  # autosave runs every few seconds; the log needs less
            self.draft_event_at = iso(moment)
            self.publish_event("draft_saved", {"entry": write.entry, "version": self.draft_version,
                                               "word_count": words})
        return {
            "version": self.draft_version,
            "saved_at": saved_at,
            "word_counts": counts,
            "privacy": privacy,  # a warning only: the draft is saved anyway
        }

    @api(role=LEARNER)
    def submit(self, data):
        config, write, answers, counts = self._learner_write(data)
        words = sum(counts.values())

        def store():
            version, _claimed_at = self._claim(write, "refl_stale_submit")
            stored = queries.learner_entries(self.usage_key, self.viewer.learner_id, locked=True)  # also the answer
            number, status = (stored[-1]["number"], stored[-1]["status"]) if stored else (0, None)
            entries.check_target(config, write.entry, number, status)
            entries.check_limits(config.prompts, write.answers, counts)
            entries.status_after_submit(status if write.entry == number else None, config)
            submitted_before = number > 1 or status not in (None, entries.DRAFT)
            rows = {entry["number"]: entry.pop("row") for entry in stored}
            return version, submitted_before, stored, queries.submit_entry(
                self._keys, self._person(), write.entry, answers, words,
                lambda previous: entries.status_after_submit(previous, config), locked_row=rows.get(write.entry),
            )

        version, submitted_before, stored, result = atomic_with_retry(store)
        self.draft_answers = answers
        self.draft_entry = write.entry
        self.draft_version = version
        self.draft_saved_at = result["submitted_at"]
        _report, self.privacy_scans = privacy_report(write.answers, self.gettext, self.privacy_scans)  # one scan
        if not submitted_before:  # complete since the learner's first submission (their rows go with a reset)
            self.mark_complete()
        if config.grading == rules.GRADING_COMPLETE:
            self.publish_grade(1, 1)
        self.publish_event("submitted", {
            "entry": write.entry, "version": result["version"], "status": result["status"], "word_count": words,
        })
        state = self._learner_state(config, entries.with_submitted(stored, result))
        return {"state": state, "privacy": state["privacy"]}

    @api(role=LEARNER)
    def mark_feedback_seen(self, data):
        review_id = get_int(data, "review_id", minimum=1)
        if not queries.mark_reviews_seen(self.usage_key, self.viewer.learner_id, review_id):
            raise Problem("refl_unknown_review", field="review_id")
        if review_id > self.feedback_seen:
            self.feedback_seen = review_id
        self.publish_event("feedback_viewed", {"review_id": review_id})
        return {"feedback_seen": self.feedback_seen}

    # ---- staff handlers -------------------------------------------------------------------------------
    @api(role=STAFF)
    def review_list(self, data):
        query = entries.parse_list_query(data)
        if self.show_pseudonyms:  # the author's choice: names stay hidden whatever the instructor's switch says
            query = dataclasses.replace(query, hide_names=True)
        case = parse_case_key(data.get("case"), "case")
        if case and case not in self._linked_cases(self.config):
            raise Problem("unknown_choice", field="case", value=case)
        learners = case_queries.learners_with_work(self.course_key, case) if case else None
        page = queries.review_page(self.usage_key, query, entries.PAGE_SIZE, learners=learners)
        if query.hide_names != self.staff_hide_names:
            self.staff_hide_names = query.hide_names
        return dict(page, page=query.page, pages=entries.page_count(page["total"]), page_size=entries.PAGE_SIZE,
                    hide_names=query.hide_names)

    @api(role=STAFF)
    def review_entry(self, data):
        entry_id = get_int(data, "entry_id", minimum=1)
        detail = queries.entry_detail(self.usage_key, entry_id)
        if detail is None:
            raise Problem("refl_unknown_entry", field="entry_id")
        hidden = self.staff_hide_names or self.show_pseudonyms
        detail["case_work"] = self.case_thread(self._linked_cases(self.config), detail["learner_id"])
        detail["name"] = detail["pseudonym"] if hidden else detail["learner_name"] or detail["learner_id"]
        for key in ("learner_id", "learner_name", "pseudonym"):
            detail.pop(key)
        detail["hide_names"] = hidden
        return {"entry": detail}

    @api(role=STAFF)
    def save_review(self, data):
        config = self.config
        if not config.reviewed:
            raise Problem("refl_review_off")
        review = entries.parse_review(config, data)
        grade = None
        if config.scored:  # refused before anything is stored when the score cannot reach the learner
            learner_id = queries.entry_learner(self.usage_key, review.entry_id)
            if learner_id is None:
                raise Problem("refl_unknown_entry", field="entry_id")
            grade = learner_grader(self, learner_id)
        viewer = self.viewer
        result, code = atomic_with_retry(lambda: queries.add_review(
            self.usage_key, review, (viewer.learner_id, viewer.display_name),
            lambda status: entries.status_after_review(status, config),
        ))
        if code == "stale_review":  # the learner resubmitted while the instructor read: a conflict, like two tabs
            raise StaleVersion("refl_stale_review", result["version"])
        if code:
            raise Problem(f"refl_{code}", field="entry_id")
        if grade is not None:
            grade(review.points, review.max_points)
        self.publish_event("reviewed", {
            "entry_id": review.entry_id, "version": review.version, "review_id": result["review_id"],
            "points": review.points, "max_points": review.max_points,
        })
        return {"review_id": result["review_id"], "status": result["status"]}

    @download()
    def export_csv(self, query):
        """All entries, feedback and scores as CSV; ``?names=hidden`` puts pseudonyms in place of names."""
        hide_names = query.get("names") == "hidden" or self.show_pseudonyms
        config = self.config
        labels = {
            "learner": self.gettext("Learner"), "entry": self.gettext("Entry"), "status": self.gettext("Status"),
            "submitted_at": self.gettext("Submitted at"), "version": self.gettext("Version"),
            "words": self.gettext("Words"), "feedback": self.gettext("Feedback"), "points": self.gettext("Score"),
            "max_points": self.gettext("Maximum score"), "reviewed_at": self.gettext("Reviewed at"),
            "reviewer": self.gettext("Reviewer"),
        }
        status_labels = dict(self._status_labels())
        gone = removed.export_columns(config.prompts, self.removed_prompts,
                                      queries.answered_prompt_ids(self.usage_key))
        rows = (
            export.row(entry, config.prompts, config.rubric, status_labels, gone)
            for entry in queries.export_rows(self.usage_key, hide_names)
        )
        header = export.header(labels, config.prompts, config.rubric, gone)
        name = file_name("reflectiejournaal", self.display_name)
        return DownloadFile(name, "csv", "text/csv", csv_chunks(header, rows))

    # ---- the LMS's instructor tools and reports -----------------------------------------------------------------
    # Not rescorable (no ``rescore``/``set_score``): the score is the instructor's review, nothing to recompute.
    def generate_report_data(self, user_state_iterator, limit_responses=None):
        """Rows for the problem-responses report: per learner each entry as the CSV export has it (rules/report)."""
        prompts = self.config.prompts

        def rows_for(learner_id, state):
            stored = queries.learner_entries(self.usage_key, learner_id) if learner_id else []
            return learner_rows(prompts, stored, state, self.removed_prompts)

        return self.report_rows(user_state_iterator, rows_for, limit_responses)

    # ---- the author's editor ----------------------------------------------------------------------------
    @api(role=AUTHOR)
    def studio_submit(self, data):
        privacy_settings = self.parse_privacy_settings(data)
        case_key = self.case_key_from(data)
        config = rules.parse_config(data)
        if queries.anyone_started(self.usage_key):  # before learners begin, removed questions need no record
            gone = removed.remember(self.config.prompts, config.prompts, self.removed_prompts)
            if gone != self.removed_prompts:
                self.removed_prompts = gone
        self._store_config(config)
        self.store_privacy_settings(privacy_settings)
        self.case_key = case_key
        self.register_case(saved=True)
        return {"result": "success", "config": config.to_dict()}

    # ---- OLX ----------------------------------------------------------------------------------------------
    @classmethod
    def parse_xml(cls, node, runtime, keys, *args, **kwargs):  # noqa: ARG003 - older runtimes pass id_generator
        olx.check_document(node)  # any DOCTYPE refused: nothing a parser expanded is read
        block = runtime.construct_xblock_from_class(cls, keys)
        payload = reflection_olx.payload_from_node(node, block.config.to_dict())
        try:
            config = rules.parse_config(payload)
        except Problems as problems:
            detail = "; ".join(f"{problem.field}: {problem.code}" for problem in problems.problems)
            raise Problem("xml_invalid", detail=detail) from problems
        block._store_config(config)
        olx.read_other_fields(block, node, olx.attributes_read(node, (*reflection_olx.OWN_ATTRIBUTES, *CONFIG_FIELDS)))
        block.register_case()  # imported or pasted: a reflection can point to it before anyone opens it
        return block

    def add_xml_to_node(self, node):
        node.tag = self.xml_element_name()
        node.set("xblock-family", self.entry_point)
        reflection_olx.write_config(node, self.config)
        olx.write_other_fields(self, node, CONFIG_FIELDS)

    # ---- the demo course ------------------------------------------------------------------------------------
    @staticmethod
    def workbench_scenarios():
        from weerbaarxblock.demo.outline import workbench_scenarios  # noqa: PLC0415 - the demo course's content

        return workbench_scenarios("weerbaar_reflection")

