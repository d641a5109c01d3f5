"""Editors publish groups in Wagtail admin: disclosing signage is blocked beside the field; a lone facilitator warns."""

import pytest
from django.contrib.messages import get_messages
from wagtail.test.utils.form_data import querydict_from_html

from groups.models import GroupPage
from tests.factories import give_mfa, make_user
from tests.groups.conftest import add_facilitator

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = make_user("editor@example.org", roles=["Editors"])
    give_mfa(editor)
    client.force_login(editor)
    return client


def edit_form(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="page-edit-form").copy()


def post_edit(client, page, action="action-publish", **changes):
    data = edit_form(client, page)
    for name, value in changes.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    data[action] = "1"
    # Every value of multi-valued fields: a plain dict of lists, as a browser would send them.
    return client.post(f"/admin/pages/{page.pk}/edit/", {name: data.getlist(name) for name in data})


def test_publishing_signage_that_names_hiv_is_blocked_with_the_term_named_beside_the_field(editor_client, group):
    response = post_edit(editor_client, group, signage_wording="HIV Women's Group")

    assert response.status_code == 200
    html = response.content.decode()
    assert "“HIV” would reveal what this is about" in html
    assert 'id="id_signage_wording"' in html
    group.refresh_from_db()
    assert group.signage_wording == "Friday Wellbeing Meeting"
    assert group.get_latest_revision().as_object().signage_wording == "Friday Wellbeing Meeting"


@pytest.mark.parametrize("wording", ["Women's h.i.v. support", "P O S I T I V E lunch", "Sexual health drop-in"])
def test_saving_a_draft_with_disguised_disclosing_terms_is_blocked_too(editor_client, group, wording):
    response = post_edit(editor_client, group, action="action-save", signage_wording=wording)

    assert response.status_code == 200
    assert "would reveal what this is about" in response.content.decode()
    assert group.get_latest_revision().as_object().signage_wording == "Friday Wellbeing Meeting"


def test_a_term_added_in_site_settings_is_blocked_from_then_on(editor_client, group):
    from wagtail.models import Site

    from home.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.disclosing_terms += "\nWellbeing"
    settings.save()

    response = post_edit(editor_client, group, description="Changed.")

    assert "“Wellbeing” would reveal" in response.content.decode()


def test_safe_signage_publishes_and_a_lone_facilitator_brings_a_warning_not_a_block(editor_client, group):
    facilitator = make_user("facilitator@example.org", roles=["Members", "Facilitators"])
    add_facilitator(facilitator, group)

    response = post_edit(editor_client, group, signage_wording="Friday Evening Get-together")

    assert response.status_code == 302
    group.refresh_from_db()
    assert group.signage_wording == "Friday Evening Get-together"
    warnings = [str(message) for message in get_messages(response.wsgi_request) if message.level_tag == "warning"]
    assert any("fewer than two facilitators" in warning for warning in warnings)


def test_two_facilitators_bring_no_warning(editor_client, group):
    for email in ("one@example.org", "two@example.org"):
        add_facilitator(make_user(email, roles=["Members", "Facilitators"]), group)

    response = post_edit(editor_client, group, description="Now with two facilitators.")

    assert response.status_code == 302
    assert not [message for message in get_messages(response.wsgi_request) if "facilitators" in str(message)]


def test_a_monthly_group_must_say_which_week_and_must_end_after_it_starts(editor_client, group):
    response = post_edit(editor_client, group, frequency="monthly", week_of_month="", end_time="17:00")

    html = response.content.decode()
    assert "Say which week of the month the group meets." in html
    assert "The meeting must end after it starts." in html


def test_the_venue_is_not_part_of_the_page_form_or_its_revisions(editor_client, group):
    data = edit_form(editor_client, group)

    assert not [name for name in data if "venue" in name or "address" in name]
    assert "Hidden Mews" not in str(GroupPage.objects.get(pk=group.pk).get_latest_revision().content)
