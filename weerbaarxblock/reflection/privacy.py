"""Reflectiejournaal: the learner's warning when an answer seems to hold a client's personal identifier.

``rules.entries.identifier_kinds`` says which kinds each answer
seems to contain; this module turns them into the sentence the learner reads
beside the text area, in the learner's language. Only the kinds travel to the
browser, never the text that was found.
"""
from weerbaarxblock.core.messages import gettext_noop
from weerbaarxblock.core.privacy import KIND_NAMES
from weerbaarxblock.reflection.rules.entries import identifier_kinds

WARNING = gettext_noop("Your answer seems to contain {found}. Remove details that could identify clients.")


def privacy_report(answers, gettext, known=None):
    """``({prompt_id: {"kinds": [...], "warning": "..."}}, results to keep)`` for every answer.

    The warning is empty when nothing was found; ``known`` (earlier results) spares unchanged answers a new scan.
    """
    kinds_by_prompt, keep = identifier_kinds(answers, known)
    report = {
        prompt_id: {"kinds": kinds, "warning": warning_text(kinds, gettext)}
        for prompt_id, kinds in kinds_by_prompt.items()
    }
    return report, keep


def warning_text(kinds, gettext):
    if not kinds:
        return ""
    return gettext(WARNING).format(found=_enumerate([gettext(KIND_NAMES[kind]) for kind in kinds], gettext))


def _enumerate(names, gettext):
    """"a", "a and b", "a, b and c" — the joining words come from the translation."""
    if len(names) == 1:
        return names[0]
    head = names[0]
    for name in names[1:-1]:
        # Translators: joins the next item to a list that goes on, e.g. "a phone number, a postcode".
        head = gettext("{list}, {item}").format(list=head, item=name)
    # Translators: joins the last item to a list, e.g. "a postcode and a licence plate".
    return gettext("{list} and {item}").format(list=head, item=names[-1])
