"""Rules for learners' entries: answers and their limits, statuses, draft versions and reviews.

Statuses of an entry, and what moves it on::

    (none) --save draft--> draft --submit--> submitted --review--> reviewed
                                                 ^  |                  |
                        resubmit, if the author  +--+   resubmit, if the author allows
                        allows editing after submission   revising after feedback
                                                                       v
                                reviewed <--review again-- changed (after feedback)

* A draft can always be saved and submitted.
* A submitted entry that has no review yet may be edited and resubmitted only
  when the author allows editing after submission; it stays "submitted".
* A reviewed entry may be edited and resubmitted only when the author allows
  revising after feedback; resubmitting sets "changed after feedback", the
  instructor's flag that the entry needs another look. Editing without
  resubmitting stays a draft in the learner's own state and changes nothing
  the instructor sees.
* In journal mode a learner adds a new entry once the latest one is submitted.

Drafts carry a version number: every save and submission increments it, and a
save that names an older version than the stored one is refused, so a second
tab or device never silently overwrites newer text.
"""
import hashlib
from dataclasses import dataclass

from weerbaarxblock.core.rules import privacy
from weerbaarxblock.core.rules.problems import Problem, ProblemCollector, Problems
from weerbaarxblock.core.rules.shapes import get_bool, get_choice, get_int, get_number, get_text
from weerbaarxblock.reflection.rules.words import count_words, is_blank

DRAFT = "draft"
SUBMITTED = "submitted"
REVIEWED = "reviewed"
CHANGED = "changed"  # resubmitted after the instructor's feedback
STATUSES = (DRAFT, SUBMITTED, REVIEWED, CHANGED)

ANSWER_MAX_CHARS = 20_000  # per answer, in code points; edx-submissions caps whole answers at 100 KB
FEEDBACK_MAX_CHARS = 20_000
MAX_ENTRIES = 500  # journal entries per learner and block
SEARCH_MAX_CHARS = 100
PAGE_SIZE = 50
SORTS = ("date_desc", "date_asc", "name", "status", "words_desc")


# ---- answers -----------------------------------------------------------------------------------


def read_answers(prompts, data, key="answers"):
    """The learner's answers as {prompt_id: text} for every prompt, shape-checked (no limits yet).

    Unknown prompt ids, non-text values, NUL characters and answers over
    ``ANSWER_MAX_CHARS`` are refused; missing prompts are empty answers.
    """
    if key not in data:
        raise Problems([Problem("missing_field", field=key)])
    raw = data[key]
    if not isinstance(raw, dict):
        raise Problems([Problem("wrong_type", field=key, expected="object")])
    known = {prompt.id for prompt in prompts}
    found = ProblemCollector()
    if any(prompt_id not in known for prompt_id in raw):
        found.add("refl_unknown_prompt", key)
    answers = {}
    for prompt in prompts:
        text = found.check(get_text, raw, prompt.id, required=False, prefix=key)
        if text is None:
            continue
        if len(text) > ANSWER_MAX_CHARS:
            found.add("refl_answer_too_long", f"{key}.{prompt.id}", count=len(text), limit=ANSWER_MAX_CHARS)
            continue
        answers[prompt.id] = text
    found.raise_any()
    return answers


def check_limits(prompts, answers, counts=None):
    """The limits a submission must meet: required answers, minimum and maximum words per prompt.

    ``counts``: the answers' ``word_counts`` when the caller has them already (each answer is counted once).
    """
    counts = word_counts(answers) if counts is None else counts
    found = ProblemCollector()
    for prompt in prompts:
        text = answers.get(prompt.id, "")
        field = f"answers.{prompt.id}"
        if is_blank(text):
            if prompt.required:
                found.add("refl_answer_required", field)
            continue
        words = counts.get(prompt.id, 0)
        if prompt.min_words and words < prompt.min_words:
            found.add("refl_too_few_words", field, count=words, limit=prompt.min_words)
        elif prompt.max_words and words > prompt.max_words:
            found.add("refl_too_many_words", field, count=words, limit=prompt.max_words)
    found.raise_any()


def total_words(answers):
    return sum(count_words(text) for text in answers.values())


def word_counts(answers):
    """{prompt id: words} of ``answers``: each answer counted once, for the limits, the total and the page."""
    return {prompt_id: count_words(text) for prompt_id, text in answers.items()}




def identifier_kinds(answers, known=None):
    """Per answer, the kinds of personal identifier it seems to contain (never the text itself).

    ``known`` holds earlier results as ``{prompt_id: [fingerprint, kinds]}``: an answer whose text has not changed
    is not scanned again. Returns ``(kinds by prompt, results to keep)``. The learner is warned, not stopped:
    saving and submitting never depend on this.
    """
    known = known or {}
    kinds, keep = {}, {}
    for prompt_id, text in answers.items():
        fingerprint = text_fingerprint(text)
        earlier = known.get(prompt_id)
        if isinstance(earlier, list) and len(earlier) == 2 and earlier[0] == fingerprint:
            found = list(earlier[1])
        else:
            found = privacy.kinds_found(text)
        kinds[prompt_id] = found
        keep[prompt_id] = [fingerprint, found]
    return kinds, keep


def text_fingerprint(text):
    """A short digest that tells whether an answer changed (the text itself is not kept twice)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


# ---- statuses ----------------------------------------------------------------------------------


def may_edit(status, config):
    """May the learner change an entry in ``status`` (None: it does not exist yet)?"""
    if status in (None, DRAFT):
        return True
    if status == SUBMITTED:
        return config.may_edit_after_submit
    return config.may_revise_after_feedback  # reviewed, or changed after feedback


def _locked(status):
    if status == SUBMITTED:
        return Problem("refl_locked_after_submit", field="entry")
    return Problem("refl_locked_after_feedback", field="entry")


def status_after_submit(status, config):
    """The status a submission gives; a Problem when the entry may not be (re)submitted."""
    if not may_edit(status, config):
        raise _locked(status)
    if status in (REVIEWED, CHANGED):
        return CHANGED
    return SUBMITTED


def status_after_review(status, config):
    if not config.reviewed:
        raise Problem("refl_review_off")
    if status in (None, DRAFT):
        raise Problem("refl_not_submitted", field="entry_id")
    return REVIEWED


def check_target(config, requested, latest_number, latest_status):
    """Which entry a learner may write in: the latest (if editable) or, in journal mode, the next one."""
    if latest_number == 0:
        if requested != 1:
            raise Problem("refl_entry_not_current", field="entry")
        return
    if requested == latest_number:
        if not may_edit(latest_status, config):
            raise _locked(latest_status)
        return
    if requested == latest_number + 1 and config.journal and latest_status != DRAFT:
        if requested > MAX_ENTRIES:
            raise Problem("refl_too_many_entries", field="entry", limit=MAX_ENTRIES)
        return
    raise Problem("refl_entry_not_current", field="entry")


@dataclass(frozen=True)
class LearnerWrite:
    """A validated save_draft or submit request."""

    entry: int
    version: int
    answers: dict


def with_submitted(stored, submitted):
    """The learner's entries (oldest first, each with its reviews) once ``submitted`` is stored.

    ``stored``: the entries as read in the submission's transaction; ``submitted``: the entry as stored, without
    its reviews. It takes the place of the entry with its number, whose reviews it keeps, or comes last.
    """
    number = submitted["number"]
    reviews = next((entry["reviews"] for entry in stored if entry["number"] == number), [])
    others = [entry for entry in stored if entry["number"] != number]
    return sorted([*others, dict(submitted, reviews=reviews)], key=lambda entry: entry["number"])


def parse_write(prompts, data):
    found = ProblemCollector()
    entry = found.check(get_int, data, "entry", minimum=1)
    version = found.check(get_int, data, "version", minimum=0)
    answers = found.check(read_answers, prompts, data)
    found.raise_any()
    return LearnerWrite(entry=entry, version=version, answers=answers)


# ---- reviews -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    entry_id: int
    version: int
    feedback: str
    scores: tuple  # ({"criterion", "criterion_label", "level", "level_label", "points"}, ...)
    points: float | None
    max_points: int | None


def parse_review(config, data):
    """An instructor's review: feedback always; a score when the author chose instructor scoring."""
    found = ProblemCollector()
    entry_id = found.check(get_int, data, "entry_id", minimum=1)
    version = found.check(get_int, data, "version", minimum=1)
    feedback = found.check(get_text, data, "feedback", max_chars=FEEDBACK_MAX_CHARS)
    if feedback is not None and is_blank(feedback):
        found.add("refl_feedback_required", "feedback")
    scores, points = (), None
    if config.scored:
        if config.rubric:
            scores = found.check(_rubric_scores, config, data) or ()
            points = sum(score["points"] for score in scores) if scores else None
        else:
            points = found.check(_points, config, data)
    found.raise_any()
    return Review(
        entry_id=entry_id,
        version=version,
        feedback=feedback,
        scores=tuple(scores),
        points=points,
        max_points=config.max_points if config.scored else None,
    )


def _points(config, data):
    try:
        return get_number(data, "points", minimum=0, maximum=config.max_points)
    except Problem as problem:
        if problem.code in ("out_of_range", "missing_field", "wrong_type"):
            raise Problem("refl_score_between", field="points", minimum=0, maximum=config.max_points) from problem
        raise


def _rubric_scores(config, data):
    levels = data.get("levels")
    if not isinstance(levels, dict):
        raise Problem("wrong_type", field="levels", expected="object")
    if any(criterion_id not in {c.id for c in config.rubric} for criterion_id in levels):
        raise Problem("refl_unknown_criterion", field="levels")
    found, scores = ProblemCollector(), []
    for criterion in config.rubric:
        field = f"levels.{criterion.id}"
        chosen = levels.get(criterion.id)
        if chosen is None or chosen == "":
            found.add("refl_level_required", field, criterion=criterion.label)
            continue
        level = criterion.level(chosen) if isinstance(chosen, str) else None
        if level is None:
            found.add("refl_unknown_level", field, criterion=criterion.label)
            continue
        scores.append(
            {
                "criterion": criterion.id,
                "criterion_label": criterion.label,
                "level": level.id,
                "level_label": level.label,
                "points": level.points,
            }
        )
    found.raise_any()
    return scores


# ---- the instructor's list ---------------------------------------------------------------------


@dataclass(frozen=True)
class ListQuery:
    status: str | None
    search: str
    sort: str
    page: int
    hide_names: bool


def parse_list_query(data):
    found = ProblemCollector()
    status = found.check(get_choice, data, "status", ("", *STATUSES), required=False, default="")
    search = found.check(get_text, data, "search", max_chars=SEARCH_MAX_CHARS, required=False)
    sort = found.check(get_choice, data, "sort", SORTS, required=False, default=SORTS[0])
    page = found.check(get_int, data, "page", minimum=1, maximum=100_000, required=False, default=1)
    hide_names = found.check(get_bool, data, "hide_names", required=False, default=False)
    found.raise_any()
    return ListQuery(status=status or None, search=search.strip(), sort=sort, page=page, hide_names=hide_names)


def page_count(total, page_size=PAGE_SIZE):
    return max(1, -(-total // page_size))
