"""The application's last stage: training tells recruitment (a signal, never an import) when a trainee becomes a
Peer Supporter, and the application ends in its own final stage with its history."""

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from portal.roles import MEMBERS, TRAINEES, user_has_role
from recruitment.emails import subject_for
from recruitment.models import ALLOWED_TRANSITIONS, InvalidTransition, Stage
from tests.factories import sign_in_with_mfa
from tests.recruitment.helpers import application_at
from tests.training.factories import TrainingIndexPageFactory
from training.models import Certificate, InductionCompletion, InductionItem, TrainingIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def offered(applicant, role, coordinator, assessor):
    application = application_at(Stage.ASSESSED, applicant, role, coordinator, assessors=[assessor, coordinator])
    application.move_to(Stage.OFFERED, by=coordinator, feedback="Welcome", notify=False)
    return application


@pytest.fixture
def trained(applicant, role):
    """The applicant has the course certificate and every induction item ticked."""
    course = TrainingIndexPage.objects.live().first() or TrainingIndexPageFactory(parent=role.get_site().root_page)
    Certificate.objects.create(
        user=applicant, course=course, title="Certificate", name="Alex", completed_on=timezone.localdate()
    )
    InductionCompletion.objects.bulk_create(
        InductionCompletion(user=applicant, item=item) for item in InductionItem.objects.all()
    )
    return applicant


def test_confirming_the_trainee_as_member_completes_their_application(client, offered, trained, coordinator):
    sign_in_with_mfa(client, coordinator)

    response = client.post(f"/admin/training/people/{trained.pk}/", {"confirm_member": "1"}, follow=True)

    offered.refresh_from_db()
    event = offered.events.last()
    assert offered.stage == Stage.BECAME_MEMBER
    assert (event.from_stage, event.to_stage, event.by) == (Stage.OFFERED, Stage.BECAME_MEMBER, coordinator)
    assert user_has_role(trained, MEMBERS) and not user_has_role(trained, TRAINEES)
    assert [str(message) for message in response.context["messages"]] == [
        f"{trained} is now a Peer Supporter. Their application is complete."
    ]


def test_the_applicant_sees_their_application_ended_in_becoming_a_peer_supporter(client, offered, trained, coordinator):
    sign_in_with_mfa(client, coordinator)
    client.post(f"/admin/training/people/{trained.pk}/", {"confirm_member": "1"})
    client.force_login(trained)

    page = client.get(f"/volunteer/applications/{offered.pk}/").content.decode()

    assert "Became a Peer Supporter" in page
    assert "Next steps: training" not in page
    assert "Withdraw this application" not in page


def test_became_a_peer_supporter_is_final_and_reached_only_from_an_offer(offered, coordinator):
    assert ALLOWED_TRANSITIONS[Stage.OFFERED] == {Stage.BECAME_MEMBER}
    assert ALLOWED_TRANSITIONS[Stage.BECAME_MEMBER] == set()
    assert Stage.BECAME_MEMBER not in ALLOWED_TRANSITIONS[Stage.ASSESSED]
    decided_at = offered.decided_at

    offered.move_to(Stage.BECAME_MEMBER, by=coordinator, notify=False)

    assert offered.decided_at == decided_at  # the decision was the offer
    with pytest.raises(InvalidTransition):
        offered.move_to(Stage.WITHDRAWN, by=coordinator)
    assert subject_for(Stage.BECAME_MEMBER) != subject_for(Stage.OFFERED)


def test_a_trainee_without_an_application_is_confirmed_without_a_word_about_one(
    client, applicant, trained, coordinator
):
    trained.groups.add(Group.objects.get(name=TRAINEES))
    sign_in_with_mfa(client, coordinator)

    response = client.post(f"/admin/training/people/{trained.pk}/", {"confirm_member": "1"}, follow=True)

    assert [str(message) for message in response.context["messages"]] == [f"{trained} is now a Peer Supporter."]


def test_coordinators_can_list_applications_that_ended_in_a_new_peer_supporter(client, offered, coordinator):
    offered.move_to(Stage.BECAME_MEMBER, by=coordinator, notify=False)
    sign_in_with_mfa(client, coordinator)

    response = client.get("/admin/recruitment/applications/", {"stage": "became_member"})

    page = response.content.decode()
    assert response.status_code == 200
    assert offered.reference in page and "Became a Peer Supporter" in page
