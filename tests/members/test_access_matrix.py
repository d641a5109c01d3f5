"""Who can open what under /members/: anonymous, another member, the owner and a coordinator. No cell leaks."""

import pytest

from portal.roles import COORDINATORS, MEMBERS, user_has_role
from tests.factories import make_user, sign_in_with_mfa
from tests.members.conftest import make_record, record_form_data, upload

pytestmark = pytest.mark.django_db

SECRET_REFLECTION = "Only the owner may ever read this reflection"


@pytest.fixture
def people(client):
    owner = make_user("owner@example.org", roles=[MEMBERS])
    other = make_user("other@example.org", roles=[MEMBERS])
    coordinator = make_user("coordinator@example.org", roles=[COORDINATORS])
    record = make_record(owner, reflection=SECRET_REFLECTION, title="Owner private title")
    client.force_login(owner)
    client.post(
        f"/members/cpd/{record.pk}/edit/",
        record_form_data(title="Owner private title", reflection=SECRET_REFLECTION, evidence=[upload()]),
    )
    client.logout()
    return {"owner": owner, "other": other, "coordinator": coordinator, "record": record}


def sign_in(client, person):
    """The coordinator signs in with password and code, as staff must; members with their password."""
    if user_has_role(person, COORDINATORS):
        sign_in_with_mfa(client, person)
    else:
        client.force_login(person)


def own_pages():
    return [
        "/members/",
        "/members/cpd/",
        "/members/cpd/add/",
        "/members/cpd/export.csv",
        "/members/cpd/export.pdf",
        "/members/data/",
        "/members/data/download/",
    ]


@pytest.mark.parametrize(
    "path", [*own_pages(), "/members/cpd/1/edit/", "/members/cpd/1/delete/", "/members/cpd/evidence/1/"]
)
def test_anonymous_visitors_are_sent_to_sign_in_from_every_members_page(client, people, path):
    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("path", own_pages())
def test_every_members_page_is_private_and_not_indexed(client, people, path):
    client.force_login(people["owner"])
    response = client.get(path)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]


@pytest.mark.parametrize("who", ["other", "coordinator"])
@pytest.mark.parametrize("action", ["edit", "delete"])
def test_nobody_but_the_owner_can_open_a_record_and_a_guessed_id_is_a_plain_404(client, people, who, action):
    sign_in(client, people[who])
    record = people["record"]

    response = client.get(f"/members/cpd/{record.pk}/{action}/")
    unknown = client.get(f"/members/cpd/{record.pk + 1000}/{action}/")

    assert response.status_code == unknown.status_code == 404
    assert SECRET_REFLECTION not in response.content.decode()


@pytest.mark.parametrize("who", ["other", "coordinator"])
def test_nobody_but_the_owner_can_change_or_delete_a_record_by_posting(client, people, who):
    sign_in(client, people[who])
    record = people["record"]

    assert client.post(f"/members/cpd/{record.pk}/edit/", record_form_data(title="Hijacked")).status_code == 404
    assert client.post(f"/members/cpd/{record.pk}/delete/").status_code == 404
    record.refresh_from_db()
    assert record.title == "Owner private title"


@pytest.mark.parametrize("who", ["other", "coordinator"])
@pytest.mark.parametrize("path", ["/members/cpd/", "/members/cpd/export.csv", "/members/", "/members/data/"])
def test_other_peoples_pages_show_only_their_own_records(client, people, who, path):
    sign_in(client, people[who])

    response = client.get(path)
    body = b"".join(response.streaming_content) if response.streaming else response.content

    assert b"Owner private title" not in body
    assert SECRET_REFLECTION.encode() not in body


@pytest.mark.parametrize(("who", "status"), [("owner", 200), ("coordinator", 200), ("other", 404)])
def test_evidence_downloads_for_the_owner_and_coordinators_only(client, people, who, status):
    evidence = people["record"].evidence.get()
    sign_in(client, people[who])

    response = client.get(f"/members/cpd/evidence/{evidence.pk}/")

    assert response.status_code == status
    if status == 200:
        assert response["Content-Disposition"] == f'attachment; filename="evidence-{evidence.pk}.pdf"'
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_a_guessed_evidence_id_is_the_same_404_as_a_real_one_belonging_to_someone_else(client, people):
    evidence = people["record"].evidence.get()
    client.force_login(people["other"])

    real = client.get(f"/members/cpd/evidence/{evidence.pk}/")
    guessed = client.get(f"/members/cpd/evidence/{evidence.pk + 999}/")

    assert real.status_code == guessed.status_code == 404
    assert b"Page not found" in real.content
    assert real.content.count(b"evidence") == guessed.content.count(b"evidence") == 0


def test_evidence_is_stored_outside_the_public_media_folder_and_has_no_url(people, settings, _private_media):
    evidence = people["record"].evidence.get()

    path = (_private_media / evidence.file.name).resolve()
    assert path.exists()
    assert not path.is_relative_to(settings.MEDIA_ROOT)
    with pytest.raises(ValueError, match="no URL"):
        _ = evidence.file.url


def test_the_default_private_folder_is_not_under_media_root():
    from django.conf import settings as django_settings

    from portal.settings import base

    assert not base.PRIVATE_MEDIA_ROOT.resolve().is_relative_to(base.MEDIA_ROOT.resolve())
    assert django_settings.MEDIA_URL not in str(base.PRIVATE_MEDIA_ROOT)
