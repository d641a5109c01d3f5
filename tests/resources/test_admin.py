"""Editors maintain chapters in Wagtail: page-type rules, moderation, scheduling, and the review-date report."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Revision

from portal.roles import COORDINATORS, EDITORS
from resources.models import GuidanceChapterPage
from tests.factories import make_user, sign_in_with_mfa
from tests.resources.helpers import days_ago, guidance_index, home_page, make_chapter, soup
from tests.worker import worker_tick

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/chapters-past-review/"


@pytest.fixture
def editor_client(client):
    editor = make_user("editor@example.org", roles=[EDITORS])
    sign_in_with_mfa(client, editor)
    client.user = editor
    return client


def test_editor_can_open_the_new_chapter_form_under_guidance_but_not_under_home(editor_client):
    index = guidance_index()

    under_guidance = editor_client.get(f"/admin/pages/add/resources/guidancechapterpage/{index.pk}/")
    under_home = editor_client.get(f"/admin/pages/add/resources/guidancechapterpage/{home_page().pk}/")

    assert under_guidance.status_code == 200
    assert under_home.status_code in (302, 403)  # Wagtail refuses: chapters only live under the guidance library


def test_editor_can_open_a_chapter_with_every_block_in_the_editor(editor_client):
    from tests.resources.helpers import make_document, rich_chapter_body

    chapter = make_chapter("Starting out", body=rich_chapter_body(make_document()))

    response = editor_client.get(f"/admin/pages/{chapter.pk}/edit/")

    assert response.status_code == 200
    assert "Related chapters" in response.content.decode()


def test_editor_submits_a_chapter_to_the_default_moderation_workflow(editor_client):
    chapter = make_chapter("Draft for review", publish=False)
    workflow = chapter.get_workflow()

    workflow.start(chapter, editor_client.user)
    chapter.refresh_from_db()

    assert workflow.name == "Moderators approval"
    assert chapter.workflow_in_progress
    assert not chapter.live
    assert editor_client.get(f"/admin/pages/{chapter.pk}/edit/").status_code == 200


def test_chapter_scheduled_for_later_goes_live_when_the_worker_next_runs_after_its_time(client):
    scheduled_at = timezone.now()
    chapter = make_chapter("Coming soon", publish=False)
    chapter.go_live_at = scheduled_at + datetime.timedelta(minutes=2)
    chapter.save_revision().publish()
    chapter.refresh_from_db()

    assert not chapter.live
    assert client.get("/guidance/coming-soon/").status_code == 404
    assert Revision.page_revisions.filter(object_id=str(chapter.pk), approved_go_live_at__isnull=False).exists()

    worker_tick(at=scheduled_at + datetime.timedelta(minutes=1))
    assert client.get("/guidance/coming-soon/").status_code == 404

    worker_tick(at=scheduled_at + datetime.timedelta(minutes=3))
    assert GuidanceChapterPage.objects.get(pk=chapter.pk).live
    assert client.get("/guidance/coming-soon/").status_code == 200


def test_review_report_lists_only_chapters_past_their_review_date_oldest_first(editor_client):
    make_chapter("Overdue", review_by=days_ago(30), last_reviewed=days_ago(400))
    make_chapter("Very overdue", review_by=days_ago(90))
    make_chapter("Current", review_by=days_ago(-30))
    make_chapter("Never set")

    response = editor_client.get(REPORT_URL)
    rows = soup(response).select("table.listing tbody tr")

    assert response.status_code == 200
    assert "Chapters past their review date" in response.content.decode()
    assert [row.select_one("td.title").get_text(strip=True) for row in rows] == ["Very overdue", "Overdue"]


def test_review_report_says_when_everything_is_current(editor_client):
    make_chapter("Current", review_by=days_ago(-1))

    response = editor_client.get(REPORT_URL)

    assert "Every chapter is within its review date." in response.content.decode()


def test_review_report_is_in_the_editors_reports_menu(editor_client):
    response = editor_client.get("/admin/")

    assert REPORT_URL in response.content.decode()


def test_review_report_is_not_for_coordinators_or_the_public(client):
    make_chapter("Overdue", review_by=days_ago(30))
    anonymous = client.get(REPORT_URL)
    coordinator = make_user("coordinator@example.org", roles=[COORDINATORS])
    sign_in_with_mfa(client, coordinator)

    assert anonymous.status_code == 302
    assert client.get(REPORT_URL).status_code in (302, 403)
    assert REPORT_URL not in client.get("/admin/").content.decode()


def test_review_report_exports_a_spreadsheet(editor_client):
    make_chapter("Overdue", review_by=days_ago(30))

    response = editor_client.get(REPORT_URL + "?export=csv")

    assert response.status_code == 200
    assert "Overdue" in b"".join(response.streaming_content).decode()


def test_editor_can_add_a_topic_readers_can_then_filter_by(editor_client):
    guidance_index()

    response = editor_client.post("/admin/snippets/resources/topic/add/", {"name": "Evaluation", "slug": "evaluation"})

    assert response.status_code == 302
    options = soup(editor_client.get("/guidance/")).select("#id_topic option")
    assert [option.get_text() for option in options] == ["All topics", "Evaluation"]
