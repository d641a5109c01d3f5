"""The members app's own dashboard panel: this CPD year at a glance."""

from django.utils import timezone

from members.cpd import CPDYear, cpd_settings, records_in_year, year_progress
from members.models import CPDRecord
from portal.dashboard import DashboardPanel
from portal.roles import MEMBERS, TRAINEES

RECENT_RECORDS = 3


def cpd_panel(request):
    """Shown to members and trainees, and to anyone else who has CPD records (for example from training)."""
    user = request.user
    has_role = user.is_superuser or user.groups.filter(name__in=[MEMBERS, TRAINEES]).exists()
    if not has_role and not CPDRecord.objects.filter(user=user).exists():
        return None
    settings = cpd_settings(request)
    year = CPDYear.containing(timezone.localdate(), settings.year_start_month)
    return DashboardPanel(
        title="Your CPD",
        template_name="members/panels/cpd.html",
        context={
            "year": year,
            "progress": year_progress(user, year, settings),
            "recent_records": list(records_in_year(user, year).order_by("-date", "-id")[:RECENT_RECORDS]),
        },
        order=10,
    )
