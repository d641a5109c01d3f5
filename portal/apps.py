from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"

    def ready(self):
        from portal.choosers import treat_malformed_chosen_ids_as_not_found

        treat_malformed_chosen_ids_as_not_found()
