"""The base for every page factory: a page is added under its parent and published, as an editor would."""

import factory
import wagtail_factories


class PublishedPageFactory(wagtail_factories.PageFactory):
    """`SomePageFactory(parent=page, ...)` adds the page under `parent` and publishes a first revision."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(self, create, extracted, **kwargs):
        if create and extracted is not False:
            self.save_revision().publish()
