"""Demo content for /volunteer/: the section's introduction, three roles with person specifications and forms,
and (with demo users) applications at several stages. Idempotent: what exists is left alone."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from demo.pages import ensure_child_page, ensure_group_restriction
from portal.roles import MEMBERS, TRAINEES
from recruitment.forms import HEALTH_CONSENT_VERSION
from recruitment.models import (
    Application,
    ApplicationFormField,
    ApplicationFormPage,
    Assessment,
    CriterionScore,
    DBSLevel,
    InterviewFormat,
    PersonSpecificationCriterion,
    RoleDescriptionPage,
    Stage,
    VolunteerIndexPage,
)
from training.models import TrainingIndexPage

ESSENTIAL = PersonSpecificationCriterion.ESSENTIAL
DESIRABLE = PersonSpecificationCriterion.DESIRABLE
COMMITMENT = "6–12 months to start with"

SHARED_CRITERIA = [
    ("Lived experience of the issues the project supports, and ease in talking about it when it helps", ESSENTIAL),
    ("Listens without judging and respects other people's choices", ESSENTIAL),
    ("Understands why confidentiality matters and keeps to it", ESSENTIAL),
    ("Willing to take part in training, supervision and reflection", ESSENTIAL),
]

ROLES = [
    {
        "title": "One-to-one Peer Mentor",
        "slug": "peer-mentor",
        "summary": "Meet one person at a time, over a few months, to help them find their feet after a new diagnosis "
        "or a hard patch.",
        "location": "Community venues across the city, or a clinic side room",
        "time_commitment": f"{COMMITMENT}, about 2–3 hours a week",
        "supervisor": "The Peer Support Coordinator, with monthly group supervision",
        "dbs_level": DBSLevel.ENHANCED,
        "purpose": "<p>To walk alongside someone who is finding things hard, sharing what helped you so that they "
        "can find their own way forward.</p>",
        "main_tasks": "<ul><li>Meet your mentee regularly, usually fortnightly</li><li>Listen, share your own "
        "experience where it helps, and set goals together</li><li>Point people to services that can help</li>"
        "<li>Keep brief, confidential notes and come to supervision</li></ul>",
        "criteria": [*SHARED_CRITERIA, ("Some experience of supporting someone one-to-one, paid or unpaid", DESIRABLE)],
        "questions": [
            ("Why would you like to be a Peer Mentor?", "multiline", False),
            (
                "How has your own experience shaped you, and what would you share with someone you support?",
                "multiline",
                True,
            ),
            ("Tell us about a time you supported someone", "multiline", False),
        ],
    },
    {
        "title": "Group Facilitator",
        "slug": "group-facilitator",
        "summary": "Co-run a regular peer support group with another facilitator, making it a safe and welcoming "
        "space.",
        "location": "Evening groups in central venues",
        "time_commitment": f"{COMMITMENT}, one evening a fortnight plus preparation",
        "supervisor": "The Groups Lead",
        "dbs_level": DBSLevel.STANDARD,
        "purpose": "<p>To help a group of peers support each other: setting the tone, keeping to the group "
        "agreement and making sure everyone who wants to speak can.</p>",
        "main_tasks": "<ul><li>Plan sessions with your co-facilitator</li><li>Welcome new members and go over the "
        "group agreement</li><li>Keep discussion safe and shared fairly</li><li>Log meetings and raise any "
        "concerns with the Groups Lead</li></ul>",
        "criteria": [
            *SHARED_CRITERIA,
            ("Comfortable speaking in front of a group and handling disagreement calmly", ESSENTIAL),
            ("Has taken part in a peer support group before", DESIRABLE),
        ],
        "questions": [
            ("Why would you like to facilitate a group?", "multiline", False),
            ("How would you handle one person taking over a session?", "multiline", False),
            ("What does your own experience bring to a group?", "multiline", True),
        ],
    },
    {
        "title": "Telephone and online supporter",
        "slug": "telephone-online-supporter",
        "summary": "Offer support by phone, message or video to people who cannot or would rather not meet in person.",
        "location": "From home, with a project phone and laptop",
        "time_commitment": f"{COMMITMENT}, one 3-hour shift a week",
        "supervisor": "The Peer Support Coordinator",
        "dbs_level": DBSLevel.BASIC,
        "purpose": "<p>To make peer support reachable for people who live far away, work odd hours, or are not "
        "ready to be seen walking into a support service.</p>",
        "main_tasks": "<ul><li>Answer calls and messages during your shift</li><li>Offer a listening ear and "
        "information about next steps</li><li>Follow the safeguarding procedure when someone is at risk</li>"
        "<li>Keep short, confidential records</li></ul>",
        "criteria": [
            *SHARED_CRITERIA,
            ("Confident using a phone, email and video calls", ESSENTIAL),
            ("Can work from a private space where calls are not overheard", ESSENTIAL),
        ],
        "questions": [
            ("Why does telephone and online support interest you?", "multiline", False),
            ("Which days and times could you take a shift?", "checkboxes", False),
            ("Anything about your health you would like us to take into account?", "multiline", True),
        ],
    },
]
SHIFT_CHOICES = "Weekday mornings\nWeekday afternoons\nWeekday evenings\nWeekends"


def add_volunteer_content(home, stdout):
    volunteer, created = ensure_child_page(
        home,
        VolunteerIndexPage(
            title="Volunteer",
            slug="volunteer",
            show_in_menus=True,
            introduction="<p>Peer Supporters use their own experience to help others. Find out what the role "
            "involves, the training you will get, and how to apply.</p>",
            why_volunteer="<p>Meeting someone who has been where you are can change how a person sees their own "
            "future. As a Peer Supporter you turn your experience into that kind of hope for someone else, and "
            "you gain training, new skills and a team who have your back.</p><p>We ask for an initial "
            "commitment of six to twelve months, so the people you support can count on you.</p>",
            what_peer_supporters_do="<ul><li>Listen and share what helped them, when it helps</li><li>Support "
            "people one-to-one, in groups, or by phone and online</li><li>Help people find the services they "
            "need</li><li>Keep to clear boundaries and confidentiality, with regular supervision</li></ul>"
            "<p>Everyone is trained first. Applications are assessed by two people against the same person "
            "specification, and everyone who applies gets feedback.</p>",
        ),
    )
    if created:
        stdout.write("Section created: /volunteer/")
    for role in ROLES:
        _ensure_role(volunteer, role, stdout)

    training, created = ensure_child_page(
        home,
        TrainingIndexPage(
            title="Training",
            slug="training",
            introduction="<p>Your training as a Peer Supporter: work through the modules in order, at your own "
            "pace.</p>",
        ),
    )
    # Training is for people offered a place (trainees) and trained Peer Supporters (members) only.
    ensure_group_restriction(training, Group.objects.filter(name__in=[TRAINEES, MEMBERS]))
    if created:
        stdout.write("Section created: /training/ (trainees and members only)")


def _ensure_role(volunteer, spec, stdout):
    role, created = ensure_child_page(
        volunteer,
        RoleDescriptionPage(
            title=spec["title"],
            slug=spec["slug"],
            project_name="Peer Support Project",
            summary=spec["summary"],
            location=spec["location"],
            time_commitment=spec["time_commitment"],
            supervisor=spec["supervisor"],
            dbs_level=spec["dbs_level"],
            purpose=spec["purpose"],
            main_tasks=spec["main_tasks"],
            criteria=[
                PersonSpecificationCriterion(description=description, importance=importance, sort_order=index)
                for index, (description, importance) in enumerate(spec["criteria"])
            ],
        ),
    )
    if created:
        stdout.write(f"Volunteer role created: {role.url_path}")
    ensure_child_page(
        role,
        ApplicationFormPage(
            title=f"Apply: {spec['title']}",
            slug="apply",
            introduction="<p>This takes about 20 minutes. Answer in your own words: there are no right answers, "
            "and we do not expect polished writing.</p>",
            thank_you_text="<p>Thank you for applying. We read every application and will be in touch within "
            "three weeks.</p>",
            form_fields=[
                ApplicationFormField(
                    label=label,
                    field_type=field_type,
                    required=field_type != "checkboxes",
                    choices=SHIFT_CHOICES if field_type == "checkboxes" else "",
                    is_sensitive=sensitive,
                    sort_order=index,
                )
                for index, (label, field_type, sensitive) in enumerate(spec["questions"])
            ],
        ),
    )


# (applicant email, role slug, stage reached). Demo users come from demo/members.py.
DEMO_APPLICATIONS = [
    ("applicant@example.org", "peer-mentor", Stage.SUBMITTED),
    ("trainee@example.org", "group-facilitator", Stage.OFFERED),
    ("member@example.org", "telephone-online-supporter", Stage.INTERVIEW_ARRANGED),
]
DEMO_ASSESSORS = ("coordinator@example.org", "facilitator@example.org")


def add_demo_applications(stdout):
    users = {user.email: user for user in get_user_model().objects.filter(email__endswith="@example.org")}
    coordinator = users.get("coordinator@example.org")
    for email, slug, stage in DEMO_APPLICATIONS:
        applicant = users.get(email)
        role = RoleDescriptionPage.objects.filter(slug=slug).first()
        if applicant is None or role is None or coordinator is None:
            continue
        if Application.objects.filter(applicant=applicant, role=role).exists():
            continue
        _demo_application(applicant, role, stage, coordinator, users)
        stdout.write(f"  Demo application: {email} for {role.title} ({Stage(stage).label.lower()})")


def _demo_application(applicant, role, stage, coordinator, users):
    form_page = role.application_form
    application = Application.objects.create(
        applicant=applicant,
        role=role,
        role_title=role.title,
        form_page=form_page,
        contact_name=applicant.display_name.split(" (")[0] or "Demo applicant",
        contact_email=applicant.email,
        availability="Weekday evenings and some Saturdays.",
        health_consent_given_at=timezone.now(),
        health_consent_version=HEALTH_CONSENT_VERSION,
    )
    answers = {}
    for field in form_page.get_form_fields():
        if field.field_type == "checkboxes":
            answers[field.clean_name] = ["Weekday evenings"]
        else:
            answers[field.clean_name] = "A demo answer, written in the applicant's own words."
    form_page.get_submission_class().objects.create(
        form_data=answers, page=form_page, user=applicant, application=application
    )
    application.move_to(Stage.SUBMITTED, by=applicant, notify=False)
    if stage == Stage.SUBMITTED:
        return
    application.move_to(Stage.SHORTLISTED, by=coordinator, notify=False)
    application.interview_at = timezone.now() + timedelta(days=10)
    application.interview_format = InterviewFormat.PHONE
    application.interview_place = "The coordinator will call you on the number you gave."
    application.move_to(
        Stage.INTERVIEW_ARRANGED, by=coordinator, notify=False, detail="A phone interview, in about ten days."
    )
    if stage == Stage.INTERVIEW_ARRANGED:
        return
    for email in DEMO_ASSESSORS:
        assessor = users.get(email)
        assessment = Assessment.objects.create(
            application=application, assessor=assessor, assessor_name=assessor.get_full_name()
        )
        CriterionScore.objects.bulk_create(
            CriterionScore(assessment=assessment, criterion=criterion, criterion_text=criterion.description, score=3)
            for criterion in role.criteria.all()
        )
    application.move_to(Stage.ASSESSED, by=coordinator, notify=False)
    application.move_to(
        Stage.OFFERED,
        by=coordinator,
        notify=False,
        feedback="You showed real warmth and clear boundaries at interview. We would love you to join the next "
        "training course.",
    )
