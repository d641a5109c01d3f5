from django.urls import path

from recruitment import views

# Mounted at /volunteer/applications/: the applicant's own applications (private, like /members/).
urlpatterns = [
    path("", views.application_list, name="recruitment_applications"),
    path("<int:pk>/", views.application_detail, name="recruitment_application"),
    path("<int:pk>/withdraw/", views.withdraw_application, name="recruitment_withdraw"),
]
