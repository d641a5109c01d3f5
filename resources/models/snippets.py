from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class GuidanceTag(index.Indexed, models.Model):
    """A label readers filter chapters by. Its slug is what appears in the filter's URL."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True, help_text="Appears in filtered addresses, e.g. ?topic=policies")

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(GuidanceTag):
    """What a chapter is about: policies, recruitment, training, groups…"""

    class Meta(GuidanceTag.Meta):
        verbose_name = "topic"


class Audience(GuidanceTag):
    """Who a chapter is written for: individuals and informal groups, voluntary organisations, clinics."""

    class Meta(GuidanceTag.Meta):
        verbose_name = "audience"
