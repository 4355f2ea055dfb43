"""The open-data page: how to reuse the portal's content (API, exports, feeds, licence)."""

from django.utils.translation import gettext_lazy as _

from portal.models import SectionIndexPage


class OpenDataPage(SectionIndexPage):
    """Documents the API and the downloads with working examples built from live data.

    Editors write the introduction and any notes; the endpoint list, the filter
    values and the example links are generated, so they never go stale.
    """

    subpage_types = []
    template = "opendata/open_data_page.html"

    class Meta:
        verbose_name = _("open data page")

    def get_context(self, request, *args, **kwargs):
        from .documentation import documentation

        context = super().get_context(request, *args, **kwargs)
        context.update(documentation(request))
        return context
