"""Casus CSV export for instructors: one row per answer, in words a trainer reads, safe to open in a spreadsheet.

No internal codes reach a cell: the block passes ``words``, the translated names of the response formats (by
format) and the ``best_and_worst`` template ("best: {best} / worst: {worst}"); options appear by their text.
"""
from weerbaarxblock.core.rules.spreadsheet import local_time
from weerbaarxblock.scenario.rules.parts import BEST_WORST, PICK_BEST, RANK, RATE

# Above this many attempts the download points to the LMS's problem-responses report (``generate_report_data``,
# made in the background): the LMS holds a handler's whole answer in memory before sending it (about 28 MB for
# 10,000 attempts of four answers with a justification, tests/benchmarks/test_export_memory.py).
REPORT_ABOVE = 5_000
# A report row is an export row without the learner's cells (the report names the learner by username).
REPORT_KEYS = ("attempt", "step", "situation_id", "situation", "format", "answer", "score", "justification",
               "withdrawn", "answered_at", "attempt_score", "ending")


def answer_text(response_format, answer, words, options=None):
    """An answer in words: the options' texts (``options``: text by option id; an unknown id stays as it is)."""
    if not isinstance(answer, dict):
        return ""
    options = options or {}

    def name(option_id):
        return options.get(option_id, str(option_id))

    if response_format == PICK_BEST:
        return name(answer.get("choice", ""))
    if response_format == BEST_WORST:
        return words["best_and_worst"].format(best=name(answer.get("best", "")), worst=name(answer.get("worst", "")))
    if response_format == RATE:
        ratings = answer.get("ratings") or {}
        return "; ".join(f"{name(key)}: {value}" for key, value in ratings.items())
    if response_format == RANK:
        return "; ".join(f"{place}. {name(item)}" for place, item in enumerate(answer.get("order") or [], start=1))
    return ""


def ending_titles(scenario):
    """``{ending id: what the instructor reads}``: the title, else the id."""
    return {ending["id"]: ending["title"] or ending["id"] for ending in scenario.get("endings", [])}


def ending_title(titles, ending_id):
    """The ending an attempt reached, for the report: its title; the id when the author removed it since; empty
    while the attempt runs or when the casus ends without an ending of its own."""
    return titles.get(ending_id, ending_id) if ending_id else ""


def rows(attempts, situations, words, endings=None):
    """One row per answer of every attempt, in the columns of the block's header; a generator over ``attempts``
    (an iterable, read as the rows are taken: an export never holds more than the store's current chunk).

    ``situations``: by id, ``{"title", "options": text by option id}`` as the scenario is now. ``words``: as
    above, plus ``withdrawn``, the word that marks a taken-back answer ("yes" in the reader's language).
    ``endings``: from ``ending_titles``.
    """
    for item in attempts:
        ending = ending_title(endings or {}, item.get("ending"))
        for answer in item["answers"]:
            situation = situations.get(answer["situation"]) or {"title": "", "options": {}}
            yield [
                item["learner_id"], item["learner_name"] or item["learner_id"], item["number"], answer["step"],
                answer["situation"],
                situation["title"], words.get(answer["format"], answer["format"]),
                answer_text(answer["format"], answer["answer"], words, situation["options"]),
                answer["score"], answer["justification"], words["withdrawn"] if answer["withdrawn"] else "",
                local_time(answer["created_at"]), item["score"], ending,
            ]


def report_row(cells):
    """The problem-responses report's row for one export row (``rows``): the same cells by name, learner left out."""
    return dict(zip(REPORT_KEYS, cells[2:], strict=True))
