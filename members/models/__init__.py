"""The members app's models, split by kind: accounts, CPD records and their settings."""

from members.models.cpd import ActivityType, Competency, CPDEvidence, CPDRecord, LearningMode
from members.models.settings import CPDSettings
from members.models.user import User, UserManager

__all__ = [
    "ActivityType",
    "CPDEvidence",
    "CPDRecord",
    "CPDSettings",
    "Competency",
    "LearningMode",
    "User",
    "UserManager",
]
