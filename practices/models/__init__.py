from .cases import (
    Award,
    KeyFigure,
    OutcomeIndicator,
    PracticeOrganisation,
    PracticePage,
    PracticeSource,
    PracticeTag,
)
from .evidence import EVIDENCE_EXPLANATIONS, EvidenceLevel
from .indexes import MethodIndexPage, PracticeIndexPage, ReferenceModelPage
from .methods import MethodPage, MethodSource
from .profiles import CaseProfile, CostBand, DurationBand, MethodProfile, profile_for
from .proposals import CaseProposal
from .reference import (
    CriticalNode,
    ModelStatus,
    ModelVersion,
    PhasePage,
    PhaseSource,
    ReferenceModelSource,
)
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
    "KeyFigure",
    "MethodSource",
    "PhaseSource",
    "PracticeSource",
    "ReferenceModelSource",
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
