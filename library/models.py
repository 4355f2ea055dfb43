"""The document library: model documents, reports and forms to download."""

from django.utils.translation import gettext_lazy as _

from portal.models import SectionIndexPage


class LibraryPage(SectionIndexPage):
    """The public entry to the document library."""

    subpage_types = []
    template = "library/library_page.html"

    class Meta:
        verbose_name = _("document library")
