"""The instructor's CSV export and pseudonyms for reviewing without names.

The block writes them with ``spreadsheet.csv_chunks``, which neutralises formulas.

Pseudonyms are the shared ones of the privacy guard (``core/rules/privacy.pseudonym``), keyed by the block's
usage key.
"""
from weerbaarxblock.core.rules.privacy import pseudonym  # noqa: F401 - the reflection's rows and tests use it here
from weerbaarxblock.core.rules.spreadsheet import local_time

# Above this many entries the download points to the LMS's problem-responses report (``generate_report_data``):
# the LMS holds a handler's whole answer in memory before sending it (about twice the file: 27 MB for 10,000
# entries of three answers of about 90 words, tests/benchmarks/test_export_memory.py), where the report runs in the
# background.
REPORT_ABOVE = 5_000


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
