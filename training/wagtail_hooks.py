"""Wagtail hooks of the training feature: the member dashboard panel, personal data, and the coordinator screens."""

from wagtail import hooks

from training import admin_views
from training.panels import training_panel
from training.personal_data import training_personal_data_handler


@hooks.register("register_member_dashboard_panel")
def your_training_panel(request):
    return training_panel(request)


@hooks.register("register_personal_data")
def training_personal_data():
    return training_personal_data_handler()


hooks.register("register_admin_urls", admin_views.admin_urls)
hooks.register("register_admin_menu_item", admin_views.menu_item)
