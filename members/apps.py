from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Members and accounts"

    def ready(self):
        from members import signals  # noqa: F401 (connects the receivers)
