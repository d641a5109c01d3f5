from django.urls import path

from members import views

# Mounted under /accounts/, beside allauth's own account pages.
urlpatterns = [
    path("name/", views.display_name, name="members_display_name"),
]
