from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from resources import importer
from resources.models import GuidanceIndexPage


class Command(BaseCommand):
    help = (
        "Turn plain-text documents into draft guidance chapters under /guidance/ for an editor to review. "
        "Headings, bullet lists, quotations with their attribution and paragraphs become chapter blocks. "
        "Nothing is published."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 plain-text files")

    def handle(self, *args, files, **options):
        index = GuidanceIndexPage.objects.first()
        if index is None:
            raise CommandError("There is no guidance section yet. Run `python manage.py load_demo_content` first.")
        failed = []
        for name in files:
            path = Path(name)
            try:
                text = path.read_text(encoding="utf-8-sig", errors="replace")
            except OSError as error:
                failed.append(name)
                self.stderr.write(f"Could not read {name}: {error.strerror or error}")
                continue
            document = importer.parse(text, fallback_title=importer.title_from_filename(path))
            page = index.add_draft_chapter(
                title=document.title, summary=document.summary, body=importer.to_stream(document)
            )
            self.stdout.write(
                f"Draft created from {path.name}: “{page.title}” at {page.get_url()} ({document.report()}). "
                f"Nothing is published: review it at /admin/pages/{page.pk}/edit/"
            )
        if failed:
            raise CommandError(f"{len(failed)} of {len(files)} files could not be imported: {', '.join(failed)}")
