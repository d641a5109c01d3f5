"""The public list at /groups/ and each group's public page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from groups.models import Area, Audience, GroupPage
from tests.groups.conftest import VENUE_ADDRESS, VENUE_ROOM

pytestmark = pytest.mark.django_db


def test_the_public_list_shows_each_group_with_its_area_schedule_and_signage(client, make_group):
    make_group(signage="Friday Wellbeing Meeting")

    html = client.get("/groups/").content.decode()

    assert "Friday Circle" in html
    assert "Islington" in html
    assert "Every Friday, 18:00–19:30" in html


def test_the_list_can_be_filtered_by_audience_format_area_and_day(client, make_group):
    men, _ = Audience.objects.get_or_create(name="Gay and bisexual men")
    online, _ = Area.objects.get_or_create(name="Online")
    make_group()
    make_group(slug="thursday", title="Thursday Talk", signage="Thursday Talk", audience=men, weekday=3)
    make_group(slug="online", title="Monday Online", signage="Monday Catch-up", area=online, format="online", weekday=0)

    def titles(query):
        html = client.get("/groups/" + query).content.decode()
        return {title for title in ("Friday Circle", "Thursday Talk", "Monday Online") if title in html}

    assert titles("") == {"Friday Circle", "Thursday Talk", "Monday Online"}
    assert titles(f"?audience={men.slug}") == {"Thursday Talk"}
    assert titles("?format=online") == {"Monday Online"}
    assert titles(f"?area={online.slug}") == {"Monday Online"}
    assert titles("?day=4") == {"Friday Circle"}
    assert titles("?day=3&format=online") == set()


def test_nonsense_in_the_filter_link_shows_groups_instead_of_an_error(client, make_group):
    make_group()

    response = client.get("/groups/?day=banana&audience=nobody&format=%E2%80%AE")

    assert response.status_code == 200
    assert "Friday Circle" in response.content.decode()


def test_a_group_page_shows_the_area_the_signage_wording_and_how_to_join_but_never_the_venue(client, group):
    html = client.get(group.url).content.decode()

    assert "Look for" in html and "Friday Wellbeing Meeting" in html
    assert "Islington" in html
    assert "How to join" in html and "Sign in" in html
    assert VENUE_ADDRESS not in html and "Hidden Mews" not in html and VENUE_ROOM not in html


def test_a_group_page_lists_its_next_meeting_dates(client, group):
    html = client.get(group.url).content.decode()

    assert "Next meetings" in html
    assert html.count("<time datetime=") == 3


def _queries_for_list(client):
    client.get("/groups/")  # warm the per-process caches (site root paths) so both counts start alike
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/groups/").status_code == 200
    return len(queries)


def _add_groups(index, count, start=0):
    template = GroupPage.objects.first()
    for number in range(start, start + count):
        page = GroupPage(
            title=f"Group {number}",
            slug=f"group-{number}",
            description="A group.",
            audience=template.audience,
            area=template.area,
            signage_wording=f"Meeting {number}",
        )
        index.add_child(instance=page)


def test_the_list_costs_the_same_number_of_queries_for_5_and_for_200_groups(client, index, group):
    _add_groups(index, 4)
    with_five = _queries_for_list(client)

    _add_groups(index, 195, start=4)
    assert GroupPage.objects.live().count() == 200
    with_two_hundred = _queries_for_list(client)

    assert with_five <= 20
    assert with_two_hundred == with_five


def test_the_list_stays_within_its_query_budget(client, group, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        client.get("/groups/")
