"""Volunteer recruitment in a real browser: apply (draft, resume, submit), then follow the selection to an offer."""

import io
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Site

from demo.recruitment import add_volunteer_content
from portal.roles import COORDINATORS
from recruitment.models import Application, RoleDescriptionPage, Stage
from tests.browser.helpers import assert_no_accessibility_violations, sign_in
from tests.factories import give_mfa, make_user, sign_in_with_mfa

pytestmark = pytest.mark.browser

ADMIN = "/admin/recruitment/applications/"


def staff_client(user):
    client = Client()
    sign_in_with_mfa(client, user)
    return client


def in_a_week():
    return (timezone.localtime() + timedelta(days=7)).strftime("%Y-%m-%dT14:30")


def select_through_the_admin(application):
    """The coordinator's and assessors' part, through the admin screens (each a real request to the portal)."""
    coordinator = make_user("casey@example.org", roles=[COORDINATORS])
    second_assessor = make_user("sam@example.org", roles=[COORDINATORS])
    for user in (coordinator, second_assessor):
        give_mfa(user)
    coordinator_client = staff_client(coordinator)

    assert coordinator_client.get(f"{ADMIN}inspect/{application.pk}/").status_code == 200
    coordinator_client.post(f"{ADMIN}shortlist/{application.pk}/", {"feedback": "We enjoyed reading this."})
    coordinator_client.post(
        f"{ADMIN}interview/{application.pk}/",
        {"interview_at": in_a_week(), "interview_format": "phone", "interview_place": "We will call you."},
    )
    for assessor_client in (coordinator_client, staff_client(second_assessor)):
        scores = {"notes": ""}
        for criterion in application.role.criteria.all():
            scores[f"score_{criterion.pk}"] = "3"
            scores[f"notes_{criterion.pk}"] = "Good examples"
        assessor_client.post(f"{ADMIN}assess/{application.pk}/", scores)
    response = coordinator_client.post(
        f"{ADMIN}decide/{application.pk}/",
        {"decision": "offered", "feedback": "Warm, clear and reflective: welcome!", "signposting": "", "confirm": "on"},
    )
    assert response.status_code == 302


def test_a_new_person_applies_saves_a_draft_resumes_submits_and_follows_the_selection_to_an_offer(live_server, page):
    home = Site.objects.get(is_default_site=True).root_page.specific
    add_volunteer_content(home, io.StringIO())
    role = RoleDescriptionPage.objects.get(slug="peer-mentor")
    questions = list(role.application_form.get_form_fields())
    make_user("new.volunteer@example.org")

    # The role description, then "Sign in to apply" brings the person back to the form.
    page.goto("/volunteer/")
    page.get_by_role("link", name="One-to-one Peer Mentor").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("One-to-one Peer Mentor")
    assert_no_accessibility_violations(page)
    page.get_by_role("link", name="Sign in to apply").click()
    page.locator("#id_login").fill("new.volunteer@example.org")
    page.locator("#id_password").fill("correct-horse-battery-staple")
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Apply: One-to-one Peer Mentor")
    assert not page.locator("#id_health_consent").is_checked()
    assert_no_accessibility_violations(page)

    # Half done: save a draft.
    page.get_by_label("Your name").fill("Jo")
    page.get_by_label("When are you available?").fill("Tuesday evenings")
    page.get_by_label(questions[0].label).fill("Because someone did it for me")
    page.get_by_role("button", name="Save as draft").click()
    expect(page.get_by_text("Your draft is saved")).to_be_visible()

    # Later: resume from "Your applications".
    page.goto("/volunteer/applications/")
    page.get_by_role("link", name="One-to-one Peer Mentor").click()
    expect(page.get_by_label("When are you available?")).to_have_value("Tuesday evenings")
    expect(page.get_by_label(questions[0].label)).to_have_value("Because someone did it for me")

    # Sending without consent is refused and keeps what was typed; then it goes through.
    for question in questions[1:]:
        page.get_by_label(question.label).fill("An honest answer")
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    expect(page.get_by_label(questions[0].label)).to_have_value("Because someone did it for me")
    assert_no_accessibility_violations(page)
    page.locator("#id_health_consent").check()
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your application: One-to-one Peer Mentor")
    expect(page.locator(".stage-label")).to_have_text("Submitted")
    assert_no_accessibility_violations(page)

    application = Application.objects.get(applicant__email="new.volunteer@example.org")
    select_through_the_admin(application)

    page.reload()
    expect(page.locator(".stage-label")).to_have_text("Offered training")
    timeline = page.locator(".timeline")
    for stage in ("Submitted", "Shortlisted", "Interview arranged", "Assessed", "Offered training"):
        expect(timeline.get_by_role("heading", name=stage, exact=True)).to_be_visible()
    expect(timeline).to_contain_text("We enjoyed reading this.")
    expect(timeline).to_contain_text("Warm, clear and reflective: welcome!")
    expect(timeline).to_contain_text("We will call you.")
    assert_no_accessibility_violations(page)
    application.refresh_from_db()
    assert application.stage == Stage.OFFERED

    # The dashboard's "Your applications" panel shows where it is up to.
    page.goto("/members/")
    panel = page.locator("section", has=page.get_by_role("heading", name="Your applications"))
    expect(panel).to_contain_text("offered training")
    assert_no_accessibility_violations(page)

    # The offer opens the training section.
    assert page.goto("/training/").status == 200


def test_an_applicant_withdraws_from_their_application_page(live_server, page):
    home = Site.objects.get(is_default_site=True).root_page.specific
    add_volunteer_content(home, io.StringIO())
    role = RoleDescriptionPage.objects.get(slug="group-facilitator")
    applicant = make_user("leaving@example.org")
    from tests.recruitment.helpers import submitted_application

    application = submitted_application(applicant, role)
    sign_in(page, "leaving@example.org")

    page.goto(f"/volunteer/applications/{application.pk}/")
    page.get_by_role("link", name="Withdraw this application").click()
    assert_no_accessibility_violations(page)
    page.get_by_role("button", name="Withdraw my application").click()

    expect(page.locator(".stage-label")).to_have_text("Withdrawn")
