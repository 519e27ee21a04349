"""``./manage.py lms weerbaar_retention``: empty learners' texts whose block's retention period has passed.

Run it daily (README, "Retention"). ``--dry-run`` counts without changing anything. The output holds counts
only, never a learner's text.
"""
from django.core.management.base import BaseCommand
from django.db import transaction

from weerbaarxblock.store import retention


class DryRun(Exception):
    """Raised inside the transaction of a dry run, so every change is rolled back."""


class Command(BaseCommand):
    help = "Empty learners' texts older than each weerbaar block's retention setting; prints counts only."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be emptied; change nothing.")

    def handle(self, *args, **options):
        days = self.days_for_blocks(retention.usage_keys_in_store())
        counts = {}
        try:
            with transaction.atomic():
                counts = retention.expire_texts(days)
                if options["dry_run"]:
                    raise DryRun
        except DryRun:
            pass
        prefix = "would empty" if options["dry_run"] else "emptied"
        for name, count in counts.items():
            self.stdout.write(f"{prefix} {name}: {count}")
        self.stdout.write(f"blocks with a retention period: {sum(1 for value in days.values() if value)}")

    @staticmethod
    def days_for_blocks(usage_keys):
        """``{usage key: days}``; from the platform's modulestore (tests replace this)."""
        return retention.days_from_modulestore(usage_keys)
