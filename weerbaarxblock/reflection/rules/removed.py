"""Answers to questions the author removed after learners began: kept, shown read-only, exported.

A learner's page only sends answers to the questions it shows, and those are the current ones. So the server
merges each stored answer to a removed question back into every save and submission: no autosave drops it.
The block remembers each removed question's text (``removed_prompts``: {prompt id: question}) so that the
learner's page and the export can name it; a question removed before that was kept (or by an OLX import) is
named by its id in the export.
"""


def kept_answers(prompts, stored):
    """The non-empty answers in ``stored`` ({prompt id: text}) to questions that are not in ``prompts``."""
    current = {prompt.id for prompt in prompts}
    return {
        prompt_id: text for prompt_id, text in (stored or {}).items()
        if prompt_id not in current and isinstance(text, str) and text.strip()
    }


def with_kept(prompts, answers, stored):
    """``answers`` to the current questions plus the answers in ``stored`` to removed ones."""
    return {**kept_answers(prompts, stored), **answers}


def remember(old_prompts, new_prompts, known):
    """The removed questions' texts after an author's save: ``known`` plus the ones removed now.

    A question that comes back (the same id) is no longer removed; ids are never reused for other questions by
    the editor, so the old text still describes the answers given to it.
    """
    current = {prompt.id for prompt in new_prompts}
    texts = {prompt_id: text for prompt_id, text in dict(known or {}).items() if isinstance(text, str)}
    texts.update({prompt.id: prompt.question for prompt in old_prompts})
    return {prompt_id: text for prompt_id, text in texts.items() if prompt_id not in current}


def shown(kept, known):
    """The kept answers for the learner's page, in a stable order: [{"id", "question", "answer"}]."""
    return [
        {"id": prompt_id, "question": (known or {}).get(prompt_id) or "", "answer": text}
        for prompt_id, text in sorted(kept.items())
    ]


def export_columns(prompts, known, answered_ids):
    """[(prompt id, heading)] for each removed question that has answers: its old text when known, else its id."""
    current = {prompt.id for prompt in prompts}
    return [
        (prompt_id, (known or {}).get(prompt_id) or prompt_id)
        for prompt_id in sorted(set(answered_ids) - current)
    ]
