"""Messages for the Casus problem codes: English msgids, translated by the block when it answers."""
from weerbaarxblock.core.messages import gettext_noop

MESSAGES = {
    # Author's scenario
    "no_situations": gettext_noop("Add at least one situation."),
    "duplicate_id": gettext_noop("The id '{value}' is used more than once."),
    "duplicate_competency": gettext_noop("The competency '{value}' is in the list twice."),
    "required_text": gettext_noop("This text is required."),
    "bad_id": gettext_noop("'{value}' is not a valid id: start with a letter; use letters, digits, - and _ only."),
    "bad_image_url": gettext_noop("The image address must start with https://, http:// or /."),
    "image_alt_missing": gettext_noop("An image needs an alternative text for people who cannot see it."),
    "weight_not_positive": gettext_noop("The weight must be more than 0."),
    "too_few_options": gettext_noop("A situation needs at least {minimum} options."),
    "unknown_tag": gettext_noop("The competency '{value}' is not in the list of competencies."),
    "option_without_key": gettext_noop("This option has no expert key yet."),
    "rating_out_of_range": gettext_noop("A rating must lie between {minimum} and {maximum}."),
    "no_positive_points": gettext_noop("At least one option must earn more than 0 points."),
    "unknown_option": gettext_noop("'{value}' is not one of the options."),
    "best_equals_worst": gettext_noop("The best and the worst option must be different."),
    "rank_not_permutation": gettext_noop("The expert order must contain every option exactly once."),
    "unknown_target": gettext_noop("The next step '{value}' does not exist."),
    "unreachable_situation": gettext_noop("No path leads to this situation."),
    "no_way_to_end": gettext_noop("From this situation no path leads to an ending: it is caught in a loop."),
    "unreachable_ending": gettext_noop("No path leads to this ending."),
    # Learner's answers and moves
    "incomplete_ratings": gettext_noop("Rate every action; {count} still without a rating."),
    "incomplete_ranking": gettext_noop("Put all {count} actions in order, each once."),
    "not_on_path": gettext_noop("This situation is not the one you are at now. Reload the page to continue."),
    "nothing_to_continue": gettext_noop("There is nothing to continue to yet: answer the situation first."),
    "back_not_allowed": gettext_noop("Going back is not possible in this scenario."),
    "nothing_to_go_back_to": gettext_noop("There is no earlier situation to go back to."),
    "no_attempts_left": gettext_noop("You have used all your attempts."),
    "attempt_in_progress": gettext_noop("Finish the attempt you started first."),
    "scenario_not_ready": gettext_noop("This scenario is not ready yet."),
    "scenario_stale": gettext_noop(
        "You went on with this scenario in another window or tab. The page now shows where you are."
    ),
}
