"""Wagtail's choosers answer "not found" for an id that cannot be one, as they already do for a missing item."""

from django.core.exceptions import ValidationError
from wagtail.admin.views.generic.chooser import ChosenViewMixin


def treat_malformed_chosen_ids_as_not_found():
    """Every `chosen/<pk>/` view (documents, images, snippets, any ChooserViewSet) looks its item up here.

    Wagtail passes the id from the address straight to the database, so `chosen/abc/` is a ValueError (a 500 page);
    an id the primary key cannot hold now raises DoesNotExist, which the view already turns into a 404.
    """
    look_up = ChosenViewMixin.get_object

    def get_object(self, pk):
        try:
            self.model_class._meta.pk.to_python(pk)
        except ValidationError as error:
            raise self.model_class.DoesNotExist from error
        return look_up(self, pk)

    ChosenViewMixin.get_object = get_object
