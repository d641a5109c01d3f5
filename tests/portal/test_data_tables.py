"""One pattern for every data table on the site: a focusable scroll region, named by the table's caption."""

import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
REGION = re.compile(
    r'<div class="table-scroll" role="region" aria-labelledby="(?P<id>[\w-]+)" tabindex="0">\s*'
    r'<table class="data-table[^"]*"[^>]*>\s*<caption id="(?P<caption>[\w-]+)"'
)


def front_end_templates():
    """Templates people see on the site; the Wagtail admin's screens have Wagtail's own tables."""
    for path in sorted(ROOT.glob("*/templates/**/*.html")) + sorted(ROOT.glob("templates/**/*.html")):
        parts = path.relative_to(ROOT).parts
        if parts[0] not in ("tests", ".venv") and "admin" not in parts and "wagtailusers" not in parts:
            yield path


def test_every_front_end_table_scrolls_in_a_region_named_by_its_caption():
    tables = 0
    for path in front_end_templates():
        text = path.read_text()
        tables += text.count("<table")
        wrapped = list(REGION.finditer(text))
        assert len(wrapped) == text.count("<table"), f"{path}: a table outside the shared scroll region"
        assert all(match["id"] == match["caption"] for match in wrapped), path
    assert tables >= 5  # the CPD chart and competencies, agreements signed, a group's members and meeting log
