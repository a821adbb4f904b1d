"""manage.py process_offers: expire offers past their deadline (the seat goes to the next child
in line) and remind families whose offer ends within two days. Run it every hour (cron)."""

from django.core.management.base import BaseCommand

from loket.placements.services import offer_reminders_send, offers_expire_due


class Command(BaseCommand):
    help = "Expire overdue offers, offer their seats to the next in line, send reminders."

    def handle(self, *args, **options):
        new_offers = offers_expire_due()
        reminded = offer_reminders_send()
        self.stdout.write(
            f"{len(new_offers)} seats offered to the next in line; {reminded} reminders sent."
        )
