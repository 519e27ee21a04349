"""Rows of the LMS's problem-responses report for one learner (``generate_report_data``): one per entry.

A stored entry gives its status, words, submission date and the submitted answers; a learner with no stored
entry but a draft in their own state gets one draft row. Answers are plain text, question before answer.
"""
from weerbaarxblock.reflection.rules.entries import DRAFT, total_words


def answers_text(prompts, answers):
    """Every answered question with its answer, separated by an empty line."""
    parts = [f"{prompt.question}\n{answers[prompt.id]}" for prompt in prompts if answers.get(prompt.id)]
    return "\n\n".join(parts)


def learner_rows(prompts, entries, state):
    """Report rows from the learner's stored ``entries`` (queries' dicts) and their ``user_state`` dict."""
    rows = [
        {
            "entry": entry["number"], "status": entry["status"], "word_count": entry["word_count"],
            "submitted_at": entry["submitted_at"] or "", "answers": answers_text(prompts, entry["answers"] or {}),
        }
        for entry in entries
    ]
    draft = state.get("draft_answers") or {}
    if not rows and any(draft.values()):
        rows.append({
            "entry": state.get("draft_entry") or 1, "status": DRAFT, "word_count": total_words(draft),
            "submitted_at": "", "answers": answers_text(prompts, draft),
        })
    return rows
