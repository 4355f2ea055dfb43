from .cases import Award, OutcomeIndicator, PracticeOrganisation, PracticePage, PracticeTag
from .evidence import EVIDENCE_EXPLANATIONS, EvidenceLevel
from .indexes import MethodIndexPage, PracticeIndexPage, ReferenceModelPage
from .methods import MethodPage
from .profiles import CaseProfile, CostBand, DurationBand, MethodProfile, profile_for
from .proposals import CaseProposal
from .reference import CriticalNode, ModelStatus, ModelVersion, PhasePage
from .taxonomy import (
    Country,
    Language,
    Organisation,
    OrganisationKind,
    TargetGroup,
    TerritoryPage,
)

__all__ = [
    "EVIDENCE_EXPLANATIONS",
    "Award",
    "CaseProfile",
    "CaseProposal",
    "CostBand",
    "DurationBand",
    "MethodProfile",
    "profile_for",
    "Country",
    "EvidenceLevel",
    "Language",
    "MethodIndexPage",
    "MethodPage",
    "Organisation",
    "OrganisationKind",
    "OutcomeIndicator",
    "CriticalNode",
    "ModelStatus",
    "ModelVersion",
    "PhasePage",
    "PracticeIndexPage",
    "PracticeOrganisation",
    "PracticePage",
    "PracticeTag",
    "ReferenceModelPage",
    "TargetGroup",
    "TerritoryPage",
]
