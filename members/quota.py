"""Each member's storage quota: everything they upload counts (CPD evidence today), up to MEMBER_STORAGE_QUOTA_BYTES."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Sum

from members.models import CPDEvidence


@dataclass(frozen=True)
class StorageUse:
    used: int
    quota: int

    def would_exceed(self, adding: int, freeing: int = 0) -> bool:
        return self.used - freeing + adding > self.quota


def storage_use(user) -> StorageUse:
    used = CPDEvidence.objects.filter(record__user=user).aggregate(total=Sum("size"))["total"] or 0
    return StorageUse(used=used, quota=settings.MEMBER_STORAGE_QUOTA_BYTES)
