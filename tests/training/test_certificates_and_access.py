"""Who may open what: modules, quiz submission, certificate, verification, the progress export. And the
certificate itself: neutral wording, the PDF, the public check."""

import pytest
from django.urls import reverse

from portal.confidentiality import disclosing_terms_found
from tests.factories import sign_in_with_mfa
from tests.training.helpers import answers, pass_module, quiz_url
from training.models import Certificate, QuizAttempt

CERTIFICATE = "/training/certificate/"
CERTIFICATE_PDF = "/training/certificate/download/"
EXPORT = "/admin/training/export.csv"


@pytest.fixture
def certified(client, trainee, modules):
    client.force_login(trainee)
    for module in modules:
        pass_module(client, module)
    client.logout()
    return Certificate.objects.get(user=trainee)


def test_anonymous_visitor_is_sent_to_sign_in_for_modules_quiz_and_certificate(client, modules):
    for url in ("/training/", modules[0].url, quiz_url(modules[0]), CERTIFICATE, CERTIFICATE_PDF):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response.url, url
    response = client.post(quiz_url(modules[0]), answers(modules[0]))
    assert response.status_code == 302 and "login" in response.url
    assert not QuizAttempt.objects.exists()


def test_signed_in_person_without_training_access_gets_403_not_a_redirect_loop(
    client, member_without_training, modules
):
    client.force_login(member_without_training)
    for url in ("/training/", modules[0].url, quiz_url(modules[0]), CERTIFICATE, CERTIFICATE_PDF):
        assert client.get(url).status_code == 403, url
    assert client.post(quiz_url(modules[0]), answers(modules[0])).status_code == 403
    assert not QuizAttempt.objects.exists()


def test_coordinator_without_training_role_cannot_take_modules_but_can_export(client, coordinator, modules):
    sign_in_with_mfa(client, coordinator)
    assert client.get(modules[0].url).status_code == 403
    assert client.get(CERTIFICATE).status_code == 403
    response = client.get(EXPORT)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="training-progress.csv"'


def test_trainees_cannot_download_the_progress_export(client, trainee, member_without_training, modules):
    for person in (trainee, member_without_training):
        client.force_login(person)
        assert client.get(EXPORT).status_code in (302, 403)
    client.logout()
    response = client.get(EXPORT)
    assert response.status_code == 302 and "login" in response.url


def test_trainee_sees_only_their_own_certificate(client, certified, other_trainee):
    client.force_login(other_trainee)
    html = client.get(CERTIFICATE).content.decode()
    assert certified.code not in html and certified.name not in html
    assert "You will get your certificate when you have passed every required module" in html
    assert client.get(CERTIFICATE_PDF).status_code == 404


def test_certificate_page_shows_name_course_date_competencies_and_code(client, certified, trainee):
    client.force_login(trainee)
    html = client.get(CERTIFICATE).content.decode()
    assert "Taylor Trainee" in html and "Certificate in Peer Support Practice" in html
    assert certified.code in html and "Listening and communication" in html
    assert f"{certified.completed_on:%-d %B %Y}" in html


def test_certificate_wording_and_file_name_never_disclose(client, certified, trainee):
    client.force_login(trainee)
    assert not disclosing_terms_found(certified.title)
    for competency in certified.competencies:
        assert not disclosing_terms_found(competency), competency
    response = client.get(CERTIFICATE_PDF)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert response["Content-Disposition"] == 'attachment; filename="training-certificate.pdf"'
    assert not disclosing_terms_found(response["Content-Disposition"])


def test_anyone_with_the_code_can_verify_name_course_and_date_only(client, certified):
    response = client.get(reverse("training_verify", args=[certified.code]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is genuine" in html
    assert "Taylor Trainee" in html and certified.title in html and f"{certified.completed_on:%-d %B %Y}" in html
    assert certified.competencies[0] not in html
    assert "taylor@example.org" not in html


def test_a_typed_code_is_checked_and_an_unknown_code_says_so(client, certified):
    response = client.get("/training/verify/", {"code": certified.code.lower()})
    assert response.status_code == 302
    assert "genuine" in client.get(response.url).content.decode()
    response = client.get("/training/verify/NOPE-NOPE-NOPE/")
    assert response.status_code == 404
    assert "No certificate has the code" in response.content.decode()


def test_other_trainee_can_verify_a_code_as_anyone_can(client, certified, other_trainee):
    client.force_login(other_trainee)
    assert client.get(reverse("training_verify", args=[certified.code])).status_code == 200


def test_course_page_queries_do_not_grow_with_the_number_of_modules(
    client, trainee, course, modules, django_assert_max_num_queries
):
    from training.models import TrainingModulePage

    client.force_login(trainee)
    client.get("/training/")
    with django_assert_max_num_queries(30) as six:
        assert client.get("/training/").status_code == 200
    previous = modules[-1]
    for number in range(34):
        module = TrainingModulePage(title=f"Extra {number}", slug=f"extra-{number}", summary="More", live=True)
        module.prerequisites.set([previous])
        course.add_child(instance=module)
        previous = module
    with django_assert_max_num_queries(len(six.captured_queries)) as forty:
        html = client.get("/training/").content.decode()
    assert html.count("module-list__item ") == 40
    assert len(forty.captured_queries) == len(six.captured_queries)


def test_a_typed_code_with_a_slash_is_simply_not_found(client, db):
    response = client.get("/training/verify/", {"code": "ABCD/EFGH"})

    assert response.status_code == 404
    assert "ABCD/EFGH" in response.content.decode()
