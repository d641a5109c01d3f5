"""What training tells other apps. Training imports none of them: they listen here."""

from django.dispatch import Signal

# Sent inside the transaction that moves a trainee from Trainees to Members, with `user` (the new member) and `by`
# (the coordinator who confirmed them). A receiver may return one sentence for that coordinator about what it did
# (recruitment: "Their application is complete."); an exception in a receiver undoes the whole confirmation.
trainee_became_member = Signal()
