from django.urls import path

from members.views import cpd, dashboard, data, evidence

# Mounted at /members/ (DESIGN.md URL contract).
urlpatterns = [
    path("", dashboard.dashboard, name="members_dashboard"),
    path("cpd/", cpd.cpd_list, name="members_cpd_list"),
    path("cpd/add/", cpd.cpd_add, name="members_cpd_add"),
    path("cpd/<int:pk>/edit/", cpd.cpd_edit, name="members_cpd_edit"),
    path("cpd/<int:pk>/delete/", cpd.cpd_delete, name="members_cpd_delete"),
    path("cpd/evidence/<int:pk>/", evidence.download_evidence, name="members_cpd_evidence"),
    path("cpd/export.csv", cpd.export_csv, name="members_cpd_export_csv"),
    path("cpd/export.pdf", cpd.export_pdf, name="members_cpd_export_pdf"),
    path("data/", data.my_data, name="members_data"),
    path("data/download/", data.download_my_data, name="members_data_download"),
    path("data/delete/", data.delete_my_account, name="members_data_delete"),
    path("session/keep-alive/", cpd.keep_session_alive, name="members_keep_session_alive"),
]
