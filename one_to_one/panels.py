from django.db.models import Count, Max

from one_to_one.models import CheckIn, Match, MatchStatus
from portal.dashboard import DashboardPanel


def one_to_one_panel(request):
    """ "Your one-to-one support" on the dashboard: the supporter's people, sessions to log and check-outs due."""
    matches = list(
        Match.objects.filter(supporter=request.user, status__in=(MatchStatus.PROPOSED, MatchStatus.ACTIVE))
        .select_related("referral")
        .annotate(session_count=Count("sessions"), last_session=Max("sessions__date"))
        .order_by("created_at")
    )
    check_outs_due = list(
        CheckIn.objects.filter(supporter=request.user, checked_out_at__isnull=True).select_related("match__referral")
    )
    if not matches and not check_outs_due:
        return None
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
