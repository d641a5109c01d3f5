import io

from demo.one_to_one_support import add_demo_supporters
from one_to_one.matching import eligible_profiles
from one_to_one.models import Match, MatchStatus, Status, SupportSession
from portal.roles import FACILITATORS, MEMBERS
from tests.factories import make_user


def test_demo_gives_two_matchable_supporters_and_a_matched_person_with_sessions_once(client, db):
    member = make_user("member@example.org", roles=[MEMBERS])
    make_user("facilitator@example.org", roles=[MEMBERS, FACILITATORS])

    add_demo_supporters(io.StringIO())
    add_demo_supporters(io.StringIO())

    match = Match.objects.get()
    assert (match.status, match.referral.status, match.supporter) == (MatchStatus.ACTIVE, Status.MATCHED, member)
    assert SupportSession.objects.count() == 2
    assert eligible_profiles().count() == 2
    client.force_login(member)
    assert "4 of 6 sessions left" in client.get("/members/one-to-one/").content.decode()
