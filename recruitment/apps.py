from django.apps import AppConfig


class RecruitmentConfig(AppConfig):
    name = "recruitment"
    verbose_name = "Volunteer recruitment"

    def ready(self):
        from recruitment.receivers import complete_applications_of_new_member
        from training.signals import trainee_became_member

        trainee_became_member.connect(complete_applications_of_new_member, dispatch_uid="recruitment_became_member")
