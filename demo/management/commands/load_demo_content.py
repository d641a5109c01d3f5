from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Site

from demo import site as demo_site


class Command(BaseCommand):
    help = (
        "Populate the site with demo content (idempotent: what exists is left alone). "
        "The steps, in order, are listed in demo/site.py."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-demo-users",
            action="store_true",
            help="Also create one user per role and print their sign-in details. Refused in production.",
        )

    def handle(self, *args, with_demo_users=False, **options):
        if with_demo_users and settings.PORTAL_ENVIRONMENT == "production":
            raise CommandError("Demo users have known passwords: they are never created under production settings.")
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        with transaction.atomic():
            demo_site.add_demo_content(home, self.stdout)
            if with_demo_users:
                demo_site.add_demo_users(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
