from django.urls import path

from one_to_one import support_views as views

# Mounted at /members/one-to-one/. A person is reached through their match's opaque reference, never an id.
urlpatterns = [
    path("", views.my_people, name="one_to_one_my_people"),
    path("profile/", views.profile, name="one_to_one_profile"),
    path("<str:reference>/", views.match_detail, name="one_to_one_match"),
    path("<str:reference>/respond/", views.respond, name="one_to_one_respond"),
    path("<str:reference>/check-in/", views.check_in, name="one_to_one_check_in"),
    path("<str:reference>/check-out/", views.check_out_view, name="one_to_one_check_out"),
]
