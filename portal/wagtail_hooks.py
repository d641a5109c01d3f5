from datetime import timedelta

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.models import PageViewRestriction

from portal.periodic import PeriodicJob
from portal.retention import purge_expired_data
from portal.roles import user_has_role
from portal.scheduled_publishing import publish_scheduled


@hooks.register("on_serve_page", order=-1)
def forbid_signed_in_people_outside_the_page_groups(callback):
    """A signed-in person who lacks a restricted page's group gets the 403 page.

    Wagtail would send them to the login page, which (being signed in already) sends them back: a loop.
    Anonymous visitors still go to the login page through Wagtail's own check. Membership is asked of
    `user_has_role`, not Wagtail's check, which lets every superuser through: a superuser who owes the second factor
    this session is refused, and so sent to enter it.
    """

    def inner(page, request, serve_args, serve_kwargs):
        if request.user.is_authenticated:
            for restriction in page.get_view_restrictions():
                if restriction.restriction_type == PageViewRestriction.GROUPS and not any(
                    user_has_role(request.user, group.name) for group in restriction.groups.all()
                ):
                    raise PermissionDenied
        return callback(page, request, serve_args, serve_kwargs)

    return inner


@hooks.register("register_periodic_job")
def scheduled_publishing_job():
    return PeriodicJob(name="scheduled publishing", interval=timedelta(minutes=1), run=publish_scheduled)


@hooks.register("register_periodic_job")
def retention_purge_job():
    return PeriodicJob(name="retention purge", interval=timedelta(days=1), run=purge_expired_data)
