from django.db import models
from wagtail.admin.panels import FieldPanel

from portal.confidentiality import validate_no_disclosing_terms

CALENDAR_NOTE = "It goes into members' calendar files, so it must not say what the group is about."


class GroupVenue(models.Model):
    """Where a group meets (confidentiality rule 2).

    Deliberately not a field or child of the page: page templates, revisions, previews, the search index and the
    sitemap never see it. Only groups.access decides who may read it.
    """

    group = models.OneToOneField("groups.GroupPage", on_delete=models.CASCADE, related_name="venue")
    room = models.CharField(
        max_length=120,
        blank=True,
        help_text=f"For example “Room 3, first floor”. {CALENDAR_NOTE}",
        validators=[validate_no_disclosing_terms],
    )
    address = models.TextField(
        help_text=f"The full address, or for an online group the joining link. {CALENDAR_NOTE}",
        validators=[validate_no_disclosing_terms],
    )
    access_notes = models.TextField(
        blank=True, help_text="Step-free access, which door to use, who to ask for at reception."
    )

    panels = [FieldPanel("group"), FieldPanel("room"), FieldPanel("address"), FieldPanel("access_notes")]

    class Meta:
        verbose_name = "venue"

    def __str__(self):
        return f"Venue of {self.group.title}"

    @property
    def one_line(self):
        parts = [self.room, *self.address.splitlines()]
        return ", ".join(part.strip() for part in parts if part.strip())
