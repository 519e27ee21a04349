"""Rows of the LMS's problem-responses report for one learner (``generate_report_data``): one per entry.

The report is where a large class's entries go (the LMS makes it in the background), so each row carries what a
row of the block's CSV export carries: status, version, words, submission date, the submitted answers (question
before answer, answers to removed questions after them), and the latest review: feedback, score, the rubric's
levels, when and by whom. A learner with no stored entry but a draft in their own state gets one draft row.
"""
from weerbaarxblock.reflection.rules.entries import DRAFT, total_words


def answers_text(prompts, answers, removed=None):
    """Every answered question with its answer, separated by an empty line; ``removed``: {prompt id: question}
    of questions the author removed, whose answers follow (headed by their old question, else their id)."""
    current = {prompt.id for prompt in prompts}
    parts = [f"{prompt.question}\n{answers[prompt.id]}" for prompt in prompts if answers.get(prompt.id)]
    parts += [f"{(removed or {}).get(prompt_id) or prompt_id}\n{text}"
              for prompt_id, text in sorted(answers.items()) if text and prompt_id not in current]
    return "\n\n".join(parts)


def review_cells(review):
    """The latest review's part of a report row (empty cells when there is none)."""
    review = review or {}
    levels = [f"{score.get('criterion_label', '')}: {score.get('level_label', '')}"
              for score in review.get("scores") or ()]
    return {
        "feedback": review.get("feedback", ""),
        "score": "" if review.get("points") is None else review["points"],
        "max_score": "" if review.get("max_points") is None else review["max_points"],
        "rubric": "\n".join(levels),
        "reviewed_at": review.get("created_at") or "",
        "reviewer": review.get("reviewer_name", ""),
    }


def learner_rows(prompts, entries, state, removed=None):
    """Report rows from the learner's stored ``entries`` (queries' dicts, with reviews) and their ``user_state``."""
    rows = [
        {
            "entry": entry["number"], "status": entry["status"], "version": entry["version"],
            "word_count": entry["word_count"], "submitted_at": entry["submitted_at"] or "",
            "answers": answers_text(prompts, entry["answers"] or {}, removed),
            **review_cells((entry.get("reviews") or [None])[0]),
        }
        for entry in entries
    ]
    draft = state.get("draft_answers") or {}
    if not rows and any(draft.values()):
        rows.append({
            "entry": state.get("draft_entry") or 1, "status": DRAFT, "version": 0, "word_count": total_words(draft),
            "submitted_at": "", "answers": answers_text(prompts, draft, removed), **review_cells(None),
        })
    return rows
