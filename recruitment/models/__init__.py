"""Recruitment models, split by kind: pages (public), applications (the selection pipeline), vetting (DBS)."""

from recruitment.models.applications import (
    ALLOWED_TRANSITIONS,
    DECISIONS,
    FINAL_STAGES,
    UNSUCCESSFUL_OR_WITHDRAWN,
    Application,
    ApplicationAccessLog,
    ApplicationEvent,
    Assessment,
    CriterionScore,
    InterviewFormat,
    InvalidTransition,
    Stage,
)
from recruitment.models.pages import (
    ApplicationFormField,
    ApplicationFormPage,
    ApplicationFormSubmission,
    DBSLevel,
    PersonSpecificationCriterion,
    RoleDescriptionPage,
    VolunteerIndexPage,
)
from recruitment.models.vetting import VettingCheck

__all__ = [
    "ALLOWED_TRANSITIONS",
    "DECISIONS",
    "FINAL_STAGES",
    "UNSUCCESSFUL_OR_WITHDRAWN",
    "Application",
    "ApplicationAccessLog",
    "ApplicationEvent",
    "ApplicationFormField",
    "ApplicationFormPage",
    "ApplicationFormSubmission",
    "Assessment",
    "CriterionScore",
    "DBSLevel",
    "InterviewFormat",
    "InvalidTransition",
    "PersonSpecificationCriterion",
    "RoleDescriptionPage",
    "Stage",
    "VettingCheck",
    "VolunteerIndexPage",
]
