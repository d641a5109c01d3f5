from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel


class Taxonomy(models.Model):
    """A short list editors keep (topics, audiences, areas) to describe content and to filter listings by."""

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
