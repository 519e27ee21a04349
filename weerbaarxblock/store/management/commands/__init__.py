"""``weerbaar_retention``: learners' texts removed once the author's retention period has passed."""
