"""The "Your applications" panel on the member dashboard (DESIGN.md seam)."""

from portal.dashboard import DashboardPanel
from recruitment.models import Application


def applications_panel(request):
    applications = list(Application.objects.filter(applicant=request.user).select_related("form_page"))
    if not applications:
        return None
    return DashboardPanel(
        title="Your applications",
        template_name="recruitment/panels/applications.html",
        context={"applications": applications},
        order=10,
    )
