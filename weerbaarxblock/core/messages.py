"""Every message a block sends back for a domain ``Problem``, keyed by its code.

Msgids are English and marked with ``gettext_noop`` so that ``makemessages``
finds them; the block translates them at the moment of answering, in the
learner's language, and fills in the problem's parameters. The codes every
activity shares are here; each activity keeps its own in its ``messages.py``
(one ``MESSAGES`` dict) and names it on its block class as ``problem_messages``.
"""


def gettext_noop(text):
    """Marks a msgid for extraction without translating it here."""
    return text


MESSAGES = {
    # Shape of a request
    "invalid_json": gettext_noop("The request could not be read: it is not valid JSON."),
    "not_an_object": gettext_noop("The request must be a JSON object."),
    "missing_field": gettext_noop("The field '{field}' is missing."),
    "wrong_type": gettext_noop("The field '{field}' has the wrong type."),
    "nul_character": gettext_noop("The field '{field}' contains a NUL character, which is not allowed."),
    "too_many_characters": gettext_noop("'{field}' is {count} characters long; at most {limit} are allowed."),
    "too_many_items": gettext_noop("'{field}' has too many items; at most {limit} are allowed."),
    "out_of_range": gettext_noop("The value of '{field}' is out of range."),
    "unknown_choice": gettext_noop("'{value}' is not an allowed value for '{field}'."),
    "unknown_id": gettext_noop("'{field}' refers to something that does not exist."),
    "too_deep": gettext_noop("The request is nested too deeply (at most {limit} levels)."),
    "invalid_text": gettext_noop("The field '{field}' contains characters that are not valid text."),
    # Roles
    "staff_only": gettext_noop("Only course staff may do this."),
    "authors_only": gettext_noop("Only course authors may change this activity."),
    "library_unsupported": gettext_noop(
        "This activity cannot be edited in a content library. Add it to a course and edit it there."
    ),
    "login_required": gettext_noop("You must be signed in to do this."),
    # The privacy guard (core/privacy.py): names the field and the kind found, never the text itself
    "privacy_refused": gettext_noop(
        "'{label}' seems to contain {kind}. This activity does not accept personal details: remove them or "
        "replace them with a placeholder."
    ),
    # Course content (OLX)
    "xml_invalid": gettext_noop("The XML could not be read: {detail}"),
    "xml_entities": gettext_noop("XML with a DOCTYPE that declares entities is refused."),
    "xml_doctype": gettext_noop("Course content with a DOCTYPE is refused: remove the <!DOCTYPE …> line."),
    # The case thread
    "case_key_invalid": gettext_noop(
        "A case key has at most {maximum} characters: lower-case letters and digits, in words joined by hyphens "
        "(for example zorgfraude-wijk-noord)."
    ),
}


def message_for(problem, gettext, activity_messages=None):
    """The translated sentence for ``problem``, parameters filled in; an activity's own codes come first."""
    template = (activity_messages or {}).get(problem.code) or MESSAGES.get(problem.code)
    if template is None:
        return gettext("Something in the request is not valid ({code}).").format(code=problem.code)
    params = {"field": problem.field or ""}
    params.update(problem.params)
    try:
        return gettext(template).format(**params)
    except (KeyError, IndexError, ValueError):
        return gettext(template)
