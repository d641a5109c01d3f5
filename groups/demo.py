"""Demo support groups: each with safe signage wording, a venue and a current agreement. Our own words.

Idempotent like the rest of `load_demo_content`: what exists is left alone.
"""

import datetime

from django.contrib.auth import get_user_model

from groups import access
from groups.models import (
    DROP_IN,
    ONLINE,
    Area,
    Audience,
    FacilitatorAppointment,
    GroupAgreement,
    GroupIndexPage,
    GroupPage,
    GroupVenue,
    Membership,
)
from groups.schedule import LAST, MONTHLY, WEEKLY
from portal.demo import ensure_child_page

AUDIENCES = ["Women", "Gay and bisexual men", "Young people", "African communities", "Mixed"]
AREAS = ["Hackney", "Lambeth", "Camden", "Croydon", "Online"]

HOW_TO_JOIN = (
    "<p>Ask to join on this page. One of the facilitators will get back to you within a week, and may suggest a "
    "short call first so you know what to expect. Once you are in, you will be asked to read and sign the group "
    "agreement, and then you will see where the group meets.</p>"
)

AGREEMENT = "\n".join(
    [
        "What is said in the group stays in the group. We do not repeat who came or what anyone shared.",
        "We do not tell anyone outside the group that a person is a member, and we do not greet each other in a "
        "way that would give that away.",
        'We listen without interrupting and speak for ourselves, using "I".',
        "We respect different choices, beliefs and ways of living. Nobody has to share more than they want to.",
        "Phones stay on silent. No photos or recordings.",
        "If a facilitator is worried that someone is at risk of serious harm, they may need to pass that on. They "
        "will tell the person first whenever they can.",
        "We come sober and treat everyone, including the facilitators and the venue staff, with kindness.",
    ]
)

GROUPS = [
    {
        "slug": "women-together",
        "title": "Women Together",
        "description": "A warm, informal evening for women living with HIV to share experiences, swap tips and "
        "support each other. New and long-standing members are equally welcome.",
        "audience": "Women",
        "format": DROP_IN,
        "area": "Hackney",
        "frequency": MONTHLY,
        "week_of_month": 2,
        "weekday": 1,
        "start_time": datetime.time(18, 30),
        "end_time": datetime.time(20, 0),
        "signage_wording": "Tuesday Wellbeing Meeting",
        "venue": ("Room 4, first floor", "Riverside Community Centre\n12 Example Road\nLondon E8 1AA"),
        "access": "Step-free entrance on the side street. Ask reception for the Tuesday meeting.",
    },
    {
        "slug": "thursday-talk",
        "title": "Thursday Talk for Gay and Bisexual Men",
        "description": "A peer-led group for gay and bisexual men living with HIV: diagnosis, relationships, work, "
        "getting older, or whatever is on your mind that week.",
        "audience": "Gay and bisexual men",
        "format": DROP_IN,
        "area": "Lambeth",
        "frequency": WEEKLY,
        "week_of_month": None,
        "weekday": 3,
        "start_time": datetime.time(19, 0),
        "end_time": datetime.time(20, 30),
        "signage_wording": "Thursday Evening Discussion Group",
        "venue": ("The Garden Room", "Kennington Meeting House\n3 Sample Lane\nLondon SE11 4ZZ"),
        "access": "Ring the bell marked Garden Room. There is a lift to all floors.",
    },
    {
        "slug": "next-steps",
        "title": "Next Steps",
        "description": "For young people aged 16 to 25 growing up with HIV. Lunch, a relaxed chat and sometimes a "
        "guest or an outing the group has chosen.",
        "audience": "Young people",
        "format": "closed",
        "area": "Camden",
        "frequency": MONTHLY,
        "week_of_month": LAST,
        "weekday": 5,
        "start_time": datetime.time(13, 0),
        "end_time": datetime.time(15, 0),
        "signage_wording": "Saturday Lunch Club",
        "venue": ("Studio 2", "Canal Side Youth Hub\n40 Placeholder Street\nLondon NW1 9XX"),
        "access": "Use the main entrance; the studio is on the ground floor.",
    },
    {
        "slug": "ubuntu-circle",
        "title": "Ubuntu Circle",
        "description": "A group for people from African communities living with HIV, with space to talk about "
        "faith, family and culture. Tea, coffee and food are provided.",
        "audience": "African communities",
        "format": DROP_IN,
        "area": "Croydon",
        "frequency": MONTHLY,
        "week_of_month": 1,
        "weekday": 2,
        "start_time": datetime.time(11, 0),
        "end_time": datetime.time(13, 0),
        "signage_wording": "Wednesday Coffee Morning",
        "venue": ("Hall B", "St Example's Church Hall\n7 Demo Avenue\nCroydon CR0 1ZZ"),
        "access": "The hall is behind the church; follow the path to the left of the car park.",
    },
    {
        "slug": "monday-online",
        "title": "Monday Online",
        "description": "An hour online for anyone living with HIV, wherever they are. Cameras are optional and you "
        "can join with a first name only.",
        "audience": "Mixed",
        "format": ONLINE,
        "area": "Online",
        "frequency": WEEKLY,
        "week_of_month": None,
        "weekday": 0,
        "start_time": datetime.time(19, 30),
        "end_time": datetime.time(20, 30),
        "signage_wording": "Monday Evening Catch-up",
        "venue": ("Video call", "https://meet.example.org/monday-catch-up"),
        "access": "The link opens in a browser; no app is needed. A facilitator admits people from the waiting room.",
    },
]

DEMO_FACILITATED_GROUP = "women-together"


def add_groups(home, stdout):
    index, created = ensure_child_page(
        home,
        GroupIndexPage(
            title="Support groups",
            slug="groups",
            show_in_menus=True,
            introduction="<p>Groups where people with shared experience meet to support each other. Where a "
            "group meets is shared only with the people who have joined it.</p>",
        ),
    )
    if created:
        stdout.write("Section created: /groups/")
    audiences = {name: Audience.objects.get_or_create(name=name)[0] for name in AUDIENCES}
    areas = {name: Area.objects.get_or_create(name=name)[0] for name in AREAS}
    for spec in GROUPS:
        room, address = spec["venue"]
        group, created = ensure_child_page(
            index,
            GroupPage(
                title=spec["title"],
                slug=spec["slug"],
                description=spec["description"],
                audience=audiences[spec["audience"]],
                format=spec["format"],
                area=areas[spec["area"]],
                frequency=spec["frequency"],
                week_of_month=spec["week_of_month"],
                weekday=spec["weekday"],
                start_time=spec["start_time"],
                end_time=spec["end_time"],
                signage_wording=spec["signage_wording"],
                how_to_join=HOW_TO_JOIN,
            ),
        )
        if created:
            stdout.write(f"Group created: {group.url_path}")
        GroupVenue.objects.get_or_create(
            group=group, defaults={"room": room, "address": address, "access_notes": spec["access"]}
        )
        agreement, _created = GroupAgreement.objects.get_or_create(group=group)
        if agreement.current_version is None:
            agreement.publish_version(AGREEMENT)


def add_demo_memberships(stdout):
    """facilitator@ runs Women Together; member@ has joined it and signed its agreement."""
    users = {user.email: user for user in get_user_model().objects.filter(email__endswith="@example.org")}
    group = GroupPage.objects.filter(slug=DEMO_FACILITATED_GROUP).first()
    facilitator = users.get("facilitator@example.org")
    member = users.get("member@example.org")
    if group is None or facilitator is None or member is None:
        return
    if not access.facilitates(facilitator, group):
        FacilitatorAppointment.appoint(facilitator, group, by=users.get("coordinator@example.org"))
        stdout.write(f"  facilitator@example.org facilitates {group.title}")
    membership = Membership.objects.filter(user=member, group=group).first()
    if membership is None:
        membership = Membership.ask_to_join(member, group)
        membership.approve(by=facilitator)
        stdout.write(f"  member@example.org is a member of {group.title}")
    current = group.agreement.current_version
    if membership.status == Membership.Status.APPROVED and not current.signatures.filter(user=member).exists():
        current.sign(member, "Morgan")
