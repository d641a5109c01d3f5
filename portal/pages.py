from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class SectionIndexPage(Page):
    """The top page of one of the portal's sections (guidance, groups, volunteer, training).

    Abstract: each app subclasses it for its own section and says what may live beneath it.
    """

    introduction = RichTextField(features=["bold", "italic", "link", "ul"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
