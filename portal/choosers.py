"""Wagtail's choosers answer "not found" for an id that cannot be one, as they already do for a missing item."""

from django.core.exceptions import ValidationError
from wagtail.admin.views.chooser import ChosenMultipleView as PagesChosenMultipleView
from wagtail.admin.views.generic.chooser import ChosenMultipleViewMixin, ChosenViewMixin
from wagtail.models import Page


def _is_possible_pk(model, pk):
    try:
        model._meta.pk.to_python(pk)
    except ValidationError:
        return False
    return True


def treat_malformed_chosen_ids_as_not_found():
    """Every `chosen/<pk>/` and `chosen-multiple/?id=` view (documents, images, pages, snippets, any ChooserViewSet)
    looks its items up here.

    Wagtail passes the ids from the address straight to the database, so `chosen/abc/` is a ValueError (a 500 page);
    an id the primary key cannot hold now raises DoesNotExist, which the view already turns into a 404, and such ids
    in a multiple choice are simply not found.
    """
    look_up = ChosenViewMixin.get_object
    look_up_many = ChosenMultipleViewMixin.get
    look_up_pages = PagesChosenMultipleView.get

    def get_object(self, pk):
        if not _is_possible_pk(self.model_class, pk):
            raise self.model_class.DoesNotExist
        return look_up(self, pk)

    def get_many(self, request):
        _keep_possible_ids(request, self.model_class)
        return look_up_many(self, request)

    def get_pages(self, request):  # the page chooser is not a generic chooser: it reads the ids itself
        _keep_possible_ids(request, Page)
        return look_up_pages(self, request)

    ChosenViewMixin.get_object = get_object
    ChosenMultipleViewMixin.get = get_many
    PagesChosenMultipleView.get = get_pages


def _keep_possible_ids(request, model):
    request.GET = request.GET.copy()
    request.GET.setlist("id", [pk for pk in request.GET.getlist("id") if _is_possible_pk(model, pk)])
