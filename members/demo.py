"""Demo users, one per role, for trying the portal out. Never created under production settings."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

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
