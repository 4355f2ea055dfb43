from .indexes import MethodIndexPage, PracticeIndexPage, ReferenceModelPage
from .taxonomy import (
    Country,
    Language,
    Organisation,
    OrganisationKind,
    TargetGroup,
    TerritoryPage,
)

__all__ = [
    "Country",
    "Language",
    "MethodIndexPage",
    "Organisation",
    "OrganisationKind",
    "PracticeIndexPage",
    "ReferenceModelPage",
    "TargetGroup",
    "TerritoryPage",
]
