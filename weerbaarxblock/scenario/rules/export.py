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


def rows(attempts, titles, withdrawn):
    """One row per answer of every attempt, in the columns of the block's header; ``withdrawn`` marks a taken-back
    answer (the word "yes" in the reader's language)."""
    for item in attempts:
        for answer in item["answers"]:
            yield [
                item["learner_id"], item["learner_name"], item["number"], answer["step"], answer["situation"],
                titles.get(answer["situation"], ""), answer["format"], answer_text(answer["format"], answer["answer"]),
                answer["score"], answer["justification"], withdrawn if answer["withdrawn"] else "",
                answer["created_at"], item["score"],
            ]
