from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from members.models import CPDEvidence
from portal.roles import COORDINATORS, user_has_role


def may_download_evidence(user, evidence) -> bool:
    return evidence.record.user_id == user.pk or user_has_role(user, COORDINATORS)


@login_required
def download_evidence(request, pk):
    """Evidence reaches only its owner or a coordinator, always as a download with a name that says nothing.

    Anyone else gets the same 404 as for an id that does not exist, so ids cannot be probed.
    """
    evidence = CPDEvidence.objects.select_related("record").filter(pk=pk).first()
    if evidence is None or not may_download_evidence(request.user, evidence):
        raise Http404
    try:
        opened = evidence.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        opened, as_attachment=True, filename=evidence.download_name, content_type=evidence.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
