"""A hidden NUL character in an address or a form is refused with a page that says what to do, never a 500.

PostgreSQL cannot store NUL characters, so without the guard these requests fail inside the database; run this file
with DATABASE_URL pointing at PostgreSQL too.
"""

import pytest

from members.models import CPDRecord
from portal.roles import MEMBERS
from recruitment.models import Application, ReflectionNote
from tests.factories import make_user
from tests.members.conftest import pdf_bytes, record_form_data, upload
from tests.recruitment.conftest import applicant, form_page, role, site_with_roles  # noqa: F401  (fixtures)
from tests.recruitment.helpers import complete_form_data
from tests.training.conftest import course, home, modules, trainee  # noqa: F401  (fixtures)
from tests.training.test_trainee_journey import lesson_url

pytestmark = pytest.mark.django_db


def test_certificate_check_with_a_nul_in_the_address_explains_instead_of_failing(client):
    response = client.get("/training/verify/abc%00def/")

    assert response.status_code == 400
    html = response.content.decode()
    assert "The web address contains a hidden “null” character" in html
    assert '<a href="/">Go to the home page</a>' in html


def test_a_nul_in_a_search_query_is_refused_with_a_message(client):
    response = client.get("/search/?q=support%00groups")

    assert response.status_code == 400
    assert "The web address contains a hidden “null” character" in response.content.decode()


def test_lesson_note_with_a_nul_is_refused_and_the_trainee_is_told_to_retype_it(client, trainee, modules):  # noqa: F811
    module = modules[0]
    block = next(b for b in module.lessons[0].value["content"] if b.block_type == "reflection")
    client.force_login(trainee)

    response = client.post(lesson_url(module, 1), {"block_id": block.id, "note": "pasted\x00text"})

    assert response.status_code == 400
    assert "delete and retype the text you pasted" in response.content.decode()
    assert not ReflectionNote.objects.exists()


def test_cpd_form_with_a_nul_is_refused_and_nothing_is_saved(client):
    client.force_login(make_user("member@example.org", roles=[MEMBERS]))

    response = client.post("/members/cpd/add/", record_form_data(title="Supervision\x00notes"))

    assert response.status_code == 400
    assert "Nothing was saved." in response.content.decode()
    assert not CPDRecord.objects.exists()


def test_application_form_with_a_nul_is_refused_with_a_message_and_no_application_is_made(
    client,
    applicant,  # noqa: F811
    form_page,  # noqa: F811
):
    client.force_login(applicant)

    response = client.post(form_page.url, complete_form_data(form_page, contact_name="Alex\x00"))

    assert response.status_code == 400
    assert "delete and retype the text you pasted" in response.content.decode()
    assert not Application.objects.exists()


def test_uploaded_files_containing_nul_bytes_are_still_accepted(client):
    """Binary file contents are not form text: a PDF may well contain NUL bytes."""
    client.force_login(make_user("member@example.org", roles=[MEMBERS]))

    response = client.post("/members/cpd/add/", record_form_data(evidence=[upload(content=pdf_bytes() + b"\x00\x00")]))

    assert response.status_code == 302
    assert CPDRecord.objects.exists()
