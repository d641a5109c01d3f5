from django.core.management.base import BaseCommand

from portal.retention import purge_expired_data


class Command(BaseCommand):
    help = "Delete personal data that has passed its retention period. Prints counts by kind, never the data."

    def handle(self, *args, **options):
        removed = purge_expired_data()
        if not removed:
            self.stdout.write("No retention rules are registered.")
        for kind, count in removed.items():
            self.stdout.write(f"{kind}: {count} removed")
