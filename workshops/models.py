"""Workshop series and their reports."""

from django.utils.translation import gettext_lazy as _

from portal.models import SectionIndexPage


class WorkshopIndexPage(SectionIndexPage):
    """All workshop series and the latest reports."""

    subpage_types = []
    template = "workshops/workshop_index_page.html"

    class Meta:
        verbose_name = _("workshops index")
