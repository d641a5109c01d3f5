"""allauth, adapted: its emails name the portal as the Wagtail site is named, not the address of the request."""

from dataclasses import dataclass

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from wagtail.models import Site


@dataclass(frozen=True)
class SiteIdentity:
    """What allauth's email templates read as `current_site`."""

    name: str
    domain: str


def site_identity(request) -> SiteIdentity:
    site = (Site.find_for_request(request) if request is not None else None) or Site.objects.filter(
        is_default_site=True
    ).first()
    if site is None:
        return SiteIdentity(name=settings.WAGTAIL_SITE_NAME, domain="")
    domain = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    return SiteIdentity(name=site.site_name or settings.WAGTAIL_SITE_NAME, domain=domain)


class PortalAccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        # Without django.contrib.sites, allauth would greet people "from" whatever host the request came in on.
        super().send_mail(template_prefix, email, {"current_site": site_identity(allauth_context.request), **context})
