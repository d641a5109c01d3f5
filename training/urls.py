from django.urls import path

from training import views

urlpatterns = [
    path("certificate/", views.certificate, name="training_certificate"),
    path("certificate/download/", views.certificate_pdf, name="training_certificate_pdf"),
    path("verify/", views.verify, name="training_verify_form"),
    path("verify/<str:code>/", views.verify, name="training_verify"),
]
