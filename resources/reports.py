"""Admin report: chapters whose "review by" date has passed. Health information must be kept current."""

import datetime

from django.utils import timezone
from wagtail.admin.views.reports import PageReportView

from resources.models import GuidanceChapterPage


class ChaptersPastReviewView(PageReportView):
    page_title = "Chapters past their review date"
    header_icon = "time"
    results_template_name = "resources/admin/chapters_past_review_results.html"
    index_url_name = "resources_chapters_past_review"
    index_results_url_name = "resources_chapters_past_review_results"
    # Whoever can add, edit or publish pages (the Editors) sees the report.
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "review_by", "last_reviewed", "status_string"]
    export_headings = {"review_by": "Review by", "last_reviewed": "Last reviewed", "status_string": "Status"}

    def get_filename(self):
        return f"chapters-past-review-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return GuidanceChapterPage.objects.filter(review_by__lt=timezone.localdate()).order_by("review_by", "path")
