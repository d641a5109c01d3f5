from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel


class Taxonomy(models.Model):
    """A short list editors keep, used to describe groups and to filter the public listing."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(
        max_length=80, unique=True, blank=True, help_text="Used in filter links. Filled in for you."
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:80]
        super().save(*args, **kwargs)


class Audience(Taxonomy):
    """Who a group is for: women, young people, a mixed group…"""

    class Meta(Taxonomy.Meta):
        verbose_name = "audience"


class Area(Taxonomy):
    """Where a group meets, shown publicly at the level of a borough or town, never closer."""

    class Meta(Taxonomy.Meta):
        verbose_name = "area"
