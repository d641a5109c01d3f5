from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from portal.dashboard import dashboard_panels


@login_required
def dashboard(request):
    """Panels from every app that has something for this person (DESIGN.md seam); members imports none of them."""
    return render(request, "members/dashboard.html", {"panels": dashboard_panels(request)})
