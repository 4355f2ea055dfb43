from .indexes import MethodIndexPage, PracticeIndexPage, ReferenceModelPage

__all__ = ["MethodIndexPage", "PracticeIndexPage", "ReferenceModelPage"]
