from django.contrib.auth.models import Group
from wagtail import hooks

from portal.demo import ensure_child_page, ensure_group_restriction
from portal.roles import MEMBERS, TRAINEES
from recruitment.models import TrainingIndexPage, VolunteerIndexPage


@hooks.register("register_demo_content")
def add_volunteer_and_training_sections(home, stdout):
    _page, created = ensure_child_page(
        home,
        VolunteerIndexPage(
            title="Volunteer",
            slug="volunteer",
            show_in_menus=True,
            introduction="<p>Peer Supporters use their own experience to help others. Find out what the role "
            "involves, the training you will get, and how to apply.</p>",
        ),
    )
    if created:
        stdout.write("Section created: /volunteer/")
    training, created = ensure_child_page(
        home,
        TrainingIndexPage(
            title="Training",
            slug="training",
            introduction="<p>Your training as a Peer Supporter: work through the modules in order, at your own "
            "pace.</p>",
        ),
    )
    # Training is for people offered a place (trainees) and trained Peer Supporters (members) only.
    ensure_group_restriction(training, Group.objects.filter(name__in=[TRAINEES, MEMBERS]))
    if created:
        stdout.write("Section created: /training/ (trainees and members only)")
