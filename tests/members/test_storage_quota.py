"""Each member has a storage quota for everything they upload; they see how much they use."""

import pytest
from bs4 import BeautifulSoup

from members.models import CPDRecord
from portal.roles import MEMBERS
from tests.factories import make_user
from tests.members.conftest import make_record, record_form_data, upload

pytestmark = pytest.mark.django_db

QUOTA = 1000


@pytest.fixture
def member(client, settings):
    settings.MEMBER_STORAGE_QUOTA_BYTES = QUOTA
    user = make_user("member@example.org", roles=[MEMBERS])
    client.force_login(user)
    return user


def pdf_of(size):
    return upload("notes.pdf", content=b"%PDF-1.4\n" + b"x" * (size - 9))


@pytest.fixture
def record_using_most_of_the_quota(client, member):
    record = make_record(member, title="Supervision notes")
    client.post(f"/members/cpd/{record.pk}/edit/", record_form_data(title=record.title, evidence=[pdf_of(700)]))
    assert record.evidence.get().size == 700
    return record


def test_a_file_that_would_exceed_the_quota_is_refused_beside_the_field_keeping_what_was_typed(
    client, member, record_using_most_of_the_quota
):
    response = client.post("/members/cpd/add/", record_form_data(title="Group learning day", evidence=[pdf_of(400)]))

    page = BeautifulSoup(response.content, "html.parser")
    evidence_field = page.find("input", attrs={"name": "evidence"}).find_parent(class_="field")
    assert "would take you over your storage space" in evidence_field.get_text()
    assert page.find("input", attrs={"name": "title"})["value"] == "Group learning day"
    assert not CPDRecord.objects.filter(title="Group learning day").exists()


def test_removing_evidence_in_the_same_edit_makes_room_for_the_new_file(client, member, record_using_most_of_the_quota):
    record = record_using_most_of_the_quota
    old = record.evidence.get()
    client.post(
        f"/members/cpd/{record.pk}/edit/",
        record_form_data(title=record.title, remove_evidence=[old.pk], evidence=[pdf_of(800)]),
    )

    assert [evidence.size for evidence in record.evidence.all()] == [800]


def test_the_cpd_page_shows_how_much_of_the_quota_is_used(client, member, record_using_most_of_the_quota):
    response = client.get("/members/cpd/")

    usage = BeautifulSoup(response.content, "html.parser").find(id="storage-use").get_text(" ", strip=True)
    assert "700\xa0bytes" in usage
    assert "1000\xa0bytes" in usage
