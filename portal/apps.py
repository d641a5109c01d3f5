from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"

    def ready(self):
        # Two narrow corrections to Wagtail's own admin views, made once at start-up so that every view using them is
        # covered, Wagtail's included (each module says why).
        from portal.choosers import treat_malformed_chosen_ids_as_not_found
        from portal.spreadsheets import guard_wagtail_spreadsheet_exports

        guard_wagtail_spreadsheet_exports()
        treat_malformed_chosen_ids_as_not_found()
