"""A member's own area in a real Chromium: CPD with evidence, progress and chart, exports, their data, leaving."""

import datetime
import io
import json
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from members.models import Competency
from portal.roles import MEMBERS
from tests.browser.helpers import assert_no_accessibility_violations, sign_in
from tests.factories import DEFAULT_PASSWORD, make_user

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def member(live_server, demo_site):
    Competency.objects.create(name="Active listening")
    return make_user("member@example.org", roles=[MEMBERS], display_name="Morgan")


def total_hours(page):
    return page.get_by_test_id("cpd-total-hours").first.inner_text()


def add_record(page, title, hours, reflection, with_file=True):
    page.get_by_role("link", name="Add CPD").first.click()
    page.get_by_label("Type of activity").select_option(label="Supervision")
    page.get_by_label("What was it?").fill(title)
    page.get_by_label("Who ran or provided it").fill("My coordinator")
    page.get_by_label("Hours").fill(hours)
    page.get_by_label("Active listening").check()
    page.get_by_label("What I learned and how it changes my practice").fill(reflection)
    if with_file:
        page.get_by_label("Evidence (optional)").set_input_files(
            {"name": "certificate.pdf", "mimeType": "application/pdf", "buffer": PDF}
        )
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()


def test_member_records_cpd_exports_it_downloads_their_data_and_deletes_their_account(page, member):
    sign_in(page, "member@example.org")
    page.goto("/members/")
    expect(page.get_by_text("You have not recorded any CPD this year yet")).to_be_visible()
    page.goto("/members/cpd/")
    assert total_hours(page) == "0"
    assert page.locator("svg .cpd-bar").count() == 0

    add_record(page, "Supervision on boundaries", "2.5", "I will restate the contact arrangements kindly.")

    expect(page.get_by_text("has been added to your CPD record")).to_be_visible()
    assert total_hours(page) == "2.5"
    expect(page.locator("progress#cpd-total")).to_have_attribute("value", "2.5")
    bar = page.locator(f'svg .cpd-bar[data-month="{datetime.date.today():%Y-%m}"]')
    expect(bar).to_have_count(1)
    expect(bar).to_have_attribute("data-hours", "2.5")
    expect(page.get_by_role("link", name="certificate.pdf")).to_be_visible()

    with page.expect_download() as csv_download:
        page.get_by_role("link", name="Download all records (CSV)").click()
    assert csv_download.value.suggested_filename == "cpd-records.csv"
    csv_text = Path(csv_download.value.path()).read_text(encoding="utf-8-sig")
    assert "Supervision on boundaries" in csv_text and "certificate.pdf" in csv_text

    with page.expect_download() as pdf_download:
        page.get_by_role("link", name="Download portfolio").click()
    assert pdf_download.value.suggested_filename.startswith("cpd-portfolio-")
    assert Path(pdf_download.value.path()).read_bytes().startswith(b"%PDF")

    page.get_by_role("navigation", name="Your area").get_by_role("link", name="Your data").click()
    with page.expect_download() as zip_download:
        page.get_by_role("link", name="Download my data (ZIP)").click()
    archive = zipfile.ZipFile(io.BytesIO(Path(zip_download.value.path()).read_bytes()))
    members_data = json.loads(archive.read("members.json"))
    assert members_data["cpd_records"][0]["title"] == "Supervision on boundaries"
    assert any(name.startswith("evidence/") for name in archive.namelist())

    page.get_by_label("Your password").fill(DEFAULT_PASSWORD)
    page.get_by_label("I understand my account").check()
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("Your account and everything in it have been deleted")).to_be_visible()

    sign_in(page, "member@example.org")
    assert "/accounts/login/" in page.url
    page.goto("/members/")
    assert "/accounts/login/" in page.url


def test_editing_a_record_changes_the_progress_bar_and_chart(page, member):
    sign_in(page, "member@example.org")
    page.goto("/members/cpd/")
    add_record(page, "Reading", "1", "Short notes.", with_file=False)
    assert total_hours(page) == "1"

    page.get_by_role("link", name="Edit “Reading”").click()
    page.get_by_label("Hours").fill("4")
    page.get_by_role("button", name="Save").click()

    assert total_hours(page) == "4"
    expect(page.locator("svg .cpd-bar").first).to_have_attribute("data-hours", "4")


def test_bad_input_keeps_the_reflection_and_shows_the_error_beside_the_field(page, member):
    sign_in(page, "member@example.org")
    page.goto("/members/cpd/add/")
    page.get_by_label("What I learned and how it changes my practice").fill("A long reflection I must not lose.")
    page.get_by_label("Hours").fill("0.1")
    page.get_by_role("button", name="Save").click()

    expect(page.locator("#id_hours_error")).to_contain_text("greater than or equal to 0.25")
    expect(page.get_by_label("What I learned and how it changes my practice")).to_have_value(
        "A long reflection I must not lose."
    )


def test_an_unsaved_reflection_comes_back_after_leaving_the_form_and_is_cleared_once_saved(page, member):
    sign_in(page, "member@example.org")
    page.goto("/members/cpd/add/")
    page.get_by_label("What I learned and how it changes my practice").fill("Half-written thoughts")

    page.goto("/members/cpd/")
    page.goto("/members/cpd/add/")

    expect(page.get_by_text("We have put back what you typed earlier")).to_be_visible()
    expect(page.get_by_label("What I learned and how it changes my practice")).to_have_value("Half-written thoughts")

    page.get_by_label("Type of activity").select_option(label="Reading or research")
    page.get_by_label("What was it?").fill("An article")
    page.get_by_label("Hours").fill("1")
    page.get_by_role("button", name="Save").click()
    page.goto("/members/cpd/add/")
    expect(page.get_by_label("What I learned and how it changes my practice")).to_have_value("")
    expect(page.get_by_text("We have put back what you typed earlier")).to_be_hidden()


def test_the_form_warns_before_the_session_ends_and_can_keep_it_alive(page, member, settings):
    settings.SESSION_COOKIE_AGE = 5 * 60 + 2
    sign_in(page, "member@example.org")
    page.goto("/members/cpd/add/")

    warning = page.get_by_text("you will be signed out soon")
    expect(warning).to_be_visible(timeout=8000)
    page.get_by_role("button", name="Stay signed in").click()
    expect(warning).to_be_hidden()


@pytest.mark.parametrize("path", ["/members/", "/members/cpd/", "/members/cpd/add/", "/members/data/"])
def test_members_pages_have_no_accessibility_violations(page, member, path):
    from members.cpd import record_cpd_activity

    record_cpd_activity(
        member,
        source="test:1",
        title="Listening course",
        activity_type="training",
        hours=2,
        date=datetime.date.today(),
        competencies=Competency.objects.all(),
    )
    sign_in(page, "member@example.org")
    page.goto(path)
    if path == "/members/cpd/":
        page.locator("details.cpd-chart-table summary").click()  # the table alternative is checked too

    assert_no_accessibility_violations(page)


def test_the_cpd_form_with_errors_has_no_accessibility_violations(page, member):
    sign_in(page, "member@example.org")
    page.goto("/members/cpd/add/")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#id_title_error")).to_be_visible()

    assert_no_accessibility_violations(page)
