"""Messages for the Netwerkkaart's problem codes (all prefixed ``network_``): English msgids."""
from weerbaarxblock.core.messages import gettext_noop

MESSAGES = {
    "network_text_required": gettext_noop("Fill in this field."),
    "network_text_too_long": gettext_noop("This text is {count} characters long; at most {limit} are allowed."),
    "network_label_too_long": gettext_noop(
        "The name '{label}…' is {count} characters long; at most {limit} are allowed."),
    "network_note_too_long": gettext_noop("A note is {count} characters long; at most {limit} are allowed."),
    "network_bad_id": gettext_noop("'{value}' is not a valid identifier."),
    "network_duplicate_id": gettext_noop("The identifier '{value}' is used twice."),
    "network_too_many_actors": gettext_noop("This map may hold at most {limit} actors; it has {count}."),
    "network_too_many_relations": gettext_noop("This map may hold at most {limit} relations; it has {count}."),
    "network_unknown_palette": gettext_noop("'{value}' is not an actor from the list of this activity."),
    "network_palette_twice": gettext_noop("'{label}' is already on the map."),
    "network_free_form_not_allowed": gettext_noop("In this activity you can only add actors from the list."),
    "network_unknown_endpoint": gettext_noop("A relation refers to an actor that is not on the map."),
    "network_self_relation": gettext_noop("A relation must connect two different actors ('{label}' twice)."),
    "network_duplicate_relation": gettext_noop(
        "There is already a relation of this type between '{source}' and '{target}'."),
    "network_unknown_type": gettext_noop("'{value}' is not a type in this activity."),
    "network_unknown_ring": gettext_noop("'{value}' is not a ring in this activity."),
    "network_unknown_sector": gettext_noop("'{value}' is not a sector in this activity."),
    "network_unknown_direction": gettext_noop("'{value}' is not a direction (one way, both ways or none)."),
    "network_unknown_strength": gettext_noop("'{value}' is not a strength (weak, normal or strong)."),
    "network_unknown_flags": gettext_noop("The marks on an item are not valid."),
    "network_unknown_shape": gettext_noop("'{value}' is not a shape."),
    "network_unknown_line": gettext_noop("'{value}' is not a line style."),
    "network_unknown_actor": gettext_noop("'{value}' is not a list actor outside the expert map."),
    "network_reference_id": gettext_noop("An actor of the expert map must use its list identifier."),
    "network_reference_needs_palette": gettext_noop("Actors of the expert map must come from the list."),
    "network_bad_color": gettext_noop("Use a colour in the form #rrggbb."),
    "network_low_contrast": gettext_noop(
        "The colour {value} has too little contrast with the white canvas (at least 3:1 is needed)."),
    "network_list_too_short": gettext_noop("Add at least {limit}."),
    "network_still_used": gettext_noop(
        "'{value}' is still used on the expert map ({count}×): change or remove those items there first."),
    "network_synonym_twice": gettext_noop("'{value}' already names '{other}' in the list."),
    "network_not_a_number": gettext_noop("Enter a number."),
    "network_number_range": gettext_noop("Enter a number from {minimum} to {maximum}."),
    "network_weights_zero": gettext_noop("The weights of actors and relations cannot both be 0."),
    "network_reference_empty": gettext_noop("A graded network map needs at least one actor in the expert map."),
    "network_already_submitted": gettext_noop("This map has been submitted and can no longer be changed."),
    "network_version_conflict": gettext_noop(
        "This map was changed in another window or tab. Reload the page to continue with the latest version."),
    "network_empty": gettext_noop("Add at least one actor before you submit your map."),
    "network_no_submission": gettext_noop("This learner has not submitted a map."),
}
