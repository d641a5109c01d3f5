from django.urls import path

from one_to_one import views

# Mounted at /get-support/: public, no account (DESIGN.md URL contract).
urlpatterns = [
    path("", views.self_referral, name="one_to_one_self_referral"),
    path("refer/", views.professional_referral, name="one_to_one_professional_referral"),
    path("thanks/", views.thanks, name="one_to_one_thanks"),
]
