"""manage.py load_demo: the demo municipality, once (``--if-empty``), at any scale."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from loket.demo.loader import DEMO_LOGINS, load_demo
from loket.municipalities.models import Municipality


class Command(BaseCommand):
    help = "Generate and load the deterministic demo municipality."

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="1 = about 60 locations and 1,500 requests; 10 = Antwerp size.",
        )
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when a municipality exists already."
        )
        parser.add_argument("--no-users", action="store_true")

    def handle(self, *args, seed, scale, if_empty, no_users, **options):
        if scale <= 0 or scale > 100:
            raise CommandError("--scale must be between 0 and 100.")
        if if_empty and Municipality.objects.exists():
            self.stdout.write("The demo municipality is loaded already.")
        else:
            bar = tqdm(total=3, desc="demo", disable=scale < 2, unit="step")

            def progress(stage, done, total):
                bar.set_postfix_str(f"{stage} {done}/{total}")
                bar.update(1)

            mun = load_demo(
                seed=seed,
                scale=scale,
                reference_date=timezone.localdate(),
                with_users=not no_users,
                progress=progress,
            )
            bar.close()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Loaded {mun.name}: {mun.locations.count()} locations, "
                    f"{mun.requests.exclude(reference__contains='-K').count()} requests, "
                    f"{mun.requests.filter(reference__contains='-K').count()} children in care."
                )
            )
        if not no_users:
            self.stdout.write("\nDemo logins (e-mail / password):")
            for login in DEMO_LOGINS:
                self.stdout.write(f"  {login.role:<14} {login.email:<24} {login.password}")
