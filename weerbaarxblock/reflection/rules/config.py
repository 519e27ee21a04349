"""Reflectiejournaal settings: the author's configuration and the checks an edit must pass.

The configuration is plain JSON-able data, stored in the block's content and
settings fields and exported as readable OLX::

    {"display_name": str, "introduction": str, "privacy_note": str,
     "mode": "single" | "journal",
     "may_edit_after_submit": bool, "may_revise_after_feedback": bool,
     "review": "off" | "instructor",
     "grading": "none" | "complete" | "scored",
     "max_points": int | None,                    # instructor-scored only
     "prompts": [{"id", "question", "guidance", "required", "min_words", "max_words", "case_key"}],
     "rubric": [{"id", "label", "levels": [{"id", "label", "points"}]}]}

``parse_config`` returns a ``Config`` or raises ``Problems`` whose ``field`` is
a dotted path into the editor's form (``prompts.1.max_words``,
``rubric.0.levels``), so that every message can be shown beside its field and
nothing is stored while anything is wrong. ``Config.from_stored`` reads what
the fields hold without judging it (the block only stores validated data).

Word counting lives in ``reflection_words``; the rules for learners' entries
(limits, statuses, versions, reviews) in ``entries``; the export and
pseudonyms in ``reflection_export``.
"""
import re
from dataclasses import dataclass

from weerbaarxblock.core.rules.case_thread import parse_case_key
from weerbaarxblock.core.rules.problems import Problem, ProblemCollector
from weerbaarxblock.core.rules.shapes import get_bool, get_choice, get_list, get_text, require_object

SINGLE = "single"
JOURNAL = "journal"
MODES = (SINGLE, JOURNAL)

REVIEW_OFF = "off"
REVIEW_INSTRUCTOR = "instructor"
REVIEW_CHOICES = (REVIEW_OFF, REVIEW_INSTRUCTOR)

GRADING_NONE = "none"
GRADING_COMPLETE = "complete"  # full marks when the learner submits
GRADING_SCORED = "scored"  # the instructor gives points, optionally through a rubric
GRADING_CHOICES = (GRADING_NONE, GRADING_COMPLETE, GRADING_SCORED)

MAX_PROMPTS = 10
MAX_WORD_LIMIT = 10_000
MAX_POINTS = 1000
MAX_CRITERIA = 10
MAX_LEVELS = 6
MAX_LEVEL_POINTS = 100
TITLE_MAX_CHARS = 200
INTRODUCTION_MAX_CHARS = 5000
QUESTION_MAX_CHARS = 1000
GUIDANCE_MAX_CHARS = 3000
PRIVACY_MAX_CHARS = 2000
LABEL_MAX_CHARS = 300

_XML_INVALID = re.compile("[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff]")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")


@dataclass(frozen=True)
class Prompt:
    id: str
    question: str
    guidance: str = ""
    required: bool = True
    min_words: int | None = None
    max_words: int | None = None
    case_key: str = ""  # linked to this case: the learner's own work on it is shown above the question

    def to_dict(self):
        return {
            "id": self.id,
            "question": self.question,
            "guidance": self.guidance,
            "required": self.required,
            "min_words": self.min_words,
            "max_words": self.max_words,
            "case_key": self.case_key,
        }

    @classmethod
    def from_stored(cls, stored):
        return cls(
            id=str(stored.get("id", "")),
            question=stored.get("question") or "",
            guidance=stored.get("guidance") or "",
            required=bool(stored.get("required", True)),
            min_words=stored.get("min_words"),
            max_words=stored.get("max_words"),
            case_key=stored.get("case_key") or "",
        )


@dataclass(frozen=True)
class Level:
    id: str
    label: str
    points: int

    def to_dict(self):
        return {"id": self.id, "label": self.label, "points": self.points}

    @classmethod
    def from_stored(cls, stored):
        return cls(id=str(stored.get("id", "")), label=stored.get("label") or "", points=stored.get("points", 0))


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    levels: tuple

    @property
    def max_points(self):
        return max((level.points for level in self.levels), default=0)

    def level(self, level_id):
        return next((level for level in self.levels if level.id == level_id), None)

    def to_dict(self):
        return {"id": self.id, "label": self.label, "levels": [level.to_dict() for level in self.levels]}

    @classmethod
    def from_stored(cls, stored):
        return cls(
            id=str(stored.get("id", "")),
            label=stored.get("label") or "",
            levels=_from_stored_list(Level, stored.get("levels")),
        )


@dataclass(frozen=True)
class Config:
    display_name: str
    introduction: str
    privacy_note: str
    mode: str
    may_edit_after_submit: bool
    may_revise_after_feedback: bool
    review: str
    grading: str
    max_points: int | None
    prompts: tuple
    rubric: tuple

    @property
    def journal(self):
        return self.mode == JOURNAL

    @property
    def reviewed(self):
        return self.review == REVIEW_INSTRUCTOR

    @property
    def scored(self):
        return self.grading == GRADING_SCORED

    @property
    def has_score(self):
        return self.grading != GRADING_NONE

    @property
    def possible_points(self):
        """The maximum grade: 1 for complete-on-submit, the points for instructor-scored, else None."""
        if self.grading == GRADING_COMPLETE:
            return 1
        if self.scored:
            return self.max_points
        return None

    def prompt(self, prompt_id):
        return next((prompt for prompt in self.prompts if prompt.id == prompt_id), None)

    def criterion(self, criterion_id):
        return next((criterion for criterion in self.rubric if criterion.id == criterion_id), None)

    def to_dict(self):
        return {
            "display_name": self.display_name,
            "introduction": self.introduction,
            "privacy_note": self.privacy_note,
            "mode": self.mode,
            "may_edit_after_submit": self.may_edit_after_submit,
            "may_revise_after_feedback": self.may_revise_after_feedback,
            "review": self.review,
            "grading": self.grading,
            "max_points": self.max_points,
            "prompts": [prompt.to_dict() for prompt in self.prompts],
            "rubric": [criterion.to_dict() for criterion in self.rubric],
        }

    @classmethod
    def from_stored(cls, stored):
        """A Config from field values as stored (already validated when they were saved)."""
        return cls(
            display_name=stored.get("display_name") or "",
            introduction=stored.get("introduction") or "",
            privacy_note=stored.get("privacy_note") or "",
            mode=stored.get("mode") if stored.get("mode") in MODES else SINGLE,
            may_edit_after_submit=bool(stored.get("may_edit_after_submit")),
            may_revise_after_feedback=bool(stored.get("may_revise_after_feedback")),
            review=stored.get("review") if stored.get("review") in REVIEW_CHOICES else REVIEW_OFF,
            grading=stored.get("grading") if stored.get("grading") in GRADING_CHOICES else GRADING_NONE,
            max_points=stored.get("max_points"),
            prompts=_from_stored_list(Prompt, stored.get("prompts")),
            rubric=_from_stored_list(Criterion, stored.get("rubric")),
        )


def _from_stored_list(kind, items):
    """A tuple of ``kind`` from a stored list; anything that is not an object is skipped."""
    return tuple(kind.from_stored(item) for item in items or () if isinstance(item, dict))


# ---- validation of the editor's payload -------------------------------------------------------


def parse_config(data):
    """Validate an author's whole configuration; a ``Config``, or ``Problems`` with every message."""
    data = require_object(data)
    found = ProblemCollector()  # a value is None where its check failed; nothing is returned then
    display_name = found.check(_required_text, data, "display_name", TITLE_MAX_CHARS, "refl_title_required")
    introduction = found.check(_optional_text, data, "introduction", INTRODUCTION_MAX_CHARS, "introduction")
    privacy_note = found.check(_optional_text, data, "privacy_note", PRIVACY_MAX_CHARS, "privacy_note")
    mode = found.check(get_choice, data, "mode", MODES, required=False, default=SINGLE)
    may_edit = found.check(get_bool, data, "may_edit_after_submit", required=False)
    may_revise = found.check(get_bool, data, "may_revise_after_feedback", required=False)
    review = found.check(get_choice, data, "review", REVIEW_CHOICES, required=False, default=REVIEW_OFF)
    grading = found.check(get_choice, data, "grading", GRADING_CHOICES, required=False, default=GRADING_NONE)
    prompts = found.check(_parse_prompts, data)
    rubric, max_points = (), None
    if grading == GRADING_SCORED:
        # The rubric and the points belong to instructor scoring; other grading modes store neither.
        if review != REVIEW_INSTRUCTOR:
            found.add("refl_scored_needs_review", "grading")
        before = len(found)
        rubric = found.check(_parse_rubric, data)
        max_points = found.check(_optional_int, data, "max_points", "max_points", 1, MAX_POINTS)
        if len(found) == before:
            max_points = _check_points(found, rubric, max_points)
    found.raise_any()
    return Config(
        display_name=display_name, introduction=introduction, privacy_note=privacy_note, mode=mode,
        may_edit_after_submit=may_edit, may_revise_after_feedback=may_revise, review=review, grading=grading,
        max_points=max_points, prompts=tuple(prompts), rubric=tuple(rubric),
    )


def _check_points(found, rubric, max_points):
    """With a rubric the maximum is the sum of each criterion's best level (empty: filled in for the author)."""
    if rubric:
        total = sum(criterion.max_points for criterion in rubric)
        if max_points is not None and max_points != total:
            found.add("refl_rubric_total_mismatch", "max_points", total=total)
        return total
    if max_points is None:
        found.add("refl_points_required", "max_points", minimum=1, maximum=MAX_POINTS)
    return max_points


def _required_text(data, key, max_chars, blank_code, field=None):
    value = _optional_text(data, key, max_chars, field or key)
    if not value.strip():
        raise Problem(blank_code, field=field or key)
    return value


def _optional_text(data, key, max_chars, field):
    """Author text: no NUL, and none of the control characters XML cannot carry (the OLX export must work)."""
    try:
        value = get_text(data, key, max_chars=max_chars, required=False)
    except Problem as problem:
        problem.field = field
        raise
    if _XML_INVALID.search(value):
        raise Problem("refl_control_character", field=field)
    return value


def _optional_int(data, key, field, minimum, maximum):
    """An integer from ``minimum`` to ``maximum``, or None when absent, null or ""."""
    value = data.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise Problem("refl_number_between", field=field, minimum=minimum, maximum=maximum)
    return value


def _parse_prompts(data):
    items = _list(data, "prompts", MAX_PROMPTS)
    if not items:
        raise Problem("refl_no_prompts", field="prompts")
    found, prompts = ProblemCollector(), []
    for identifier, path, item in _objects(found, items, "prompts", "p"):
        checks = {
            "question": lambda item=item, path=path: _required_text(
                item, "question", QUESTION_MAX_CHARS, "refl_question_required", f"{path}.question"
            ),
            "guidance": lambda item=item, path=path: _optional_text(
                item, "guidance", GUIDANCE_MAX_CHARS, f"{path}.guidance"
            ),
            "required": lambda item=item, path=path: _bool(item, "required", f"{path}.required", True),
            "min_words": lambda item=item, path=path: _optional_int(
                item, "min_words", f"{path}.min_words", 0, MAX_WORD_LIMIT
            ),
            "max_words": lambda item=item, path=path: _optional_int(
                item, "max_words", f"{path}.max_words", 1, MAX_WORD_LIMIT
            ),
            "case_key": lambda item=item, path=path: parse_case_key(item.get("case_key"), f"{path}.case_key"),
        }
        values = _run(found, checks)
        if values is None:
            continue
        if values["min_words"] == 0:
            values["min_words"] = None
        low, high = values["min_words"], values["max_words"]
        if low is not None and high is not None and high < low:
            found.add("refl_max_below_min", f"{path}.max_words", min=low, max=high)
            continue
        prompts.append(Prompt(id=identifier, **values))
    found.raise_any()
    return prompts


def _parse_rubric(data):
    items = _list(data, "rubric", MAX_CRITERIA)
    found, criteria = ProblemCollector(), []
    for identifier, path, item in _objects(found, items, "rubric", "c"):
        label = found.check(_required_text, item, "label", LABEL_MAX_CHARS, "refl_label_required", f"{path}.label")
        levels = _parse_levels(found, item, path)
        if label is not None and levels is not None:
            criteria.append(Criterion(id=identifier, label=label, levels=tuple(levels)))
    found.raise_any()
    return criteria


def _parse_levels(found, item, path):
    items = found.check(_list, item, "levels", MAX_LEVELS, field=f"{path}.levels")
    if items is None:
        return None
    if len(items) < 2:
        found.add("refl_rubric_without_levels", f"{path}.levels")
        return None
    before = len(found)
    levels = []
    for identifier, level_path, level in _objects(found, items, f"{path}.levels", "l"):
        values = _run(
            found,
            {
                "label": lambda level=level, level_path=level_path: _required_text(
                    level, "label", LABEL_MAX_CHARS, "refl_label_required", f"{level_path}.label"
                ),
                "points": lambda level=level, level_path=level_path: _required_int(
                    level, "points", f"{level_path}.points", 0, MAX_LEVEL_POINTS
                ),
            },
        )
        if values is not None:
            levels.append(Level(id=identifier, **values))
    if len(found) > before:
        return None
    if max(level.points for level in levels) == 0:
        found.add("refl_level_points_all_zero", f"{path}.levels")
        return None
    return levels


def _required_int(data, key, field, minimum, maximum):
    value = _optional_int(data, key, field, minimum, maximum)
    if value is None:
        raise Problem("refl_number_between", field=field, minimum=minimum, maximum=maximum)
    return value


def _bool(data, key, field, default):
    try:
        return get_bool(data, key, required=False, default=default)
    except Problem as problem:
        problem.field = field
        raise


def _list(data, key, max_items, field=None):
    try:
        return get_list(data, key, max_items=max_items, required=False)
    except Problem as problem:
        problem.field = field or key
        raise


def _run(found, checks):
    """Run named checks; their values, or None (problems added to ``found``) when any failed."""
    before = len(found)
    values = {name: found.check(check) for name, check in checks.items()}
    return values if len(found) == before else None


def _objects(found, items, path, id_prefix):
    """``(id, path, item)`` for each object among ``items``, ids kept or assigned; any other item is a problem."""
    ids = _assign_ids(found, items, path, id_prefix)
    for index, item in enumerate(items):
        if isinstance(item, dict):
            yield ids[index], f"{path}.{index}", item
        else:
            found.add("wrong_type", f"{path}.{index}")


def _assign_ids(found, items, path, prefix):
    """Keep valid, unique ids the editor sent; give every other item the next free ``<prefix><n>``."""
    ids, used = [], set()
    for index, item in enumerate(items):
        given = item.get("id") if isinstance(item, dict) else None
        if given in (None, ""):
            ids.append(None)
        elif not isinstance(given, str) or not _ID.match(given):
            found.add("refl_invalid_id", f"{path}.{index}")
            ids.append(None)
        elif given in used:
            found.add("refl_duplicate_id", f"{path}.{index}", id=given)
            ids.append(None)
        else:
            used.add(given)
            ids.append(given)
    counter = 1
    for index, given in enumerate(ids):
        if given is None:
            while f"{prefix}{counter}" in used:
                counter += 1
            ids[index] = f"{prefix}{counter}"
            used.add(ids[index])
    return ids
