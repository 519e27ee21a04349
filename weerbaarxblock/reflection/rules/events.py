"""How often autosave may tell the tracking log about a learner's draft: at most once per interval."""
from datetime import datetime, timedelta

DRAFT_EVENT_INTERVAL = timedelta(minutes=5)


def draft_event_due(last_iso, moment, interval=DRAFT_EVENT_INTERVAL):
    """True when no ``draft_saved`` event was emitted for this learner within ``interval`` before ``moment``."""
    if not last_iso:
        return True
    try:
        last = datetime.fromisoformat(last_iso)
    except ValueError:
        return True
    if (last.tzinfo is None) != (moment.tzinfo is None):
        return True  # a stored time from another clock: emit, and store this one
    return moment - last >= interval or moment < last
