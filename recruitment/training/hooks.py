"""Wagtail hooks of the training feature, imported by recruitment/wagtail_hooks.py."""

from wagtail import hooks

from recruitment.training import admin as training_admin
from recruitment.training.panels import training_panel
from recruitment.training.personal_data import training_personal_data_handler


@hooks.register("register_member_dashboard_panel")
def your_training_panel(request):
    return training_panel(request)


@hooks.register("register_personal_data")
def training_personal_data():
    return training_personal_data_handler()


hooks.register("register_admin_urls", training_admin.admin_urls)
hooks.register("register_admin_menu_item", training_admin.menu_item)
