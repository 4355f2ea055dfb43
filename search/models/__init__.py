from .crosswalk import Concept, ConceptTag
from .popular import SearchTerm, SearchTermVisitor

__all__ = ["Concept", "ConceptTag", "SearchTerm", "SearchTermVisitor"]
