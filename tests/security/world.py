"""The data the URL access matrix requests against: built once, with private things owned by people who are
none of the identities asking, and with marker strings planted in each private thing."""

import datetime
import io
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.files.base import ContentFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from groups.models import GroupPage, GroupVenue, MeetingLog, Membership
from members.models import CPDEvidence, CPDRecord
from one_to_one.models import Referral
from portal.roles import COORDINATORS, EDITORS, FACILITATORS, MEMBERS, TRAINEES
from recruitment.models import RoleDescriptionPage
from tests.factories import give_mfa, load_demo_site, make_user, sign_in_with_mfa
from tests.groups.conftest import VENUE_ADDRESS, add_facilitator, approve, sign
from tests.recruitment.helpers import submitted_application
from training.models import Certificate, QuizAttempt, TrainingIndexPage, TrainingModulePage

# Each marker is planted in one private thing; the matrix asserts it appears only in the cells allowed to see it.
VENUE_MARKER = "Lantern House"  # the confidential venue of the group the identities are not members of
CPD_MARKER = "Marker CPD: supervision at Juniper Court"
EVIDENCE_MARKER = b"MARKER-EVIDENCE-CONTENT-7Q3"
ANSWER_MARKER = "Marker answer: I volunteered at Quince Lane"
LOG_MARKER = "Marker log: the kettle at Rowan Hall"
OWNER_NAME = "Ottilie Marker-Owner"
REFERRAL_MARKER = "Perpetua Marker-Referred"  # the name of a person referred for one-to-one support

IDENTITIES = (
    "anonymous",
    "unverified",
    "applicant",
    "trainee",
    "member",
    "facilitator_of_another_group",
    "editor",
    "coordinator_without_2fa",
    "coordinator_password_only",
    "coordinator_with_2fa",
)


@dataclass
class World:
    group: GroupPage
    other_group: GroupPage
    owner: object
    signature: object
    pending_membership: Membership
    record: CPDRecord
    evidence: CPDEvidence
    application: object
    module: TrainingModulePage
    attempt: QuizAttempt
    certificate: Certificate
    document: object
    template: object  # a fill-in template (Markdown), offered as Word, OpenDocument and PDF
    image: object
    log: MeetingLog
    referral: Referral = None
    users: dict = field(default_factory=dict)

    def planted(self):
        """The private objects, most specific first, for filling an admin URL's `pk` with a real one."""
        return [
            self.evidence,
            self.record,
            self.referral,
            self.application,
            self.pending_membership,
            self.attempt,
            self.certificate,
            self.signature,
            self.group.venue,
            self.log,
            self.document,
            self.image,
            self.owner,
            self.group,
        ]


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "teal").save(buffer, format="PNG")
    return buffer.getvalue()


def build_world(demo_site_loaded=False):
    """The demo page tree plus one of each private thing, owned by people outside the identities. A test that has
    the `demo_site` fixture says so (`demo_site_loaded=True`) and the tree is not built again."""
    if not demo_site_loaded:
        load_demo_site()
    group, other_group = GroupPage.objects.live().order_by("path")[:2]
    GroupVenue.objects.update_or_create(group=group, defaults={"room": "Quiet Room 12", "address": VENUE_ADDRESS})
    group.refresh_from_db()
    log = MeetingLog.objects.create(group=group, attendance=7, issues_for_coordinator=LOG_MARKER)

    owner = make_user("owner@example.org", roles=[MEMBERS, TRAINEES], display_name=OWNER_NAME)
    approve(owner, group)
    signature = sign(owner, group, name=OWNER_NAME)
    waiting = make_user("waiting@example.org", roles=[MEMBERS])
    pending_membership = Membership.ask_to_join(waiting, group)

    record = CPDRecord.objects.create(
        user=owner,
        date=datetime.date.today() - datetime.timedelta(days=3),
        activity_type="supervision",
        title=CPD_MARKER,
        hours=Decimal("2"),
        mode="participatory",
        reflection="A private reflection.",
    )
    evidence = CPDEvidence.objects.create(
        record=record,
        file=ContentFile(b"%PDF-1.4\n" + EVIDENCE_MARKER + b"\n%%EOF\n", name="evidence.pdf"),
        original_name="evidence.pdf",
        extension="pdf",
        content_type="application/pdf",
        size=40,
    )

    role = RoleDescriptionPage.objects.live().first()
    other_applicant = make_user("other-applicant@example.org")
    form_page = role.application_form
    answers = {f.clean_name: ANSWER_MARKER for f in form_page.get_form_fields()}
    application = submitted_application(other_applicant, role, answers=answers)

    module = TrainingModulePage.objects.live().order_by("path").first()
    attempt = QuizAttempt.objects.create(user=owner, module=module, score=1, total=2, percent=50, passed=False)
    certificate = Certificate.objects.create(
        user=owner,
        course=TrainingIndexPage.objects.first(),
        title="Peer Supporter training",
        name="Ottilie Certified",
        completed_on=datetime.date.today(),
    )
    document = get_document_model().objects.create(
        title="Leaflet", file=ContentFile(b"%PDF-1.4 leaflet", name="leaflet.pdf")
    )
    template = get_document_model().objects.create(
        title="Leaflet template", file=ContentFile(b"# Leaflet\n\n- A point\n", name="leaflet-template.md")
    )
    image = get_image_model().objects.create(title="Teal", file=ContentFile(png_bytes(), name="teal.png"))

    world = World(
        group=group,
        other_group=other_group,
        owner=owner,
        signature=signature,
        pending_membership=pending_membership,
        record=record,
        evidence=evidence,
        application=application,
        module=module,
        attempt=attempt,
        certificate=certificate,
        document=document,
        template=template,
        image=image,
        log=log,
        referral=Referral.objects.create(name=REFERRAL_MARKER, phone="07700 900999", clinic_attended="Marker clinic"),
    )
    world.users = make_identities(world)
    return world


def make_identities(world):
    applicant = make_user("applicant@example.org")
    submitted_application(applicant, RoleDescriptionPage.objects.live().first())
    facilitator = make_user("facilitator@example.org", roles=[MEMBERS, FACILITATORS])
    add_facilitator(facilitator, world.other_group)
    coordinator_without_2fa = make_user("coordinator-no-2fa@example.org", roles=[COORDINATORS])
    coordinator_password_only = make_user("coordinator-password@example.org", roles=[COORDINATORS])
    give_mfa(coordinator_password_only)
    editor = make_user("editor@example.org", roles=[EDITORS])
    return {
        "anonymous": None,
        "unverified": make_user("unverified@example.org", verified=False),
        "applicant": applicant,
        "trainee": make_user("trainee@example.org", roles=[TRAINEES]),
        "member": make_user("member@example.org", roles=[MEMBERS]),
        "facilitator_of_another_group": facilitator,
        "editor": editor,
        "coordinator_without_2fa": coordinator_without_2fa,
        "coordinator_password_only": coordinator_password_only,
        "coordinator_with_2fa": make_user("coordinator@example.org", roles=[COORDINATORS]),
    }


# Identities that hold a staff power sign in completely (password and authenticator code) unless the identity is
# about an incomplete sign-in.
SIGNED_IN_WITH_MFA = {"facilitator_of_another_group", "editor", "coordinator_with_2fa"}


def sign_in(client, who, user):
    if user is None:
        return client
    if who in SIGNED_IN_WITH_MFA:
        sign_in_with_mfa(client, user)
    else:
        client.force_login(user)
    return client


def live_pages():
    return Page.objects.live().filter(depth__gt=1).specific().order_by("path")
