"""Casus CSV export for instructors: one row per answer, safe to open in a spreadsheet."""
from weerbaarxblock.scenario.rules.parts import BEST_WORST, PICK_BEST, RANK, RATE


def answer_text(response_format, answer):
    """A compact, language-neutral rendering of an answer with option ids."""
    if not isinstance(answer, dict):
        return ""
    if response_format == PICK_BEST:
        return str(answer.get("choice", ""))
    if response_format == BEST_WORST:
        return f"best={answer.get('best', '')}; worst={answer.get('worst', '')}"
    if response_format == RATE:
        ratings = answer.get("ratings") or {}
        return "; ".join(f"{key}={value}" for key, value in ratings.items())
    if response_format == RANK:
        return " > ".join(str(item) for item in answer.get("order") or [])
    return ""


def ending_titles(scenario):
    """``{ending id: what the instructor reads}``: the title, else the id."""
    return {ending["id"]: ending["title"] or ending["id"] for ending in scenario.get("endings", [])}


def ending_title(titles, ending_id):
    """The ending an attempt reached, for the report: its title; the id when the author removed it since; empty
    while the attempt runs or when the casus ends without an ending of its own."""
    return titles.get(ending_id, ending_id) if ending_id else ""


def rows(attempts, titles, withdrawn, endings=None):
    """One row per answer of every attempt, in the columns of the block's header; ``withdrawn`` marks a taken-back
    answer (the word "yes" in the reader's language); ``endings`` from ``ending_titles``."""
    for item in attempts:
        ending = ending_title(endings or {}, item.get("ending"))
        for answer in item["answers"]:
            yield [
                item["learner_id"], item["learner_name"], item["number"], answer["step"], answer["situation"],
                titles.get(answer["situation"], ""), answer["format"], answer_text(answer["format"], answer["answer"]),
                answer["score"], answer["justification"], withdrawn if answer["withdrawn"] else "",
                answer["created_at"], item["score"], ending,
            ]
