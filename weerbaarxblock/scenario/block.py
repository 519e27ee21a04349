"""Casus: scenario-based situational-judgement exercises with expert keys, feedback and branching.

The block is thin: its rules live in ``rules/`` (scenario model, paths,
scoring, attempts, reports), cross-learner rows in ``queries``, the OLX
in ``olx``. Handlers validate the whole request through the domain
before they assign any field.
"""
from xblock.core import XBlock
from xblock.fields import Boolean, Dict, Float, Integer, List, Scope, String

from weerbaarxblock.core import olx
from weerbaarxblock.core.api import AUTHOR, STAFF, DownloadFile, api, download, file_name
from weerbaarxblock.core.block import WeerbaarBlock, _, authors_only
from weerbaarxblock.core.case_thread import CaseThread
from weerbaarxblock.core.queries import atomic_with_retry, claim_version, iso, now
from weerbaarxblock.core.rules.problems import Problem, ProblemCollector, Problems
from weerbaarxblock.core.rules.shapes import get_int, get_text
from weerbaarxblock.core.rules.spreadsheet import csv_chunks
from weerbaarxblock.core.scoring import Score, ScoredWhenFlagged
from weerbaarxblock.scenario import olx as scenario_olx
from weerbaarxblock.scenario import queries
from weerbaarxblock.scenario.messages import MESSAGES
from weerbaarxblock.scenario.rules import attempts, case_summary, export, model, parts, report, summary, view
from weerbaarxblock.scenario.rules.rescore import rescored_history
from weerbaarxblock.scenario.rules.settings import SETTINGS_DEFAULTS, normalise_settings

LEARNER_CSS = ["static/css/scenario.css"]
LEARNER_JS = [f"static/js/scenario/{name}.js"
              for name in ("rules", "wording", "formats", "learner_parts", "grade_notes", "learner")]
STAFF_JS = ["static/js/scenario/staff.js"]
STUDIO_JS = [f"static/js/scenario/{name}.js" for name in (
    "rules", "wording", "formats", "editor_model", "studio_fields", "studio_situation", "studio_sections", "studio")]

# How the last part of a field path is named in a message shown beside that field.
FIELD_LABELS = {
    "id": _("Id"), "title": _("Title"), "narrative": _("Narrative"), "question": _("Question"),
    "instruction": _("Instruction"),
    "text": _("Text"), "feedback": _("Feedback"), "image_url": _("Image address"),
    "image_alt": _("Alternative text"), "weight": _("Weight"), "next": _("Next step"),
    "introduction": _("Introduction"), "display_name": _("Display name"),
    "justification": _("Justification"), "points": _("Points"), "rating": _("Rating"),
    "options": _("Options"), "situations": _("Situations"), "endings": _("Endings"),
    "competencies": _("Competencies"), "tags": _("Competencies"), "format": _("Response format"),
    "order": _("Order"), "ratings": _("Ratings"), "best": _("Best option"), "worst": _("Worst option"),
    "choice": _("Choice"), "situation": _("Situation"), "answer": _("Answer"),
}


class ScenarioBlock(ScoredWhenFlagged, CaseThread, WeerbaarBlock):
    """Casus: a professional meets realistic situations and chooses what to do; experts' key and reasoning follow."""

    event_namespace = "scenario"
    # Deliberately alike in the three activities: what each tells the shared base about itself.
    problem_messages = MESSAGES
    activity_queries = queries
    icon_class = "problem"

    display_name = String(display_name=_("Display name"), scope=Scope.settings, default="Casus")
    scenario = Dict(display_name=_("Scenario"), scope=Scope.content, default=model.empty_scenario())
    instruction = String(display_name=_("Instruction wording"), scope=Scope.settings, default="should",
                         values=("should", "would"))
    attempts_allowed = Integer(display_name=_("Attempts allowed (0: no limit)"), scope=Scope.settings, default=0)
    allow_back = Boolean(display_name=_("Learners may go back"), scope=Scope.settings, default=False)
    show_peers = Boolean(display_name=_("Show how peers answered"), scope=Scope.settings, default=True)
    peer_minimum = Integer(display_name=_("Peers needed before their answers are shown"), scope=Scope.settings,
                           default=5)
    scored = Boolean(display_name=_("Graded"), scope=Scope.settings, default=True)  # not "graded": see core/scoring
    grading_policy = String(display_name=_("Attempt that counts"), scope=Scope.settings, default="best",
                            values=("best", "last"))
    weight = Float(display_name=_("Problem weight"), scope=Scope.settings, default=1.0)

    attempt = Dict(scope=Scope.user_state, default={})
    history = List(scope=Scope.user_state, default=[])
    attempt_version = Integer(scope=Scope.user_state, default=0)  # a copy for the page; a store row decides

    # ---- content and settings ------------------------------------------------------------------------------
    def current_settings(self):
        return {name: getattr(self, name) for name in SETTINGS_DEFAULTS}

    def clean_scenario(self):
        """The stored scenario, checked; ``None`` while it cannot be played (no situations, or broken)."""
        try:
            scenario = model.normalise_scenario(self.scenario or model.empty_scenario())
        except (Problem, Problems):
            return None
        return scenario

    def scenario_problems(self):
        try:
            model.normalise_scenario(self.scenario or model.empty_scenario())
        except Problems as problems:
            return problems.problems
        except Problem as problem:
            return [problem]
        return []

    def problem_message(self, problem):
        """Messages beside an editor field name it by its label, not by its path."""
        field = problem.field or ""
        last = [part for part in field.split(".") if not part.isdigit()]
        label = FIELD_LABELS.get(last[-1]) if last else None
        shown = Problem(problem.code, field=self.gettext(label) if label else field, **problem.params)
        return super().problem_message(shown)

    # ---- the learner's attempt -------------------------------------------------------------------------------
    def _keys(self):
        return self.course_key, self.usage_key

    def _person(self):
        viewer = self.viewer
        return viewer.learner_id, viewer.display_name

    def current_attempt(self, scenario):
        """The learner's attempt, reconciled with the scenario as the author left it (not saved here)."""
        if not attempts.is_attempt(self.attempt):
            return None
        attempt, _changed = attempts.reconcile(scenario, self.attempt)
        return attempt

    def learner_view(self, scenario, attempt):
        peers = None
        if attempt and attempt.get("phase") == "end" and self.show_peers:
            counts = queries.tallies(self.usage_key, leave_out=self.viewer.learner_id)
            situations = parts.situation_map(scenario)
            peers = {
                step["situation"]: report.peer_distribution(situations[step["situation"]],
                                                         counts.get(step["situation"], {}), self.peer_minimum)
                for step in attempt["steps"] if step["situation"] in situations
            }
        return dict(version=self.attempt_version, **view.learner_state(
            scenario, attempt, self.history, allow_back=self.allow_back, attempts_allowed=self.attempts_allowed,
            policy=self.grading_policy, scored=self.scored, peers=peers,
        ))

    def _playable(self):
        scenario = self.clean_scenario()
        if scenario is None:
            raise Problem("scenario_not_ready")
        return scenario

    def _store(self, data, write=None):
        """Claim the next attempt version and run ``write()`` in one transaction; the new version.

        Every move names the version its page was made from: of two tabs (or a double click) one is refused
        with a 409 and changes nothing. The caller assigns fields only after this returned. A request without a
        version (a page from before versions) is taken as made from the stored copy: a double click is still one.
        """
        sent = get_int(data, "version", minimum=0, required=False, default=self.attempt_version)
        viewer = self.viewer

        def work():
            version, _claimed_at = claim_version(
                self._keys(), viewer.learner_id, sent, code="scenario_stale", mirror=(self.attempt_version, None),
                rehearsal=not viewer.may_write,
            )
            if write is not None:
                write()
            return version

        return atomic_with_retry(work)

    def _finish(self, attempt):
        """The attempt just ended: history, grade (the first finished attempt: ``rules/attempts``), completion."""
        self.history = view.trim_history([*self.history, attempt])  # its row is written by the caller's _store
        grade = attempts.graded_score(self.history, self.grading_policy)
        if self.scored and grade is not None:
            self.publish_score(Score(raw_earned=grade, raw_possible=1.0))
        self.mark_complete()
        self.publish_event("completed", {
            "attempt": attempt["number"], "score": attempt["score"], "ending": attempt.get("ending") or "",
            "path": [step["situation"] for step in attempt["steps"]],
        })

    def _record_case(self, scenario, history):
        """For a reflection linked to the case: the attempt behind the casus's result (``attempts.attempt_shown``),
        in the transaction of the attempt's rows. An older attempt whose answers were trimmed from the history
        keeps the summary written when it was finished; only its score follows a rescore."""
        shown = attempts.attempt_shown(history, self.scored, self.grading_policy)
        if shown is None or not self.case_key:
            return
        if shown.get("steps"):
            rule = attempts.result_rule(history, self.scored, self.grading_policy)
            self.record_case_work(case_summary.summary(scenario, shown, self._export_words(), rule))
            return
        kept = self.kept_case_work()
        if kept and kept.get("attempt") == shown.get("number") and kept.get("score") != shown.get("score"):
            self.record_case_work(dict(kept, score=shown.get("score")))

    @api()
    def start_attempt(self, data):  # noqa: ARG002 - no parameters; not "start": the platform's release date
        """Begin the first attempt (a started attempt is simply returned: reloads are harmless)."""
        scenario = self._playable()
        attempt = self.current_attempt(scenario)
        if attempt is None:
            if not attempts.may_retry(None, self.history, self.attempts_allowed):
                raise Problem("no_attempts_left")
            attempt = attempts.new_attempt(scenario, len(self.history) + 1, iso(now()),
                                           counts=attempts.counts_for_grade(self.history, self.scored))
            self.attempt_version = self._store(data, lambda: queries.record_start(self._keys(), self._person(),
                                                                                  attempt))
            self.attempt = attempt
        return {"state": self.learner_view(scenario, attempt)}

    @api()
    def answer(self, data):
        """Answer the situation on screen: ``{"situation", "answer", "justification"?}``."""
        scenario = self._playable()
        attempt = self.current_attempt(scenario)
        if attempt is None:
            raise Problem("not_on_path", field="situation")
        updated, step = attempts.answer(scenario, attempt, data.get("situation"), data.get("answer"),
                                   data.get("justification"), iso(now()))
        self.guard_privacy([("justification", self.gettext("Justification"), step["justification"] or "")])

        def write():
            queries.record_answer(self._keys(), self._person(), updated, step)
            if updated["finished"]:
                queries.record_finish(self._keys(), self._person(), updated)
                self._record_case(scenario, [*self.history, updated])

        self.attempt_version = self._store(data, write)
        self.attempt = updated
        self.publish_event("answered", {
            "attempt": updated["number"], "situation": step["situation"], "format": step["format"],
            "answer": step["answer"], "score": step["score"],
        })
        if updated["finished"]:
            self._finish(updated)
        return {"state": self.learner_view(scenario, updated)}

    @api()
    def advance(self, data):  # noqa: ARG002 - no parameters
        """From the feedback on to the next situation or the closing screen."""
        scenario = self._playable()
        attempt = self.current_attempt(scenario)
        updated, finished_now = attempts.advance(scenario, attempt, iso(now()))
        def finish():
            queries.record_finish(self._keys(), self._person(), updated)
            self._record_case(scenario, [*self.history, updated])

        self.attempt_version = self._store(data, finish if finished_now else None)
        self.attempt = updated
        if finished_now:
            self._finish(updated)
        return {"state": self.learner_view(scenario, updated)}

    @api()
    def go_back(self, data):  # noqa: ARG002 - no parameters
        """Back to the previous situation, when the author allows it; its answer is withdrawn."""
        scenario = self._playable()
        updated, _withdrawn = attempts.go_back(self.current_attempt(scenario), self.allow_back)
        self.attempt_version = self._store(data, lambda: queries.record_withdrawal(self._keys(), self._person(),
                                                                                   updated))
        self.attempt = updated
        return {"state": self.learner_view(scenario, updated)}

    @api()
    def retry(self, data):  # noqa: ARG002 - no parameters
        """A new attempt after a finished one, within the attempts allowed."""
        scenario = self._playable()
        attempt = self.current_attempt(scenario)
        if attempt is not None and not attempt.get("finished"):
            raise Problem("attempt_in_progress")
        if not attempts.may_retry(attempt, self.history, self.attempts_allowed):
            raise Problem("no_attempts_left")
        fresh = attempts.new_attempt(scenario, len(self.history) + 1, iso(now()),
                                     counts=attempts.counts_for_grade(self.history, self.scored))
        self.attempt_version = self._store(data, lambda: queries.record_start(self._keys(), self._person(), fresh))
        self.attempt = fresh
        self.publish_event("retried", {"attempt": fresh["number"]})
        return {"state": self.learner_view(scenario, fresh)}

    @api()
    def learner_state(self, data):  # noqa: ARG002 - no parameters
        scenario = self._playable()
        return {"state": self.learner_view(scenario, self.current_attempt(scenario))}

    # ---- views -----------------------------------------------------------------------------------------------
    @XBlock.supports("multi_device")
    def student_view(self, context=None):
        scenario = self.clean_scenario()
        viewer = self.viewer
        attempt = self.current_attempt(scenario) if scenario else None
        init = {
            "ready": scenario is not None,
            "instruction": self.instruction,
            "introduction": scenario["introduction"] if scenario else "",
            "state": self.learner_view(scenario, attempt) if scenario else None,
            "signed_in": viewer.is_authenticated,
            "show_peers": self.show_peers,
            "peer_minimum": self.peer_minimum,
            "graded": self.scored,
            "policy": self.grading_policy,
        }
        self.register_case()
        js = list(LEARNER_JS)
        if viewer.is_staff:
            js += STAFF_JS
        context = {
            "title": self.display_name,
            "init_json": self.json_for_template(init),
            "is_staff": viewer.is_staff,
            "problems": [self.problem_message(p) for p in self.scenario_problems()] if viewer.is_staff else [],
            "ready": scenario is not None,
            "report_above": export.REPORT_ABOVE, "uid": self.dom_id("wbscenario"),
        }
        return self.build_fragment("templates/scenario/student.html", context, css=LEARNER_CSS, js=js,
                                   init_fn="WeerbaarScenario", init_args={"staff": viewer.is_staff}, learner=True)

    def student_view_data(self, context=None):
        """For the mobile apps: the public scenario only (no key, no feedback, no branch targets, no user data)."""
        scenario = self.clean_scenario()
        return {
            "display_name": self.display_name,
            "instruction": self.instruction,
            "introduction": scenario["introduction"] if scenario else "",
            "situations": [view.public_situation(s) for s in scenario["situations"]] if scenario else [],
        }

    def author_view(self, context=None):  # noqa: ARG002 - XBlock's signature
        """Studio's preview: formats, situations, whether every expert key is complete, endings; then the casus."""
        facts = summary.summary(self.scenario or model.empty_scenario())
        names = {
            parts.PICK_BEST: self.gettext("Pick the best option"), parts.BEST_WORST: self.gettext("Best and worst"),
            parts.RATE: self.gettext("Rate every option"), parts.RANK: self.gettext("Rank the options"),
        }
        return self.author_fragment("templates/scenario/author.html", {
            "title": self.display_name, "summary": facts,
            "formats": ", ".join(names.get(name, name) for name in facts["formats"]),
            "incomplete": ", ".join(facts["incomplete"]), "endings": ", ".join(facts["endings"]),
            "attempts_allowed": self.attempts_allowed, "graded": self.scored,
        })

    @authors_only
    def studio_view(self, context=None):
        raw = self.scenario or model.empty_scenario()
        init = {
            "display_name": self.display_name,
            "scenario": raw,
            "settings": self.current_settings(),
            "case_key": self.case_key,
            "formats": list(parts.FORMATS),
            "defaults": list(model.DEFAULT_COMPETENCIES),
            "problems": [{"field": p.field, "message": self.problem_message(p)}
                         for p in self.scenario_problems()] if raw.get("situations") else [],
        }
        return self.build_fragment(
            "templates/scenario/studio.html", {"init_json": self.json_for_template(init)},
            css=LEARNER_CSS, js=STUDIO_JS, init_fn="WeerbaarScenarioStudio",
        )

    # ---- staff -----------------------------------------------------------------------------------------------
    def _report_situations(self, scenario):
        rows = report.report(scenario, queries.tallies(self.usage_key))
        situations = parts.situation_map(scenario)
        for row in rows:
            situation = situations[row["situation"]]
            row["title"] = situation["title"] or situation["question"]
            row["question"] = situation["question"]
        return rows

    @api(role=STAFF)
    def staff_report(self, data):
        """Per situation the distribution, mean score and divergence (from the tallies); one page of attempts
        (``{"page"?, "search"?}``: 50 at a time, by learner name, a name search) with path and justifications."""
        page = get_int(data, "page", minimum=1, required=False, default=1)
        search = get_text(data, "search", max_chars=100, required=False).strip()
        scenario = self._playable()
        situations = parts.situation_map(scenario)
        found = queries.attempt_page(self.usage_key, page=page, search=search, named=self.searched_name())
        endings = export.ending_titles(scenario)
        words = self._export_words()
        for item in found["attempts"]:
            del item["id"]
            item["ending_title"] = export.ending_title(endings, item["ending"])
            item["learner_name"] = self.stored_name(item["learner_id"], item["learner_name"])
            for answer in item["answers"]:
                situation = situations.get(answer["situation"])
                answer["title"] = (situation["title"] or situation["question"]) if situation else ""
                answer["removed"] = situation is None
                options = {option["id"]: option["text"] for option in situation["options"]} if situation else {}
                answer["text"] = export.answer_text(answer["format"], answer["answer"], words, options)
        return dict(found, situations=self._report_situations(scenario), search=search,
                    page_size=queries.PAGE_SIZE)

    @download()
    def export_csv(self, query):  # noqa: ARG002 - no parameters
        """Staff download: one row per answer."""
        scenario = self.clean_scenario() or {"situations": []}
        situations = self._export_situations(scenario)
        gettext = self.gettext
        header = [gettext("Learner id"), gettext("Learner"), gettext("Attempt"), gettext("Step"),
                  gettext("Situation id"), gettext("Situation"), gettext("Format"), gettext("Answer"),
                  gettext("Score"), gettext("Justification"), gettext("Withdrawn"), gettext("Answered at"),
                  gettext("Attempt score"), gettext("Ending")]
        # Lazy from the query to the response: attempts are read a chunk at a time and rows made as they are sent.
        # Names come from the rows (stored when the learner answers): no lookup per learner.
        attempts = queries.export_attempts(self.usage_key, pseudonymous=self.show_pseudonyms)
        rows = export.rows(self._named(attempts), situations, self._export_words(),
                           endings=export.ending_titles(scenario))
        return DownloadFile(file_name("casus", self.display_name), "csv", "text/csv", csv_chunks(header, rows))

    @staticmethod
    def _export_situations(scenario):
        """By situation id, its title and its options' texts by id, as the export and the report write them."""
        return {
            item["id"]: {"title": item["title"] or item["question"],
                         "options": {option["id"]: option["text"] for option in item["options"]}}
            for item in scenario["situations"]
        }

    def _named(self, attempts):
        """The attempts with each learner named as staff see them (a pseudonym where the author chose so)."""
        for item in attempts:
            item["learner_name"] = self.stored_name(item["learner_id"], item["learner_name"])
            yield item

    def _export_words(self):
        """The words for answers in the export and the report (``rules/export``), in the reader's language."""
        gettext = self.gettext
        return {
            parts.PICK_BEST: gettext("Pick the best option"),
            parts.BEST_WORST: gettext("Pick the best and the worst option"),
            parts.RATE: gettext("Rate every option (1-5)"), parts.RANK: gettext("Rank all options"),
            "best_and_worst": gettext("best: {best} / worst: {worst}"), "withdrawn": gettext("yes"),
        }

    # ---- Studio ----------------------------------------------------------------------------------------------
    @api(role=AUTHOR)
    def studio_submit(self, data):
        """Save the whole editor form, or nothing: every problem is returned with its field path."""
        privacy_settings = self.parse_privacy_settings(data)
        case_key = self.case_key_from(data)
        display_name, settings, scenario = self.validate_authoring(data, allow_empty=False)
        self.apply_authoring(display_name, settings, scenario)
        self.store_privacy_settings(privacy_settings)
        self.case_key = case_key
        self.register_case(saved=True)
        return {"result": "success"}

    @staticmethod
    def validate_authoring(data, *, allow_empty):
        found = ProblemCollector()
        display_name = found.check(get_text, data, "display_name", max_chars=200)
        settings = found.check(normalise_settings, data.get("settings", {}))
        scenario = found.check(model.normalise_scenario, data.get("scenario"), allow_empty=allow_empty)
        found.raise_any()
        return display_name, settings, scenario

    def apply_authoring(self, display_name, settings, scenario):
        self.display_name = display_name
        for name, value in settings.items():
            setattr(self, name, value)
        self.scenario = scenario

    # ---- OLX -------------------------------------------------------------------------------------------------
    @classmethod
    def parse_xml(cls, node, runtime, keys):
        olx.check_document(node)  # any DOCTYPE refused: nothing a parser expanded is read
        block = runtime.construct_xblock_from_class(cls, keys)
        data = scenario_olx.to_data(node, block.display_name)
        block.apply_authoring(*cls.validate_authoring(data, allow_empty=True))
        read = olx.attributes_read(node, scenario_olx.COVERED_FIELDS, scenario_olx.LEGACY_NAMES)
        olx.read_other_fields(block, node, read)
        block.register_case()  # imported or pasted: a reflection can point to it before anyone opens it
        return block

    def add_xml_to_node(self, node):
        scenario = self.clean_scenario() or self.scenario or model.empty_scenario()
        scenario_olx.write(node, self.scope_ids.block_type, self.display_name, self.current_settings(), scenario)
        node.set("xblock-family", self.entry_point)
        olx.write_other_fields(self, node, scenario_olx.COVERED_FIELDS)

    # ---- the LMS's instructor tools: rescoring, overrides (core/scoring.py), deleting a learner's state --------
    def has_submitted_answer(self):
        return any(item.get("finished") for item in self.history)

    def calculate_score(self):
        """The grade as the current key gives it: every finished attempt re-scored, then the one that counts."""
        scenario = self.clean_scenario()
        history = rescored_history(scenario, self.history) if scenario else self.history
        return Score(raw_earned=attempts.graded_score(history, self.grading_policy) or 0.0, raw_possible=1.0)

    def after_rescore(self):
        scenario = self.clean_scenario()
        if scenario is None:
            return
        self.history = rescored_history(scenario, self.history)
        queries.record_scores(self.usage_key, self.viewer.learner_id, self.history)
        self._record_case(scenario, self.history)  # a linked reflection shows the scores the casus shows

    # ---- reports ---------------------------------------------------------------------------------------------
    def generate_report_data(self, user_state_iterator, limit_responses=None):
        """Rows for the instructor dashboard's problem-responses report, where a large class's answers go: one per
        answer with what a row of the CSV export carries (``rules/export.report_row``), taken-back answers too."""
        scenario = self.clean_scenario() or {"situations": []}
        situations, words = self._export_situations(scenario), self._export_words()
        endings = export.ending_titles(scenario)

        def rows_for(learner_id, _state):
            attempts = queries.learner_attempts(self.usage_key, learner_id) if learner_id else []
            return (export.report_row(cells) for cells in export.rows(attempts, situations, words, endings=endings))

        return self.report_rows(user_state_iterator, rows_for, limit_responses)

    @staticmethod
    def workbench_scenarios():
        from weerbaarxblock.demo.outline import workbench_scenarios  # noqa: PLC0415 - the demo course's content

        return workbench_scenarios("weerbaar_scenario")
