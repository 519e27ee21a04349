"""Messages for the Reflectiejournaal's problem codes (all prefixed ``refl_``): English msgids."""
from weerbaarxblock.core.messages import gettext_noop

MESSAGES = {
    # The author's editor
    "refl_title_required": gettext_noop("Enter a title."),
    "refl_question_required": gettext_noop("Enter the question."),
    "refl_label_required": gettext_noop("Enter a name."),
    "refl_no_prompts": gettext_noop("Add at least one question."),
    "refl_max_below_min": gettext_noop("The maximum ({max} words) is below the minimum ({min} words)."),
    "refl_number_between": gettext_noop("Enter a whole number from {minimum} to {maximum}."),
    "refl_scored_needs_review": gettext_noop("Scoring by the instructor needs instructor review switched on."),
    "refl_rubric_total_mismatch": gettext_noop(
        "The rubric's highest levels add up to {total} points: enter {total} or leave this empty."
    ),
    "refl_points_required": gettext_noop("Enter the maximum score, a whole number from {minimum} to {maximum}."),
    "refl_rubric_without_levels": gettext_noop("Give this criterion at least two levels."),
    "refl_level_points_all_zero": gettext_noop("At least one level of this criterion must be worth points."),
    "refl_control_character": gettext_noop("Remove the invisible control characters from this text."),
    "refl_invalid_id": gettext_noop("This item has an invalid identifier."),
    "refl_duplicate_id": gettext_noop("The identifier '{id}' is used twice."),
    # The learner's answers
    "refl_unknown_prompt": gettext_noop("The answers refer to a question that does not exist (any more)."),
    "refl_answer_too_long": gettext_noop("This answer is {count} characters long; at most {limit} are allowed."),
    "refl_answer_required": gettext_noop("This question needs an answer."),
    "refl_too_few_words": gettext_noop("This answer has {count} words; write at least {limit}."),
    "refl_too_many_words": gettext_noop("This answer has {count} words; at most {limit} are allowed."),
    "refl_locked_after_submit": gettext_noop("This entry has been submitted and can no longer be changed."),
    "refl_locked_after_feedback": gettext_noop(
        "This entry has received feedback and can no longer be changed."
    ),
    "refl_entry_not_current": gettext_noop("This entry is not the one you can write in now. Reload the page."),
    "refl_too_many_entries": gettext_noop("This journal has reached its maximum of {limit} entries."),
    "refl_stale_draft": gettext_noop(
        "Your text was saved in another tab or window after you opened this page, so it was not saved here. "
        "Choose whether to load the newer version or to keep the text on this page."
    ),
    "refl_stale_submit": gettext_noop(
        "Your text was saved in another tab or window after you opened this page, so it was not submitted. "
        "Choose whether to load the newer version or to keep the text on this page; then submit again."
    ),
    # The instructor's review
    "refl_review_off": gettext_noop("Instructor review is switched off for this activity."),
    "refl_not_submitted": gettext_noop("This entry has not been submitted yet."),
    "refl_unknown_entry": gettext_noop("This entry does not exist in this activity."),
    "refl_unknown_review": gettext_noop("This feedback does not exist or is not yours."),
    "refl_stale_review": gettext_noop(
        "The learner submitted a new version while you were reviewing. Open the entry again to see it."
    ),
    "refl_feedback_required": gettext_noop("Write your feedback."),
    "refl_grade_unavailable": gettext_noop(
        "This score cannot be passed on to the learner's grades here, so the feedback was not saved. "
        "Please contact the platform's support."
    ),
    "refl_score_between": gettext_noop("Enter a score from {minimum} to {maximum}."),
    "refl_unknown_criterion": gettext_noop("The scores refer to a criterion that does not exist."),
    "refl_level_required": gettext_noop("Choose a level for '{criterion}'."),
    "refl_unknown_level": gettext_noop("Choose one of the levels for '{criterion}'."),
}
