"""manage.py apply_retention: blank the sensitive data of families whose requests all closed
longer than LOKET_RETENTION_DAYS ago. Meant to run daily (cron or a systemd timer)."""

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Max, Q
from django.utils import timezone

from loket.domain.requests import OPEN
from loket.families.models import Family
from loket.families.services import family_blank_sensitive


class Command(BaseCommand):
    help = "Blank sensitive fields of families whose requests are all closed for long enough."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.LOKET_RETENTION_DAYS)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, days, dry_run, **options):
        limit = timezone.now() - dt.timedelta(days=days)
        open_statuses = [str(s) for s in OPEN] + ["draft", "accepted", "placed"]
        families = (
            Family.objects.exclude(children__requests__status__in=open_statuses)
            .annotate(last_change=Max("children__requests__updated_at"))
            .filter(Q(last_change__lt=limit))
            .exclude(street="", house_number="", desk_notes="")
        )
        count = 0
        for family in families.iterator():
            if not dry_run:
                family_blank_sensitive(actor=None, family=family)
            count += 1
        verb = "would be blanked" if dry_run else "blanked"
        self.stdout.write(f"{count} families {verb} (closed for more than {days} days).")
