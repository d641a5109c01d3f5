from portal.pages import SectionIndexPage


class VolunteerIndexPage(SectionIndexPage):
    """/volunteer/: why and how to become a Peer Supporter."""

    subpage_types = []

    class Meta:
        verbose_name = "volunteer section"


class TrainingIndexPage(SectionIndexPage):
    """/training/: training for people offered a place. Private: demo content restricts it to the role groups."""

    subpage_types = []

    class Meta:
        verbose_name = "training section"
