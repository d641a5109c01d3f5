from wagtail import hooks

from one_to_one import records  # noqa: F401  (registers the intake's export sections)
from one_to_one.admin_views import OneToOneViewSetGroup
from one_to_one.retention import closed_referrals_rule


@hooks.register("register_admin_viewset")
def one_to_one_viewsets():
    return OneToOneViewSetGroup()


@hooks.register("register_retention_rule")
def closed_referrals():
    return closed_referrals_rule()
