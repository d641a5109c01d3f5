"""Suggesting Peer Supporters for a suitable person: hard limits first, then preferences weighed, with plain reasons.

The reasons are for the coordinator. They describe the supporter ("speaks Portuguese"), never the person, and are
never shown to the supporter. Recruitment's DBS records are read here and nowhere else in this app.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.utils import timezone

from one_to_one.models import Match, SupporterProfile
from one_to_one.models.support import PLACE_HOLDING, WEEKDAYS
from portal.roles import MEMBERS

DAY_NAMES = dict(WEEKDAYS)


@dataclass(frozen=True)
class Preferences:
    """What the person said they would like. Every field may be empty."""

    preferred_supporter_gender: str = ""
    languages: str = ""
    available_days: tuple = ()
    available_times: str = ""
    area: str = ""
    online_ok: bool = False
    interests: str = ""


def referral_preferences(referral) -> Preferences:
    """What the person asked for on the referral form, as the ranking weighs it."""
    return Preferences(
        preferred_supporter_gender=referral.preferred_supporter_gender,
        languages=referral.languages,
        available_days=tuple(referral.available_days or ()),
        available_times=", ".join(referral.available_times or ()),
        area=referral.area,
        online_ok=referral.online_ok,
        interests=referral.interests,
    )


def _words(text):
    return {part.strip().lower() for part in (text or "").replace(";", ",").split(",") if part.strip()}


def _display(words_in_text, wanted):
    """The supporter's own spelling of the shared items, in a stable order."""
    return sorted(part.strip() for part in words_in_text.split(",") if part.strip().lower() in wanted)


@dataclass
class Suggestion:
    profile: SupporterProfile
    places_free: int
    score: int = 0
    reasons: list = field(default_factory=list)

    @property
    def supporter(self):
        return self.profile.user

    @property
    def reasons_text(self):
        return " · ".join(self.reasons)


def dbs_required():
    return getattr(settings, "ONE_TO_ONE_REQUIRES_DBS", True)


def has_current_dbs_check(users_queryset, today=None):
    """Users among `users_queryset` with a DBS certificate held whose renewal date has not passed. A check still
    in progress is not current."""
    from recruitment.models.vetting import VettingCheck, VettingStatus

    today = today or timezone.localdate()
    current = VettingCheck.objects.filter(status=VettingStatus.CURRENT, renewal_date__gte=today)
    return users_queryset.filter(pk__in=current.values("person"))


def eligible_profiles(today=None):
    """Profiles that pass every hard limit: opted in, trained (a member: training's own gate moves people into
    Members), a current DBS check where one is needed, and at least one free place. Annotated with `places_held`."""
    users = get_user_model().objects.filter(is_active=True, groups__name=MEMBERS)
    if dbs_required():
        users = has_current_dbs_check(users, today)
    return (
        SupporterProfile.objects.filter(opted_in=True, places__gt=0, user__in=users)
        .select_related("user")
        .annotate(places_held=Count("user__o2o_matches", filter=Q(user__o2o_matches__status__in=PLACE_HOLDING)))
        .order_by("user__email")
    )


def rank(preferences: Preferences, profiles) -> list[Suggestion]:
    """Supporters with a free place, best first, each with the plain reasons for its place in the list."""
    suggestions = []
    for profile in profiles:
        free = profile.places - getattr(profile, "places_held", 0)
        if free <= 0:
            continue
        suggestion = Suggestion(profile=profile, places_free=free)
        _weigh(suggestion, preferences)
        suggestion.reasons.append(f"{free} of {profile.places} place{'s' if profile.places != 1 else ''} free")
        suggestions.append(suggestion)
    suggestions.sort(key=lambda s: (-s.score, -s.places_free, s.profile.user.email))
    return suggestions


def _weigh(suggestion, preferences):
    profile = suggestion.profile
    reasons = suggestion.reasons
    languages = _display(profile.languages, _words(preferences.languages))
    if languages:
        suggestion.score += 4
        reasons.append("speaks " + " and ".join(languages))
    wanted_gender = preferences.preferred_supporter_gender.strip().lower()
    if wanted_gender not in {"", "any", "no preference"} and profile.gender.strip().lower() == wanted_gender:
        suggestion.score += 3
        reasons.append(f"gender: {profile.gender.strip()}")
    days = [day for day in preferences.available_days if day in (profile.available_days or [])]
    if days:
        suggestion.score += 2 * len(days)
        reasons.append("free on " + ", ".join(f"{DAY_NAMES[day]}s" for day in days if day in DAY_NAMES))
    if preferences.area and profile.area and preferences.area.strip().lower() == profile.area.strip().lower():
        suggestion.score += 2
        reasons.append(f"meets in {profile.area.strip()}")
    if preferences.online_ok and profile.online_ok:
        suggestion.score += 1
        reasons.append("can meet online or by phone")
    interests = _display(profile.interests, _words(preferences.interests))
    if interests:
        suggestion.score += 2 * len(interests)
        reasons.append("shares an interest in " + " and ".join(interests))


def suggestions_for(referral, today=None) -> list[Suggestion]:
    return rank(referral_preferences(referral), eligible_profiles(today))


def active_match_exists(referral):
    return Match.objects.filter(referral=referral, status__in=PLACE_HOLDING).exists()
