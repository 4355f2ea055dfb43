from .crosswalk import Concept, ConceptTag

__all__ = ["Concept", "ConceptTag"]
