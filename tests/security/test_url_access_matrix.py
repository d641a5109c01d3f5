"""The whole-site gate: every URL pattern and every page route, requested by every kind of person.

URLs are discovered from the URL configuration and the page tree, so a new one is covered the day it is added, and
fails here until someone declares below who may see it. Private data is checked strictly: a marker planted in each
private thing must appear only in the cells allowed to see it.
"""

import logging
import os
import shutil
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.test import Client

from tests.security.discovery import page_route_keys, page_targets, pattern_routes, project_targets
from tests.security.world import (
    ANSWER_MARKER,
    CPD_MARKER,
    EVIDENCE_MARKER,
    IDENTITIES,
    LOG_MARKER,
    OWNER_NAME,
    REFERRAL_MARKER,
    VENUE_MARKER,
    build_world,
    sign_in,
)

# What a response came to, loosely enough to be robust.
OK = "ok"  # 2xx
LOGIN = "login"  # redirected to sign in
MFA = "2fa"  # redirected to the authenticator set-up or code page
ELSEWHERE = "elsewhere"  # redirected somewhere else
DENIED = "denied"  # 4xx
ERROR = "error"  # 5xx: never expected

ANYTHING_BUT_ERROR = frozenset({OK, LOGIN, MFA, ELSEWHERE, DENIED})
NOT_OK = frozenset({LOGIN, MFA, ELSEWHERE, DENIED})

PEOPLE_WITHOUT_ROLES = ("unverified", "applicant")
STAFF_BEFORE_2FA = ("coordinator_without_2fa", "coordinator_password_only")


def rule(default, before_2fa=None, **cells):
    """Expected outcomes per identity: `default` for everyone not named; `before_2fa` for both coordinators who have
    not passed 2FA in this session."""
    if before_2fa is not None:
        cells = {**dict.fromkeys(STAFF_BEFORE_2FA, before_2fa), **cells}
    return {who: frozenset(cells.get(who, default)) for who in IDENTITIES}


# -- The kinds of URL -------------------------------------------------------------------------------------------
# Anyone, staff before 2FA included (public pages stay reachable while 2FA is pending).
PUBLIC = rule({OK})
# Static admin assets (icon sprite, translations): no data, needed by the sign-in pages themselves.
PUBLIC_ASSET = rule({OK}, before_2fa={OK, MFA})
# allauth's own account pages: reachable, or sent on by allauth (e.g. signed-in people away from the sign-in form).
ACCOUNT_PAGE = rule({OK, ELSEWHERE, LOGIN, DENIED}, before_2fa={OK, ELSEWHERE, DENIED, MFA})
# allauth pages that need a signed-in account.
ACCOUNT_PAGE_SIGNED_IN = rule(
    {OK, ELSEWHERE, DENIED},
    anonymous={LOGIN},
    before_2fa={OK, ELSEWHERE, DENIED, MFA},
)
# The 2FA pages themselves: reachable by anyone signed in, so staff can complete their sign-in.
TWO_FACTOR_PAGE = rule({OK, ELSEWHERE, DENIED, MFA}, anonymous={LOGIN})
# Any signed-in account, about their own things.
SIGNED_IN = rule({OK}, anonymous={LOGIN}, before_2fa={OK, MFA})
# A form that only takes POST: a GET is refused, after sign-in.
POST_ONLY_SIGNED_IN = rule({DENIED}, anonymous={LOGIN}, before_2fa={DENIED, MFA})
# Someone else's private thing (another member's CPD record, another applicant's application): nobody here.
OWNER_ONLY = rule({DENIED}, anonymous={LOGIN}, before_2fa={DENIED, MFA})
# Another member's thing that coordinators may open, but only after passing 2FA. Before that, the same 404 a
# stranger gets (ids cannot be probed) or the 2FA page.
OWNER_OR_COORDINATOR_2FA = rule({DENIED}, anonymous={LOGIN}, coordinator_with_2fa={OK}, before_2fa={MFA, DENIED})
# Trainees and members (training, certificates); the rest refused. A locked module or no certificate yet is a 403/404.
TRAINEES_AND_MEMBERS = rule(
    {DENIED},
    anonymous={LOGIN},
    trainee={OK, DENIED},
    member={OK, DENIED},
    facilitator_of_another_group={OK, DENIED},
    before_2fa={DENIED, MFA},
)
TRAINING_HOME = {
    **TRAINEES_AND_MEMBERS,
    "trainee": frozenset({OK}),
    "member": frozenset({OK}),
    "facilitator_of_another_group": frozenset({OK}),
}
# Peer Supporters only (a one-to-one profile): members, facilitators (who are members); the rest refused.
MEMBERS_ONLY = rule(
    {DENIED}, anonymous={LOGIN}, member={OK}, facilitator_of_another_group={OK}, before_2fa={DENIED, MFA}
)
# A group's confidential routes (calendar with the venue, facilitator tools): its facilitators, and coordinators
# after 2FA. The identities' facilitator runs a different group.
GROUP_STAFF_2FA = rule({DENIED}, anonymous={LOGIN}, coordinator_with_2fa={OK}, before_2fa={MFA})
FACILITATORS_OWN_GROUP = {**GROUP_STAFF_2FA, "facilitator_of_another_group": frozenset({OK})}
# Deciding a join request: a POST; a GET goes back to the facilitator page, an id from another group is a 404.
GROUP_DECISION = rule(
    {DENIED},
    anonymous={LOGIN},
    coordinator_with_2fa={ELSEWHERE, DENIED},
    before_2fa={MFA},
)
FACILITATORS_OWN_DECISION = {**GROUP_DECISION, "facilitator_of_another_group": frozenset({ELSEWHERE, DENIED})}
# Joining a group is a POST from the group page; a GET goes back to it (or to sign in).
GROUP_JOIN = rule({ELSEWHERE, LOGIN}, before_2fa={ELSEWHERE, LOGIN, MFA})
# The Wagtail admin as one block: nothing without a passed second factor, non-staff sent to sign in or refused.
ADMIN = rule(
    {LOGIN, DENIED},
    editor=ANYTHING_BUT_ERROR,
    coordinator_with_2fa=ANYTHING_BUT_ERROR,
    before_2fa={MFA},
)
# Admin screens with confidential data that editors must never reach (venues; people's records).
ADMIN_COORDINATORS_ONLY = {**ADMIN, "editor": frozenset(NOT_OK)}
# Wagtail's deliberate error page, for checking error reporting: a 500 for admin users by design.
ADMIN_ERROR_TEST = {
    **ADMIN,
    "editor": frozenset({ERROR}),
    "coordinator_with_2fa": frozenset({ERROR}),
}

# -- The project's own URLs, one by one -------------------------------------------------------------------------
DECLARED = {
    "healthz": PUBLIC,
    "robots.txt": PUBLIC,
    "sitemap.xml": PUBLIC,
    "browsing-safely/": PUBLIC,
    "search/": PUBLIC,
    "training/verify/": PUBLIC,
    "training/verify/<str:code>/": PUBLIC,
    # One-to-one referrals: public forms, no account (nothing typed is ever shown back after sending).
    "get-support/": PUBLIC,
    "get-support/refer/": PUBLIC,
    "get-support/thanks/": PUBLIC,
    # allauth: every route to a session goes through these.
    "accounts/login/": ACCOUNT_PAGE,
    "accounts/logout/": ACCOUNT_PAGE,
    "accounts/inactive/": ACCOUNT_PAGE,
    "accounts/signup/": ACCOUNT_PAGE,
    "accounts/confirm-email/": ACCOUNT_PAGE,
    "accounts/password/reset/": ACCOUNT_PAGE,
    "accounts/password/reset/done/": ACCOUNT_PAGE,
    "accounts/password/reset/key/done/": ACCOUNT_PAGE,
    "accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": ACCOUNT_PAGE,
    "accounts/^confirm-email/(?P<key>[-:\\w]+)/$": ACCOUNT_PAGE,
    "accounts/login/code/confirm/": ACCOUNT_PAGE,
    "accounts/2fa/authenticate/": ACCOUNT_PAGE,
    "accounts/reauthenticate/": ACCOUNT_PAGE_SIGNED_IN,
    "accounts/email/": ACCOUNT_PAGE_SIGNED_IN,
    "accounts/password/change/": ACCOUNT_PAGE_SIGNED_IN,
    "accounts/password/set/": ACCOUNT_PAGE_SIGNED_IN,
    "accounts/name/": SIGNED_IN,
    "accounts/2fa/": TWO_FACTOR_PAGE,
    "accounts/2fa/reauthenticate/": TWO_FACTOR_PAGE,
    "accounts/2fa/totp/activate/": TWO_FACTOR_PAGE,
    "accounts/2fa/totp/deactivate/": TWO_FACTOR_PAGE,
    "accounts/2fa/recovery-codes/": TWO_FACTOR_PAGE,
    "accounts/2fa/recovery-codes/generate/": TWO_FACTOR_PAGE,
    "accounts/2fa/recovery-codes/download/": TWO_FACTOR_PAGE,
    # Wagtail's own sign-in views must not hand out sessions: they lead to allauth.
    "_util/login/": rule({LOGIN, ELSEWHERE}),
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": rule({DENIED}),
    "admin/login/": rule({LOGIN, ELSEWHERE}, before_2fa={LOGIN, ELSEWHERE, MFA}),
    # Documents: public downloads; the password form for a restriction that does not exist.
    "documents/^(\\d+)/(.*)$": PUBLIC,
    "documents/<int:document_id>/as/<str:file_name>": PUBLIC,  # a fill-in template as Word, OpenDocument or PDF
    "documents/authenticate_with_password/<int:restriction_id>/": rule({DENIED}),
    # The member area: every account keeps its own CPD record and data.
    "members/": SIGNED_IN,
    "members/cpd/": SIGNED_IN,
    "members/cpd/add/": SIGNED_IN,
    "members/cpd/<int:pk>/edit/": OWNER_ONLY,
    "members/cpd/<int:pk>/delete/": OWNER_ONLY,
    "members/cpd/evidence/<int:pk>/": OWNER_OR_COORDINATOR_2FA,
    "members/cpd/export.csv": SIGNED_IN,
    "members/cpd/export.pdf": SIGNED_IN,
    "members/data/": SIGNED_IN,
    "members/data/download/": SIGNED_IN,
    "members/data/delete/": POST_ONLY_SIGNED_IN,
    "members/session/keep-alive/": rule({DENIED}),
    "members/agreements/": SIGNED_IN,
    "members/agreements/group/<int:group_id>/": OWNER_ONLY,
    "members/agreements/signed/<int:signature_id>/": OWNER_ONLY,
    "members/agreements/signed/<int:signature_id>/download/": OWNER_ONLY,
    # An applicant's own applications; another applicant's are nobody else's business here.
    "volunteer/applications/": SIGNED_IN,
    "volunteer/applications/<int:pk>/": OWNER_ONLY,
    "volunteer/applications/<int:pk>/withdraw/": OWNER_ONLY,
    "training/certificate/": TRAINEES_AND_MEMBERS,
    "training/certificate/download/": TRAINEES_AND_MEMBERS,
    # One-to-one, the supporters' side: their own people only, by a match's opaque reference (a wrong one is a 404).
    "members/one-to-one/": SIGNED_IN,
    "members/one-to-one/profile/": MEMBERS_ONLY,
    "members/one-to-one/<str:reference>/": OWNER_ONLY,
    "members/one-to-one/<str:reference>/respond/": OWNER_ONLY,
    "members/one-to-one/<str:reference>/check-in/": OWNER_ONLY,
    "members/one-to-one/<str:reference>/check-out/": OWNER_ONLY,
    # The person's single-use feedback link (no account): a wrong or used token is a 404 for everyone.
    "feedback/<str:token>/": rule({DENIED}),
}

# -- Page routes, by page type and sub-route --------------------------------------------------------------------
DECLARED_PAGES = {
    "HomePage page": PUBLIC,
    "StandardPage page": PUBLIC,
    "GuidanceIndexPage page": PUBLIC,
    "GuidanceChapterPage page": PUBLIC,
    "GroupIndexPage page": PUBLIC,
    "GroupPage page": PUBLIC,
    "GroupPage join": GROUP_JOIN,
    "GroupPage calendar": GROUP_STAFF_2FA,
    "GroupPage facilitate": GROUP_STAFF_2FA,
    "GroupPage decide": GROUP_DECISION,
    "GroupPage page (facilitator's own group)": PUBLIC,
    "GroupPage join (facilitator's own group)": GROUP_JOIN,
    "GroupPage calendar (facilitator's own group)": FACILITATORS_OWN_GROUP,
    "GroupPage facilitate (facilitator's own group)": FACILITATORS_OWN_GROUP,
    "GroupPage decide (facilitator's own group)": FACILITATORS_OWN_DECISION,
    "VolunteerIndexPage page": PUBLIC,
    "RoleDescriptionPage page": PUBLIC,
    # Applying needs an account; someone who has applied is sent to their application.
    "ApplicationFormPage page": rule({OK, ELSEWHERE}, anonymous={LOGIN}),
    "TrainingIndexPage page": TRAINING_HOME,
    "TrainingModulePage page": TRAINEES_AND_MEMBERS,
    "TrainingModulePage lesson": TRAINEES_AND_MEMBERS,
    "TrainingModulePage quiz": TRAINEES_AND_MEMBERS,
    "TrainingModulePage result": OWNER_ONLY,  # another trainee's quiz attempt
}

# Admin URLs declared apart from the admin block.
ADMIN_DECLARED = {
    "admin/sprite/": PUBLIC_ASSET,
    "admin/jsi18n/": PUBLIC_ASSET,
    "admin/failwhale/": ADMIN_ERROR_TEST,
}
ADMIN_STRICTER = {
    "admin/support-groups/venues/": ADMIN_COORDINATORS_ONLY,
    "admin/support-groups/facilitators/": ADMIN_COORDINATORS_ONLY,  # who facilitates is a coordinator's decision
    "admin/support-groups/memberships/": ADMIN_COORDINATORS_ONLY,
    "admin/support-groups/meeting-log/": ADMIN_COORDINATORS_ONLY,
    "admin/reports/cpd-hours/": ADMIN_COORDINATORS_ONLY,
    "admin/recruitment/": ADMIN_COORDINATORS_ONLY,
    "admin/training/": ADMIN_COORDINATORS_ONLY,
    "admin/one-to-one/": ADMIN_COORDINATORS_ONLY,  # referred people's records and their supporters: coordinators only
}

# Who may ever see each planted marker, on any URL.
MARKERS = {
    VENUE_MARKER: {"coordinator_with_2fa"},
    CPD_MARKER: set(),  # another member's CPD titles: their owner only (coordinators see hours, not records)
    EVIDENCE_MARKER.decode(): {"coordinator_with_2fa"},
    ANSWER_MARKER: {"coordinator_with_2fa"},
    LOG_MARKER: {"coordinator_with_2fa"},
    OWNER_NAME: {"coordinator_with_2fa"},
    REFERRAL_MARKER: {"coordinator_with_2fa"},
}


def expected_for(key):
    if key in DECLARED_PAGES:
        return DECLARED_PAGES[key]
    if key in DECLARED:
        return DECLARED[key]
    if key in ADMIN_DECLARED:
        return ADMIN_DECLARED[key]
    if key.startswith("admin/"):
        for prefix, expected in ADMIN_STRICTER.items():
            if key.startswith(prefix):
                return expected
        return ADMIN
    return None


def outcome(response):
    status = response.status_code
    if 200 <= status < 300:
        return OK
    if 300 <= status < 400:
        location = urlsplit(response.get("Location", "")).path
        if location.startswith("/accounts/2fa/"):
            return MFA
        if "login" in location:
            return LOGIN
        return ELSEWHERE
    if status < 500:
        return DENIED
    return ERROR


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="ignore")
    return response.content.decode(errors="ignore")


def test_every_url_pattern_is_declared():
    undeclared = [route for route in pattern_routes() if expected_for(route) is None]

    assert not undeclared, "Declare who may see these URLs in tests/security/test_url_access_matrix.py:\n" + (
        "\n".join(undeclared)
    )


def test_every_page_type_and_page_route_is_declared():
    undeclared = [key for key in page_route_keys() if key not in DECLARED_PAGES]

    assert not undeclared, "Declare who may see these page routes in tests/security/test_url_access_matrix.py:\n" + (
        "\n".join(undeclared)
    )


@pytest.fixture
def private_media(settings, tmp_path):
    # The demo site's documents, put back from the session's snapshot, keep their files in the worker's media folder.
    if Path(settings.MEDIA_ROOT).exists():
        shutil.copytree(settings.MEDIA_ROOT, tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def quiet_request_log():
    """Thousands of refusals are the point here: keep Django's per-request warnings out of the output."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    yield
    logger.setLevel(level)


def check_cell(target, who, response):
    """What is wrong with one cell (an outcome not declared for this identity, or a private marker it may not see),
    and which markers it showed."""
    got = outcome(response)
    allowed = expected_for(target.key)[who]
    wrong = [] if got in allowed else [(target, who, got, " or ".join(sorted(allowed)))]
    text = body(response)
    shown = {marker for marker in MARKERS if marker in text}
    wrong += [(target, who, f"LEAK {marker!r}", "no leak") for marker in shown if who not in MARKERS[marker]]
    return wrong, shown


@pytest.mark.django_db
def test_every_url_answers_every_identity_as_declared(demo_site, private_media, quiet_request_log):
    started = time.monotonic()
    world = build_world(demo_site_loaded=True)
    targets = project_targets(world) + page_targets(world)
    built = time.monotonic()
    undeclared_pages = sorted({t.key for t in targets if expected_for(t.key) is None})
    assert not undeclared_pages, "Declare who may see these page routes:\n" + "\n".join(undeclared_pages)

    wrong = []
    shown = set()
    seconds = {}
    for who in IDENTITIES:
        began = time.monotonic()
        user = world.users[who]
        client = sign_in(Client(raise_request_exception=False), who, user)
        for target in targets:
            response = client.get(target.url)
            wrong_here, shown_here = check_cell(target, who, response)
            wrong += wrong_here
            shown |= shown_here
            if user is not None and not response.wsgi_request.user.is_authenticated:
                sign_in(client, who, user)  # a sign-out URL ended the session: the next cell starts signed in again
        seconds[who] = time.monotonic() - began
    if os.environ.get("MATRIX_TIMING"):
        print(f"\nworld built in {built - started:.1f}s; {len(targets) * len(IDENTITIES)} requests in ", end="")
        print(f"{time.monotonic() - built:.1f}s: " + ", ".join(f"{who} {s:.1f}s" for who, s in seconds.items()))

    assert not wrong, f"{len(wrong)} wrong cells of {len(targets) * len(IDENTITIES)}:\n" + "\n".join(
        f"{target.url}  as {who}: got {got}, expected {expected}   [{target.key}]"
        for target, who, got, expected in wrong
    )
    # A marker nobody was shown proves nothing: the private thing must be reachable by those allowed to see it.
    unseen = {marker for marker, may_see in MARKERS.items() if may_see} - shown
    assert not unseen, f"Markers no allowed identity was shown: {sorted(unseen)}"
