from django.urls import path, reverse
from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.admin import ShownToMenuItem
from resources.models import Audience, Topic
from resources.reports import ChaptersPastReviewView


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class GuidanceFiltersViewSetGroup(SnippetViewSetGroup):
    menu_label = "Guidance filters"
    menu_icon = "tag"
    menu_order = 250
    items = (TopicViewSet, AudienceViewSet)


register_snippet(GuidanceFiltersViewSetGroup)


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path("reports/chapters-past-review/", ChaptersPastReviewView.as_view(), name="resources_chapters_past_review"),
        path(
            "reports/chapters-past-review/results/",
            ChaptersPastReviewView.as_view(results_only=True),
            name="resources_chapters_past_review_results",
        ),
    ]


def edits_pages(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ShownToMenuItem(
        "Chapters past their review date",
        reverse("resources_chapters_past_review"),
        name="chapters-past-review",
        icon_name="time",
        order=750,
        shown_to=edits_pages,
    )
