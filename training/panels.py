from portal.dashboard import DashboardPanel
from training.models import TrainingIndexPage
from training.progress import can_take_training, course_overview


def training_panel(request):
    """ "Your training" on the dashboard, for trainees and members while a course is published."""
    user = request.user
    if not can_take_training(user):
        return None
    course = TrainingIndexPage.objects.live().first()
    if course is None:
        return None
    overview = course_overview(course, user)
    if not overview.modules:
        return None
    return DashboardPanel(
        title="Your training",
        template_name="training/panels/training.html",
        context={"overview": overview},
        order=20,
    )
