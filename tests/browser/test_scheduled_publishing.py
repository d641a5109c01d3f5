"""Scheduled publishing in a real browser: an editor sets "go live at" in the admin; the worker publishes it on time."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from portal.roles import EDITORS
from tests.browser.helpers import sign_in, submit
from tests.factories import current_totp_code, give_mfa, make_user
from tests.resources.helpers import make_chapter
from tests.worker import worker_tick

pytestmark = pytest.mark.browser


def test_an_editor_schedules_a_chapter_and_it_is_served_once_the_worker_runs_after_its_time(live_server, page):
    chapter = make_chapter("Coming soon", publish=False)
    authenticator = give_mfa(make_user("editor@example.org", roles=[EDITORS]))
    sign_in(page, "editor@example.org")
    page.locator("#id_code").fill(current_totp_code(authenticator))
    submit(page, "Sign In")

    go_live = timezone.localtime() + timedelta(minutes=2)
    page.goto(f"/admin/pages/{chapter.pk}/edit/")
    page.locator('[data-side-panel-toggle="status"]').click()
    page.get_by_role("button", name="Set schedule").click()
    page.locator("#id_go_live_at").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    submit(page, "Save schedule")
    page.get_by_role("button", name="More actions").click()
    submit(page, "Schedule to publish")
    expect(page.locator(".messages")).to_contain_text("has been scheduled for publishing")

    assert page.request.get("/guidance/coming-soon/").status == 404

    worker_tick(at=go_live + timedelta(minutes=1))

    page.goto("/guidance/coming-soon/")
    expect(page.locator("h1")).to_have_text("Coming soon")
