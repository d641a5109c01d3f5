from portal.pages import SectionIndexPage


class GuidanceIndexPage(SectionIndexPage):
    """/guidance/: the toolkit and the case for peer support."""

    subpage_types = []

    class Meta:
        verbose_name = "guidance library"
