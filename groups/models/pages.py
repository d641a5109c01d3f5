import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from groups.schedule import (
    FREQUENCY_CHOICES,
    MONTHLY,
    WEEK_OF_MONTH_CHOICES,
    WEEKDAY_CHOICES,
    WEEKLY,
    MeetingRule,
)
from portal.confidentiality import validate_no_disclosing_terms
from portal.pages import SectionIndexPage

DROP_IN = "drop-in"
CLOSED = "closed"
ONLINE = "online"
FORMAT_CHOICES = [(DROP_IN, "Drop-in"), (CLOSED, "Closed group"), (ONLINE, "Online")]

VENUE_HELP = (
    "<p><strong>Where the group meets is kept apart from this page</strong>, so it can never be published by "
    "mistake. A coordinator adds or changes it under <em>Support groups → Venues</em> once the page is saved, and "
    "appoints the group's facilitators under <em>Support groups → Facilitators</em>. Only approved members who have "
    "signed the group agreement, the group's facilitators and coordinators see the venue.</p>"
)


class GroupIndexPage(SectionIndexPage):
    """/groups/: support-group listings, filterable by audience, format, area and day."""

    subpage_types = ["groups.GroupPage"]

    class Meta:
        verbose_name = "support group listing"

    def get_context(self, request, *args, **kwargs):
        from groups.listing import GroupFilter

        context = super().get_context(request, *args, **kwargs)
        group_filter = GroupFilter(request.GET, parent=self)
        context["group_filter"] = group_filter
        context["groups"] = group_filter.groups()
        context["today"] = timezone.localdate()
        return context


class GroupPage(RoutablePageMixin, Page):
    """One support group. The page is public; where it meets (GroupVenue) is not part of it."""

    description = models.TextField(max_length=600, help_text="A few sentences: who it is for and what happens.")
    audience = models.ForeignKey("groups.Audience", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    format = models.CharField(max_length=20, choices=FORMAT_CHOICES, default=DROP_IN)
    area = models.ForeignKey(
        "groups.Area",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown publicly: a borough or town, never the venue.",
    )
    frequency = models.CharField(max_length=10, choices=FREQUENCY_CHOICES, default=WEEKLY)
    weekday = models.PositiveSmallIntegerField(choices=WEEKDAY_CHOICES, default=1)
    week_of_month = models.SmallIntegerField(
        choices=WEEK_OF_MONTH_CHOICES, null=True, blank=True, help_text="For groups that meet once a month."
    )
    start_time = models.TimeField(default=datetime.time(18, 30))
    end_time = models.TimeField(default=datetime.time(20, 0))
    signage_wording = models.CharField(
        max_length=120,
        validators=[validate_no_disclosing_terms],
        help_text="What the room booking, the door sign and calendar entries say, e.g. “Tuesday Wellbeing Meeting”. "
        "Anyone passing can read it, so it must not say what the group is about.",
    )
    how_to_join = RichTextField(
        features=["bold", "italic", "link", "ul"],
        blank=True,
        help_text="What happens when someone asks to join, and who to contact with questions.",
    )
    contact_email = models.EmailField(blank=True, help_text="Optional: an address people can write to first.")

    content_panels = [
        FieldPanel("title", heading="Name, as participants know it"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("audience"), FieldPanel("format"), FieldPanel("area")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("frequency"), FieldPanel("week_of_month"), FieldPanel("weekday")]),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
            ],
            heading="When it meets",
        ),
        FieldPanel("signage_wording"),
        FieldPanel("how_to_join"),
        FieldPanel("contact_email"),
        HelpPanel(VENUE_HELP, heading="Venue"),
    ]

    # The venue is not a field of this page, so it can never reach the search index.
    search_fields = [
        *Page.search_fields,
        index.SearchField("description"),
        index.SearchField("signage_wording"),
        index.FilterField("weekday"),
        index.FilterField("format"),
    ]

    parent_page_types = ["groups.GroupIndexPage"]
    subpage_types = []
    template = "groups/group_page.html"

    class Meta:
        verbose_name = "support group"

    def clean(self):
        super().clean()
        errors = {}
        if self.frequency == MONTHLY and self.week_of_month is None:
            errors["week_of_month"] = "Say which week of the month the group meets."
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = "The meeting must end after it starts."
        if errors:
            raise ValidationError(errors)

    @property
    def meeting_rule(self) -> MeetingRule:
        return MeetingRule(
            frequency=self.frequency,
            weekday=self.weekday,
            week_of_month=self.week_of_month if self.frequency == MONTHLY else None,
            start_time=self.start_time,
            end_time=self.end_time,
        )

    @property
    def schedule_description(self) -> str:
        return self.meeting_rule.describe()

    def next_meeting_dates(self, count=3, today=None):
        return self.meeting_rule.dates_from(today or timezone.localdate(), count)

    @property
    def next_meeting(self):
        dates = self.next_meeting_dates(count=1)
        return dates[0] if dates else None

    def get_context(self, request, *args, **kwargs):
        from groups.views import group_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(group_page_context(self, request))
        return context

    # Routes below the page: each view checks who is asking (groups/access.py).

    @path("join/", name="join")
    def join(self, request):
        from groups.views import join_group

        return join_group(request, self)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from groups.views import calendar_file

        return calendar_file(request, self)

    @path("facilitate/", name="facilitate")
    def facilitate(self, request):
        from groups.views import facilitate_group

        return facilitate_group(request, self)

    @path("facilitate/requests/<int:membership_id>/", name="decide")
    def decide(self, request, membership_id):
        from groups.views import decide_request

        return decide_request(request, self, membership_id)
