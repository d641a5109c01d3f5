"""The venue never leaves through a public route: page HTML, search, sitemap, cached responses, calendar files."""

import pytest
from wagtail.models import Page

from groups.ical import escape_text, fold, meetings_calendar
from groups.models import GroupPage
from portal.confidentiality import disclosing_terms_found
from tests.factories import make_user
from tests.groups.conftest import VENUE_ADDRESS, approve, sign

pytestmark = pytest.mark.django_db

SECRET = "Hidden Mews"


def test_the_venue_is_not_in_the_search_index(group):
    assert list(Page.objects.live().search(SECRET)) == []
    assert list(GroupPage.objects.live().search(SECRET)) == []
    assert [page.pk for page in GroupPage.objects.live().search("Friday Wellbeing")] == [group.pk]


def test_the_venue_is_not_in_the_sitemap(client, group):
    response = client.get("/sitemap.xml")

    assert group.url.encode() in response.content or b"friday-circle" in response.content
    assert SECRET.encode() not in response.content


def test_the_public_page_html_never_contains_the_venue(client, group):
    html = client.get(group.url).content.decode()

    assert SECRET not in html and "Quiet Room 12" not in html and "Ring twice" not in html


def test_a_member_sees_the_venue_in_a_response_no_cache_may_keep_and_anonymous_visitors_after_them_do_not(
    client, group
):
    member = make_user("member@example.org", roles=["Members"])
    approve(member, group)
    sign(member, group)
    client.force_login(member)

    private = client.get(group.url)
    assert SECRET in private.content.decode()
    assert "no-store" in private["Cache-Control"] and "private" in private["Cache-Control"]

    client.logout()
    public = client.get(group.url)
    assert SECRET not in public.content.decode()
    assert "private" not in public.get("Cache-Control", "")


def test_the_calendar_file_has_neutral_name_signage_title_venue_location_and_no_disclosing_term(client, group):
    member = make_user("member@example.org", roles=["Members"])
    approve(member, group)
    sign(member, group)
    client.force_login(member)

    response = client.get(group.url + "calendar/")

    text = response.content.decode()
    assert response["Content-Disposition"] == 'attachment; filename="meetings.ics"'
    assert "no-store" in response["Cache-Control"]
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "SUMMARY:Friday Wellbeing Meeting\r\n" in text
    assert "LOCATION:Quiet Room 12\\, Lantern House\\, 99 Hidden Mews\\, London E2 7QQ" in text.replace("\r\n ", "")
    assert text.count("BEGIN:VEVENT") == 26
    assert disclosing_terms_found(text) == []
    assert "Friday Circle" not in text


def test_a_calendar_falls_back_to_a_neutral_title_if_the_terms_list_grew_after_the_signage_was_saved(group):
    group.signage_wording = "Friday Wellbeing Meeting"
    text = meetings_calendar(group, group.venue, group.next_meeting_dates(count=2))
    assert "SUMMARY:Friday Wellbeing Meeting" in text

    from wagtail.models import Site

    from home.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.disclosing_terms += "\nWellbeing"
    settings.save()

    text = meetings_calendar(group, group.venue, group.next_meeting_dates(count=2))
    assert "SUMMARY:Meeting\r\n" in text
    assert "Wellbeing" not in text


def test_calendar_text_is_escaped_and_long_lines_are_folded_as_rfc_5545_says():
    assert escape_text("Room 1; back, left\\right\nfloor 2") == "Room 1\\; back\\, left\\\\right\\nfloor 2"
    folded = fold("LOCATION:" + "é" * 80)
    lines = folded.split("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)
    assert all(line.startswith(" ") for line in lines[1:])
    assert "".join(line[1:] if index else line for index, line in enumerate(lines)) == "LOCATION:" + "é" * 80


def test_a_venue_address_that_would_disclose_the_group_cannot_be_saved(group):
    from django.core.exceptions import ValidationError

    venue = group.venue
    venue.address = "Sexual Health Centre, 1 Road"
    with pytest.raises(ValidationError) as error:
        venue.full_clean()
    assert "address" in error.value.message_dict
    assert VENUE_ADDRESS  # the fixture's safe address is what members normally see
