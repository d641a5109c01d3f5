from django.db.models import Count, Max, Prefetch

from one_to_one.models import CheckIn, Match, MatchStatus
from portal.dashboard import DashboardPanel


def one_to_one_panel(request):
    """ "Your one-to-one support" on the dashboard: the supporter's people, sessions to log and check-outs due."""
    matches = list(
        Match.objects.filter(supporter=request.user, status__in=(MatchStatus.PROPOSED, MatchStatus.ACTIVE))
        .select_related("referral")
        .annotate(session_count=Count("sessions"), last_session=Max("sessions__date"))
        .prefetch_related(
            Prefetch("check_ins", CheckIn.objects.filter(checked_out_at__isnull=True), to_attr="open_check_ins")
        )
        .order_by("created_at")
    )
    if not matches:
        return None  # one query for a member with nobody to support (the dashboard has a query budget)
    check_outs_due = [item for match in matches for item in match.open_check_ins]
    return DashboardPanel(
        title="Your one-to-one support",
        template_name="one_to_one/panels/one_to_one.html",
        context={
            "proposed": [m for m in matches if m.status == MatchStatus.PROPOSED],
            "active": [m for m in matches if m.status == MatchStatus.ACTIVE],
            "check_outs_due": check_outs_due,
        },
        order=30,
    )
