"""Coordinators' monthly meeting counts across all groups, on screen and as CSV."""

import csv

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from django.http import HttpResponse
from django.template.response import TemplateResponse

from groups.models import MeetingLog


def monthly_counts():
    return (
        MeetingLog.objects.annotate(month=TruncMonth("date"))
        .values("month", "group__title")
        .annotate(meetings=Count("pk"), attendance=Sum("attendance"))
        .order_by("-month", "group__title")
    )


def monthly_counts_view(request):
    if not request.user.has_perm("groups.view_meetinglog"):
        raise PermissionDenied
    rows = list(monthly_counts())
    if request.GET.get("export") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="meeting-counts.csv"'
        writer = csv.writer(response)
        writer.writerow(["Month", "Group", "Meetings", "Total attendance"])
        for row in rows:
            writer.writerow([f"{row['month']:%Y-%m}", row["group__title"], row["meetings"], row["attendance"]])
        return response
    return TemplateResponse(
        request, "groups/admin/monthly_counts.html", {"rows": rows, "header_title": "Monthly meeting counts"}
    )
