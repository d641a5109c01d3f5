"""CSV and PDF exports of a member's CPD: every field, Excel-friendly, neutral names, streamed."""

import csv
import io
from decimal import Decimal

import pytest
from django.http import StreamingHttpResponse

from members.models import Competency
from portal.roles import MEMBERS
from tests.factories import make_user
from tests.members.conftest import make_record, record_form_data, upload
from tests.pdf_text import contains_name, pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client):
    user = make_user("member@example.org", roles=[MEMBERS], display_name="Morgan")
    client.force_login(user)
    return user


def test_csv_export_has_a_bom_a_neutral_name_and_one_row_per_record_with_every_field(client, member):
    listening = Competency.objects.create(name="Active listening")
    record = make_record(member, title="Listening, “with care”", provider="Centre", reflection="Line one\nLine two")
    record.competencies.add(listening)
    client.post(
        f"/members/cpd/{record.pk}/edit/",
        record_form_data(
            title=record.title,
            provider="Centre",
            reflection="Line one\nLine two",
            competencies=[listening.pk],
            evidence=[upload("cert.pdf")],
        ),
    )
    make_record(member, title="Second")

    response = client.get("/members/cpd/export.csv")

    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="cpd-records.csv"'
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 2
    row = next(row for row in rows if row["Title"].startswith("Listening"))
    assert row["Title"] == "Listening, “with care”"
    assert row["Reflection"] == "Line one\nLine two"
    assert row["Competencies"] == "Active listening"
    assert row["Evidence files"] == "cert.pdf"
    assert row["Hours"] == "1.50"
    assert row["Learning"] == "Participatory"


def test_csv_cells_that_look_like_formulas_are_kept_as_text(client, member):
    make_record(member, title='=HYPERLINK("http://example.com")')

    body = b"".join(client.get("/members/cpd/export.csv").streaming_content).decode("utf-8-sig")

    assert "'=HYPERLINK" in body


def test_pdf_portfolio_has_a_generic_title_the_summary_and_the_reflections(client, member):
    make_record(member, title="Listening skills", reflection="I will leave more silence.", hours=Decimal("4"))

    response = client.get("/members/cpd/export.pdf")

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="cpd-portfolio-')
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert "Continuing professional development portfolio" in text
    assert "Listening skills" in text
    assert "I will leave more silence." in text
    assert "(target: 15 hours)" in text


def test_pdf_copes_with_text_outside_the_latin_alphabet(client, member):
    make_record(member, title="Słuchanie – 聆听 😊", reflection="Zażółć gęślą jaźń")

    response = client.get("/members/cpd/export.pdf")

    assert response.status_code == 200
    text = pdf_text(response.content)
    assert "Słuchanie – " in text and "聆听" in "".join(text.split()) and "😊" in text
    assert "Zażółć gęślą jaźń" in text


def test_downloaded_file_names_never_carry_a_disclosing_term(client, member):
    from members.exports import neutral_download_name

    assert neutral_download_name("cpd-portfolio-2026.pdf", "portfolio.pdf") == "cpd-portfolio-2026.pdf"
    assert neutral_download_name("hiv-portfolio.pdf", "portfolio.pdf") == "portfolio.pdf"


def test_pdf_portfolio_prints_the_name_and_records_in_any_script_and_never_a_question_mark(client, member):
    member.display_name = "محمد عبد الله"
    member.save()
    make_record(member, title="Ακρόαση – 聆听 ✔", provider="ሰላም ተስፋዬ", reflection="Анна помогла 😊 Zoë")

    response = client.get("/members/cpd/export.pdf")

    text = pdf_text(response.content)
    assert contains_name(text, "Arabic", "محمد عبد الله"), text
    assert "Ακρόαση – " in text and "聆听" in "".join(text.split()) and "✔" in text
    assert "ሰላም ተስፋዬ" in text and "Анна помогла 😊 Zoë" in text
    assert "?" not in text
