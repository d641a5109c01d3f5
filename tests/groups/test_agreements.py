"""Group agreements: sign before the venue shows, re-sign a new version after seeing what changed, keep a copy."""

import pytest

from groups.models import GroupAgreement, Signature
from tests.factories import make_user, sign_in_with_mfa
from tests.groups.conftest import AGREEMENT_TEXT, approve, sign

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(group):
    person = make_user("member@example.org", roles=["Members"])
    approve(person, group)
    return person


def test_an_approved_member_must_sign_before_the_venue_is_shown(client, group, member):
    client.force_login(member)

    before = client.get(group.url).content.decode()
    assert "Hidden Mews" not in before and "Read and sign the agreement" in before

    response = client.post(f"/members/agreements/group/{group.pk}/", {"agree": "on", "typed_name": " Sam  Smith "})

    assert response.status_code == 302 and response["Location"] == group.url
    signature = Signature.objects.get(user=member)
    assert signature.typed_name == "Sam Smith"
    assert signature.version == group.agreement.current_version
    assert signature.signed_at is not None
    assert "Hidden Mews" in client.get(group.url).content.decode()


def test_signing_without_ticking_the_box_keeps_the_typed_name_and_says_what_is_missing(client, group, member):
    client.force_login(member)

    response = client.post(f"/members/agreements/group/{group.pk}/", {"typed_name": "Sam"})

    assert response.status_code == 400
    html = response.content.decode()
    assert "Tick the box to agree." in html
    assert 'value="Sam"' in html
    assert not Signature.objects.exists()


def test_someone_who_is_not_an_approved_member_cannot_sign(client, group):
    outsider = make_user("outsider@example.org", roles=["Members"])
    client.force_login(outsider)

    response = client.post(f"/members/agreements/group/{group.pk}/", {"agree": "on", "typed_name": "Out"})

    assert response.status_code == 403
    assert not Signature.objects.exists()


def test_an_agreement_link_with_a_number_too_big_for_the_database_is_not_found(client, member):
    client.force_login(member)

    response = client.get("/members/agreements/group/" + "9" * 30 + "/")

    assert response.status_code == 404


def test_a_new_version_asks_every_member_to_sign_again_and_shows_what_changed(client, group, member):
    sign(member, group)
    group.agreement.publish_version(AGREEMENT_TEXT + "\nPhones stay on silent.", change_note="Added a line on phones.")
    client.force_login(member)

    listing = client.get("/members/agreements/").content.decode()
    assert "The agreement has changed (now version 2)" in listing

    page = client.get(f"/members/agreements/group/{group.pk}/").content.decode()
    assert "What changed since you signed version 1" in page
    assert "Added: </span>Phones stay on silent." in page
    assert "Added a line on phones." in page
    assert "Hidden Mews" not in client.get(group.url).content.decode()

    client.post(f"/members/agreements/group/{group.pk}/", {"agree": "on", "typed_name": "Sam"})
    assert "Hidden Mews" in client.get(group.url).content.decode()
    assert "You signed the current version (version 2)" in client.get("/members/agreements/").content.decode()


def test_publishing_the_same_text_again_makes_no_new_version(group):
    group.agreement.publish_version(AGREEMENT_TEXT)

    assert group.agreement.versions.count() == 1


def test_a_member_can_see_and_download_what_they_signed_under_a_neutral_file_name(client, group, member):
    signature = sign(member, group, name="Sam Smith")
    client.force_login(member)

    page = client.get(f"/members/agreements/signed/{signature.pk}/").content.decode()
    download = client.get(f"/members/agreements/signed/{signature.pk}/download/")

    assert "What is said here stays here." in page and "Sam Smith" in page
    assert download["Content-Disposition"].startswith('attachment; filename="agreement-')
    assert "What is said here stays here." in download.content.decode()
    assert "Agreed by Sam Smith" in download.content.decode()
    assert "no-store" in download["Cache-Control"]


def test_nobody_else_can_open_a_members_signed_agreement(client, group, member):
    signature = sign(member, group)
    client.force_login(make_user("other@example.org", roles=["Members"]))

    assert client.get(f"/members/agreements/signed/{signature.pk}/").status_code == 404
    assert client.get(f"/members/agreements/signed/{signature.pk}/download/").status_code == 404


def test_agreement_pages_need_signing_in_and_are_never_cached(client, group, member):
    assert client.get("/members/agreements/").status_code == 302
    client.force_login(member)

    response = client.get("/members/agreements/")

    assert "no-store" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]


def test_an_editor_changing_the_text_in_admin_publishes_the_next_version(client, group):
    editor = make_user("editor@example.org", roles=["Editors"])
    sign_in_with_mfa(client, editor)
    agreement = GroupAgreement.objects.get(group=group)

    response = client.post(
        f"/admin/support-groups/agreements/edit/{agreement.pk}/",
        {"text": AGREEMENT_TEXT + "\nWe start on time.", "change_note": "Start on time."},
    )

    assert response.status_code == 302
    current = agreement.current_version
    assert current.number == 2 and current.text.endswith("We start on time.") and current.published_by == editor
    assert agreement.versions.get(number=1).text == AGREEMENT_TEXT
