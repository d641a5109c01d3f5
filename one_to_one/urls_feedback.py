from django.urls import path

from one_to_one import support_views as views

# Mounted at /feedback/: the person supported has no account; the single-use token is the key.
urlpatterns = [path("<str:token>/", views.feedback, name="one_to_one_feedback")]
