"""The instructor's CSV export and pseudonyms for reviewing without names.

The block writes them with ``spreadsheet.csv_chunks``, which neutralises formulas.

Pseudonyms are short codes derived from the learner's id with a keyed hash
(the block's usage key is the key): stable across pages, sorts and exports of
one activity, different between activities, and not a name. They hide names
from an instructor who wants to review without bias; they are not meant to
withstand someone who can compute the hash for every learner id.
"""
import base64
import hashlib

from weerbaarxblock.core.rules.spreadsheet import local_time

PSEUDONYM_LENGTH = 6
# Above this many entries the download points to the LMS's problem-responses report (``generate_report_data``):
# the LMS holds a handler's whole answer in memory before sending it (about twice the file: 27 MB for 10,000
# entries of three answers of about 90 words, tests/benchmarks/test_export_memory.py), where the report runs in the
# background.
REPORT_ABOVE = 5_000


def pseudonym(learner_id, salt):
    """A stable code such as ``K7QF2M`` for ``learner_id`` within the activity identified by ``salt``."""
    digest = hashlib.blake2b(str(learner_id).encode("utf-8"), key=str(salt).encode("utf-8")[:64], digest_size=10)
    return base64.b32encode(digest.digest()).decode("ascii")[:PSEUDONYM_LENGTH]


def header(labels, prompts, rubric, removed=()):
    """The header row. ``labels`` holds the translated column names of the fixed columns.

    ``removed``: [(prompt id, heading)] of removed questions that have answers (``rules/removed.py``), each a
    column after the current questions.
    """
    cells = [
        labels["learner"],
        labels["entry"],
        labels["status"],
        labels["submitted_at"],
        labels["version"],
        labels["words"],
    ]
    cells += [prompt.question for prompt in prompts]
    cells += [heading for _prompt_id, heading in removed]
    cells += [labels["feedback"], labels["points"], labels["max_points"]]
    cells += [criterion.label for criterion in rubric]
    cells += [labels["reviewed_at"], labels["reviewer"]]
    return cells


def row(entry, prompts, rubric, status_labels, removed=()):
    """One entry as a CSV row; ``entry`` is the plain dict the store's export yields; ``removed`` as in header."""
    answers = entry.get("answers") or {}
    review = entry.get("review") or {}
    levels = {score["criterion"]: score["level_label"] for score in review.get("scores") or ()}
    cells = [
        entry["learner"],
        entry["number"],
        status_labels.get(entry["status"], entry["status"]),
        local_time(entry.get("submitted_at")),
        entry.get("version") or "",
        entry.get("word_count", 0),
    ]
    cells += [answers.get(prompt.id, "") for prompt in prompts]
    cells += [answers.get(prompt_id, "") for prompt_id, _heading in removed]
    cells += [review.get("feedback", ""), review.get("points"), review.get("max_points")]
    cells += [levels.get(criterion.id, "") for criterion in rubric]
    cells += [local_time(review.get("created_at")), review.get("reviewer_name", "")]
    return cells
