from portal.pages import SectionIndexPage


class GroupIndexPage(SectionIndexPage):
    """/groups/: support-group listings."""

    subpage_types = []

    class Meta:
        verbose_name = "support group listing"
