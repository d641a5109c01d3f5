from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"

    def ready(self):
        from portal.spreadsheets import guard_wagtail_spreadsheet_exports

        guard_wagtail_spreadsheet_exports()
