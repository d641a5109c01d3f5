import re

from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal import views
from resources import views as resources_views

handler400 = "portal.views.bad_request"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "browsing-safely/",
        TemplateView.as_view(template_name="browsing_safely.html"),
        name="browsing_safely",
    ),
    # Wagtail's own sign-in forms skip verification, rate limits and two-factor authentication: everyone signs in
    # through allauth. These come before Wagtail's URLs so that theirs are never reached.
    path("admin/login/", views.sign_in_through_allauth, {"default_next": "/admin/"}),
    path("_util/login/", views.sign_in_through_allauth, name="wagtailcore_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("members/agreements/", include("groups.urls_members")),  # groups app; before any "members/" include
    path("accounts/", include("members.urls")),
    path("accounts/", include("allauth.urls")),
    path("members/one-to-one/", include("one_to_one.urls_members")),  # one_to_one app; before "members/"
    path("members/", include("members.member_urls")),
    path(
        "documents/<int:document_id>/as/<str:file_name>",
        resources_views.template_download,
        name="template_download",
    ),  # resources app: fill-in templates as Word, OpenDocument and PDF
    path("feedback/", include("one_to_one.urls_feedback")),  # one_to_one app: end-of-support feedback
    path("documents/", include(wagtaildocs_urls)),
    path("search/", resources_views.search, name="search"),  # resources app
    path("volunteer/applications/", include("recruitment.urls")),
    path("training/", include("training.urls")),  # certificate, verification
    path("get-support/", include("one_to_one.urls")),  # one-to-one referrals (public, no account)
]

if settings.SERVE_MEDIA_FILES:
    from django.views.static import serve

    # Images only: documents go through Wagtail's serve view, which applies their privacy rules, even here.
    media_prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    images = rf"^{media_prefix}(?P<path>(?:original_images|images)/.+)$"
    urlpatterns.append(re_path(images, serve, {"document_root": settings.MEDIA_ROOT}))

urlpatterns.append(path("", include(wagtail_urls)))
