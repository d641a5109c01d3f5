from django.db import models
from wagtail.search import index

from portal.taxonomy import Taxonomy


class GuidanceTag(index.Indexed, Taxonomy):
    """A label readers filter chapters by. Its slug is what appears in the filter's URL, so editors choose it."""

    slug = models.SlugField(max_length=80, unique=True, help_text="Appears in filtered addresses, e.g. ?topic=policies")

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(Taxonomy.Meta):
        abstract = True


class Topic(GuidanceTag):
    """What a chapter is about: policies, recruitment, training, groups…"""

    class Meta(GuidanceTag.Meta):
        verbose_name = "topic"


class Audience(GuidanceTag):
    """Who a chapter is written for: individuals and informal groups, voluntary organisations, clinics."""

    class Meta(GuidanceTag.Meta):
        verbose_name = "audience"
