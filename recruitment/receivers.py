"""Recruitment listening to other apps: training says when a trainee becomes a Peer Supporter."""

from recruitment.models import Application, Stage


def complete_applications_of_new_member(sender, user, by=None, **kwargs):
    """The offered application ends in its final stage, through the pipeline's one state change."""
    offered = list(Application.objects.filter(applicant=user, stage=Stage.OFFERED))
    for application in offered:
        application.move_to(Stage.BECAME_MEMBER, by=by)
    if not offered:
        return None
    return "Their application is complete." if len(offered) == 1 else "Their applications are complete."
