import datetime
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.members.factories import CPDRecordFactory


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    """Evidence files go to a fresh folder per test, never into the real private media folder."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.PRIVATE_MEDIA_ROOT


def pdf_bytes():
    return b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "teal").save(buffer, format="PNG")
    return buffer.getvalue()


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", "<document/>")
        archive.writestr("word/styles.xml", "<styles/>")
    return buffer.getvalue()


def upload(name="certificate.pdf", content=None, content_type="application/pdf"):
    return SimpleUploadedFile(name, pdf_bytes() if content is None else content, content_type=content_type)


def make_record(user, **fields):
    return CPDRecordFactory(user=user, **fields)


def record_form_data(**overrides):
    data = {
        "date": (datetime.date.today() - datetime.timedelta(days=1)).isoformat(),
        "activity_type": "supervision",
        "title": "Supervision with my coordinator",
        "provider": "Coordinator",
        "hours": "1.5",
        "mode": "participatory",
        "reflection": "A long reflection about boundaries. " * 20,
    }
    data.update(overrides)
    return data
