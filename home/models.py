from django.conf import settings
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from portal.confidentiality import DEFAULT_DISCLOSING_TERMS

DEFAULT_SITE_DESCRIPTION = "Peer support: guidance, support groups, volunteering and training."


class OfferBlock(blocks.StructBlock):
    """One thing the organisation offers, shown as a card linking to its section."""

    heading = blocks.CharBlock(max_length=80)
    text = blocks.TextBlock(max_length=300)
    page = blocks.PageChooserBlock(required=False)
    link_text = blocks.CharBlock(max_length=60, required=False, help_text="Defaults to the heading.")

    class Meta:
        icon = "link"
        template = "home/blocks/offer.html"


class HomePage(Page):
    introduction = RichTextField(features=["bold", "italic", "link"], blank=True)
    offers = StreamField([("offer", OfferBlock())], blank=True, use_json_field=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("offers")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "resources.GuidanceIndexPage",
        "groups.GroupIndexPage",
        "recruitment.VolunteerIndexPage",
        "training.TrainingIndexPage",
    ]
    max_count = 1

    template = "home/home_page.html"


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Contact details for the footer, the quick-exit destination and the description of pages that have none."""

    organisation_name = models.CharField(max_length=120, default="Peer Support Portal")
    description = models.CharField(
        "site description",
        max_length=160,
        default=DEFAULT_SITE_DESCRIPTION,
        help_text="Shown by search engines for pages that have no search description or summary of their own. "
        "Keep it neutral: it also describes private pages.",
    )
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    contact_address = models.TextField(blank=True)
    contact_hours = models.CharField(max_length=120, blank=True, help_text="For example: Monday to Friday, 10:00–17:00")
    disclosing_terms = models.TextField(
        default="\n".join(DEFAULT_DISCLOSING_TERMS),
        help_text="One per line. Signage, calendar entries, email subjects, certificate titles and file names may not "
        "contain any of these (case is ignored, and spaced or dotted forms like “H I V” are caught too).",
    )
    quick_exit_url = models.URLField(
        blank=True,
        help_text="Where “Exit this page” takes people: an everyday, neutral site. Leave blank for the default.",
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
                FieldPanel("contact_hours"),
            ],
            heading="Contact details (footer)",
        ),
        FieldPanel("quick_exit_url"),
        FieldPanel("disclosing_terms"),
    ]

    class Meta:
        verbose_name = "Site settings"

    @property
    def disclosing_terms_list(self):
        return [line.strip() for line in self.disclosing_terms.splitlines() if line.strip()]

    @property
    def exit_url(self):
        return self.quick_exit_url or settings.QUICK_EXIT_URL


class StandardPage(Page):
    """A plain information page: about us, privacy notice, accessibility statement."""

    body = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"])

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "home/standard_page.html"
