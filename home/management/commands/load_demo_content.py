from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail import hooks
from wagtail.models import Site


class Command(BaseCommand):
    help = (
        "Populate the site with demo content (idempotent: what exists is left alone). "
        "Each app adds its part through the `register_demo_content` hook."
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
            for add_demo_content in hooks.get_hooks("register_demo_content"):
                add_demo_content(home=home, stdout=self.stdout)
            if with_demo_users:
                for add_demo_users in hooks.get_hooks("register_demo_users"):
                    add_demo_users(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
