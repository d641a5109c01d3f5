"""What intake adds to a referral's record: the first conversation with a coordinator (the initial meeting).

The referral's own intake fields (preferences, identity confirmation, consent, the referrer) live on `Referral`
(one_to_one/models/referrals.py) so that matching reads one row.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from one_to_one.models.referrals import Referral


class InitialMeeting(models.Model):
    """The toolkit's initial meeting: what the person wants from peer support, in their words (coordinators only)."""

    referral = models.OneToOneField(Referral, on_delete=models.CASCADE, related_name="initial_meeting")
    met_on = models.DateField("date of the meeting", default=timezone.localdate)
    changes_wanted = models.TextField("what changes they would like to make", blank=True)
    how_supporter_could_help = models.TextField("how a Peer Supporter could help", blank=True)
    hopes = models.TextField("what they hope to get from peer support", blank=True)
    where_at_end = models.TextField("where they would like to be when the sessions end", blank=True)
    other_support = models.TextField("other support they have or need", blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Initial meeting for {self.referral.short_reference}"
