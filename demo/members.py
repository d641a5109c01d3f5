"""Demo users, one per role, for trying the portal out. Never created under production settings."""

import datetime
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from members.cpd import record_cpd_activity
from members.models import Competency, LearningMode
from portal.roles import COORDINATORS, EDITORS, FACILITATORS, MEMBERS, TRAINEES

# (email, display name, role groups). Passwords are fixed so the printed list stays true on every run.
DEMO_USERS = [
    ("applicant@example.org", "Alex (applicant)", []),
    ("trainee@example.org", "Taylor (trainee)", [TRAINEES]),
    ("member@example.org", "Morgan (member)", [MEMBERS]),
    ("facilitator@example.org", "Frankie (facilitator)", [MEMBERS, FACILITATORS]),
    ("coordinator@example.org", "Casey (coordinator)", [COORDINATORS]),
    ("editor@example.org", "Eden (editor)", [EDITORS]),
]


def demo_password(email):
    return f"{email.split('@')[0]}-demo-pass-2026"


def add_demo_users(stdout):
    User = get_user_model()
    stdout.write("Demo users (staff will be asked to set up two-factor authentication before using /admin/):")
    for email, display_name, role_names in DEMO_USERS:
        user, created = User.objects.get_or_create(email=email, defaults={"display_name": display_name})
        if created:
            user.set_password(demo_password(email))
            user.save()
            user.groups.set(Group.objects.filter(name__in=role_names))
        EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        roles = ", ".join(role_names) or "no role yet"
        stdout.write(f"  {email:<26} password: {demo_password(email):<32} ({roles})")


# A year of varied CPD for the demo member: (days ago, type, title, provider, hours, participatory, competencies,
# reflection). Each has a fixed source, so running the demo again adds nothing.
DEMO_COMPETENCIES = {
    "Active listening": "Giving full attention, reflecting back and checking understanding.",
    "Boundaries": "Keeping the peer relationship safe and clear for both people.",
    "Safeguarding": "Noticing risk and knowing when and how to pass a concern on.",
    "Sharing lived experience": "Using one's own story purposefully and safely to support someone else.",
    "Group facilitation": "Helping a group run well so everyone can take part.",
    "Confidentiality": "Keeping what people share private, and explaining the limits.",
}
DEMO_CPD = [
    (
        340,
        "training",
        "Listening skills refresher",
        "Local volunteer centre",
        "3",
        True,
        ["Active listening"],
        "Practised summarising without adding my own view. I tend to jump to reassurance; I will leave more silence.",
    ),
    (
        320,
        "supervision",
        "Group supervision",
        "Peer support coordinator",
        "1.5",
        True,
        ["Boundaries"],
        "Talked through a member who kept contacting me outside sessions. Agreed a script for restating the contact "
        "arrangements kindly.",
    ),
    (
        300,
        "reading",
        "Article on recovery-focused language",
        "Online journal",
        "1",
        False,
        ["Sharing lived experience"],
        "Noticed how often I say 'suffering from'. Changing to plainer, person-first wording in my group notes.",
    ),
    (
        280,
        "e_learning",
        "Safeguarding adults, level 1",
        "Free online course",
        "2.5",
        False,
        ["Safeguarding"],
        "Refreshed the signs of financial abuse and who our safeguarding lead is.",
    ),
    (
        250,
        "peer_learning",
        "Peer supporters' learning circle",
        "Volunteer network",
        "2",
        True,
        ["Sharing lived experience", "Group facilitation"],
        "Heard how others decide how much of their story to share. I now ask myself 'whose need does this meet?'",
    ),
    (
        220,
        "supervision",
        "One-to-one supervision",
        "Peer support coordinator",
        "1",
        True,
        ["Boundaries"],
        "Reflected on feeling responsible for someone's choices; named it and let it go.",
    ),
    (
        190,
        "conference",
        "Regional peer support gathering",
        "Partner organisation",
        "5",
        True,
        ["Group facilitation", "Active listening"],
        "Workshop on running online groups. Will try a check-in round with the option to pass.",
    ),
    (
        160,
        "shadowing",
        "Shadowed an experienced facilitator",
        "Thursday group",
        "2",
        True,
        ["Group facilitation"],
        "Watched how she handled a member dominating the discussion: named the time, invited quieter voices.",
    ),
    (
        130,
        "reading",
        "Book chapter on trauma-informed practice",
        "",
        "1.5",
        False,
        ["Safeguarding"],
        "The idea of 'choice and control' in every interaction is something I can apply in small ways.",
    ),
    (
        100,
        "training",
        "Data protection for volunteers",
        "Portal training",
        "1",
        False,
        ["Confidentiality"],
        "Clearer on what I may write down and where. Stopped keeping notes on my phone.",
    ),
    (
        70,
        "supervision",
        "Group supervision",
        "Peer support coordinator",
        "1.5",
        True,
        ["Boundaries", "Safeguarding"],
        "Practised a safeguarding conversation in pairs. Felt awkward, but useful to hear the words aloud.",
    ),
    (
        40,
        "e_learning",
        "Introduction to motivational interviewing",
        "Online course",
        "3",
        False,
        ["Active listening"],
        "Open questions and affirmations: I will try one affirmation per conversation.",
    ),
    (
        15,
        "peer_learning",
        "Learning circle: endings",
        "Volunteer network",
        "1.5",
        True,
        ["Boundaries"],
        "How to end a peer relationship well. Planning endings from the start.",
    ),
]


def add_demo_cpd_records(stdout):
    user = get_user_model().objects.filter(email="member@example.org").first()
    if user is None:
        return
    competencies = {
        name: Competency.objects.get_or_create(name=name, defaults={"description": description})[0]
        for name, description in DEMO_COMPETENCIES.items()
    }
    today = timezone.localdate()
    added = 0
    for index, (days_ago, activity_type, title, provider, hours, participatory, names, reflection) in enumerate(
        DEMO_CPD
    ):
        source = f"demo:{index}"
        existed = user.cpd_records.filter(source=source).exists()
        record = record_cpd_activity(
            user,
            source=source,
            title=title,
            activity_type=activity_type,
            hours=Decimal(hours),
            date=today - datetime.timedelta(days=days_ago),
            competencies=[competencies[name] for name in names],
            provider=provider,
        )
        if not existed:
            record.reflection = reflection
            record.mode = LearningMode.PARTICIPATORY if participatory else LearningMode.SELF_DIRECTED
            record.save(update_fields=["reflection", "mode"])
            added += 1
    if added:
        stdout.write(f"  {added} demo CPD records for member@example.org")
