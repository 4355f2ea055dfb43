"""Entry pages of the practices area: all cases, the methods catalogue, the reference model."""

from django.utils.translation import gettext_lazy as _

from portal.models import SectionIndexPage


class PracticeIndexPage(SectionIndexPage):
    """All good-practice cases, grouped under their territories."""

    subpage_types = ["practices.TerritoryPage"]
    template = "practices/practice_index_page.html"

    class Meta:
        verbose_name = _("practices index")


class MethodIndexPage(SectionIndexPage):
    """The methods catalogue."""

    subpage_types = ["practices.MethodPage"]
    template = "practices/method_index_page.html"

    class Meta:
        verbose_name = _("methods catalogue")


class ReferenceModelPage(SectionIndexPage):
    """The shared reference model for disability work placements."""

    subpage_types = ["practices.PhasePage"]
    template = "practices/reference_model_page.html"

    class Meta:
        verbose_name = _("reference model")
