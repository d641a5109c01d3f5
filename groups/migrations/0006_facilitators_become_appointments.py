"""Today's facilitators, named on the group page, become current appointments (nobody is recorded as appointing
them: that decision was made before appointments were kept)."""

from django.db import migrations


def page_facilitators_to_appointments(apps, schema_editor):
    GroupPage = apps.get_model("groups", "GroupPage")
    FacilitatorAppointment = apps.get_model("groups", "FacilitatorAppointment")
    for row in GroupPage.facilitators.through.objects.all():
        FacilitatorAppointment.objects.get_or_create(group_id=row.grouppage_id, user_id=row.user_id, ended_at=None)


def appointments_to_page_facilitators(apps, schema_editor):
    GroupPage = apps.get_model("groups", "GroupPage")
    FacilitatorAppointment = apps.get_model("groups", "FacilitatorAppointment")
    for appointment in FacilitatorAppointment.objects.filter(ended_at=None):
        GroupPage.facilitators.through.objects.get_or_create(
            grouppage_id=appointment.group_id, user_id=appointment.user_id
        )


class Migration(migrations.Migration):
    dependencies = [
        ("groups", "0005_facilitator_appointments"),
    ]

    operations = [migrations.RunPython(page_facilitators_to_appointments, appointments_to_page_facilitators)]
