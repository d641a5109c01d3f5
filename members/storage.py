"""Private storage for evidence files: outside MEDIA_ROOT, with no URL, so no web server can hand them out.

Files reach people only through `members.views.evidence.download_evidence`, which checks who is asking
(confidentiality rule 4).
"""

import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateFileStorage(FileSystemStorage):
    """A FileSystemStorage rooted at settings.PRIVATE_MEDIA_ROOT, read when used (so tests can point it elsewhere)."""

    @property
    def base_location(self):
        return Path(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no URL: serve them through a view that checks permission.")


_private_storage = PrivateFileStorage()


def private_storage():
    """The callable that models name as their storage, so migrations do not capture a path."""
    return _private_storage


def neutral_evidence_name(instance, filename):
    """A random name that says nothing about the person or the content; only the checked extension is kept."""
    extension = getattr(instance, "extension", "") or "bin"
    return f"cpd-evidence/{uuid.uuid4().hex}.{extension}"
