"""A member's group agreements, mounted at /members/agreements/ (before the members app's own /members/ URLs)."""

from django.urls import path

from groups import views

urlpatterns = [
    path("", views.agreement_list, name="groups_agreements"),
    path("group/<int:group_id>/", views.sign_agreement, name="groups_sign_agreement"),
    path("signed/<int:signature_id>/", views.signed_agreement, name="groups_signed_agreement"),
    path("signed/<int:signature_id>/download/", views.download_signed_agreement, name="groups_download_agreement"),
]
