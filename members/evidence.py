"""Evidence files: what may be uploaded, judged from the file's bytes rather than its name."""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

from members.models import CPDEvidence

# What a member may upload, by the content type found in the file's first bytes, and the extension it is stored as.
ALLOWED_EVIDENCE_TYPES = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
}
MAX_FILES_PER_RECORD = 10
SNIFF_BYTES = 8192


def max_upload_size() -> int:
    return getattr(settings, "CPD_EVIDENCE_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)


def check_evidence_file(uploaded) -> tuple[str, str]:
    """(content type, extension) of an acceptable upload; a ValidationError naming the file otherwise."""
    name = uploaded.name
    if uploaded.size > max_upload_size():
        raise ValidationError(
            "“%(name)s” is %(size)s: files can be up to %(limit)s. Try a smaller scan or photo.",
            code="too_big",
            params={"name": name, "size": filesizeformat(uploaded.size), "limit": filesizeformat(max_upload_size())},
        )
    uploaded.seek(0)
    head = uploaded.read(SNIFF_BYTES)
    uploaded.seek(0)
    kind = filetype.guess(head) if head else None
    if kind is None or kind.mime not in ALLOWED_EVIDENCE_TYPES:
        raise ValidationError(
            "“%(name)s” is not a PDF, an image (JPEG, PNG, GIF, WebP) or a Word or OpenDocument text file.",
            code="file_type",
            params={"name": name},
        )
    return kind.mime, ALLOWED_EVIDENCE_TYPES[kind.mime]


def add_evidence(record, uploaded, content_type, extension) -> CPDEvidence:
    evidence = CPDEvidence(
        record=record,
        original_name=uploaded.name[-255:],
        extension=extension,
        content_type=content_type,
        size=uploaded.size,
    )
    uploaded.seek(0)
    evidence.file.save("evidence", uploaded, save=False)
    evidence.save()
    return evidence
