"""Subject access and erasure: "Download my data" and "Delete my account", for the person or by staff for them.

Both go through every handler registered with `register_personal_data` (portal.personal_data), so each app answers
for its own data. The members app's own handler covers the profile, CPD records and evidence files.
"""

import json
import tempfile
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from members.models import CPDEvidence, CPDRecord
from portal.personal_data import PersonalDataHandler, personal_data_handlers

# Under this size the archive stays in memory; a larger one spills to a temporary file.
SPOOL_BYTES = 16 * 1024 * 1024


# --- The members app's own handler


def export_member_data(user) -> dict:
    records = CPDRecord.objects.filter(user=user).prefetch_related("competencies", "evidence").order_by("date", "id")
    return {
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "roles": sorted(user.groups.values_list("name", flat=True)),
        },
        "cpd_records": [
            {
                "date": record.date,
                "activity_type": record.get_activity_type_display(),
                "title": record.title,
                "provider": record.provider,
                "hours": record.hours,
                "mode": record.get_mode_display(),
                "competencies": [competency.name for competency in record.competencies.all()],
                "reflection": record.reflection,
                "recorded_by": record.source or "you",
                "created_at": record.created_at,
                "updated_at": record.updated_at,
                "evidence_files": [
                    {"file_in_archive": evidence_archive_name(evidence), "your_file_name": evidence.original_name}
                    for evidence in record.evidence.all()
                ],
            }
            for record in records
        ],
    }


def evidence_archive_name(evidence) -> str:
    return f"evidence/{evidence.download_name}"


def member_files(user):
    for evidence in CPDEvidence.objects.filter(record__user=user).order_by("id"):
        try:
            opened = evidence.file.open("rb")
        except FileNotFoundError:
            continue  # a file lost from storage must not stop the person getting the rest of their data
        yield evidence_archive_name(evidence), opened


def erase_member_data(user) -> None:
    """CPD records and their evidence go (the files once the deletion commits); the account itself is removed last
    by `erase_person`, after every other app has erased its data."""
    CPDEvidence.objects.filter(record__user=user).delete()
    CPDRecord.objects.filter(user=user).delete()


def members_personal_data_handler():
    return PersonalDataHandler(name="members", export=export_member_data, erase=erase_member_data, files=member_files)


# --- Running every handler


def write_personal_data_archive(user, destination) -> None:
    """A ZIP with one JSON file per registered handler and the files they list."""
    with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "README.txt",
            "The personal data the portal holds about you, exported on "
            f"{timezone.localtime():%d %B %Y at %H:%M}.\n"
            "Each .json file holds what one part of the portal keeps; the evidence folder holds your uploaded files.\n",
        )
        for handler in personal_data_handlers():
            data = handler.export(user)
            archive.writestr(
                f"{handler.name}.json", json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
            )
            if handler.files is None:
                continue
            for name, opened in handler.files(user):
                with opened, archive.open(name, "w") as target:
                    for chunk in iter(lambda opened=opened: opened.read(64 * 1024), b""):
                        target.write(chunk)


def personal_data_archive(user):
    """The archive in a temporary file, rewound, for a FileResponse to stream."""
    spooled = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - FileResponse closes it
    write_personal_data_archive(user, spooled)
    spooled.seek(0)
    return spooled


def erase_person(user) -> None:
    """Every registered eraser, then the account, in one transaction: if any part fails, nothing is erased."""
    with transaction.atomic():
        for handler in personal_data_handlers():
            handler.erase(user)
        user.delete()
