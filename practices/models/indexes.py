"""Entry pages of the practices area: all cases, the methods catalogue, the reference model.

These models only route: each route calls a view function, named by dotted path
(``portal.models.call_view``), with ``(request, page, ...)``. The views live in
``practices/views.py``, the proposal form in ``practices/proposals/views.py`` and
the CSV/JSON exports in ``opendata/views.py``.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from portal.models import FeedRoutesMixin, SectionIndexPage, call_view

from .reference import ReferenceModelMixin


class PracticeIndexPage(FeedRoutesMixin, SectionIndexPage):
    """All good-practice cases: filterable, sortable, paginated."""

    subpage_types = ["practices.TerritoryPage"]
    template = "practices/practice_index_page.html"
    context_view = "practices.views.practice_index_context"
    atom_feed_class = "practices.feeds.CasesAtomFeed"
    rss_feed_class = "practices.feeds.CasesRssFeed"

    class Meta:
        verbose_name = _("practices index")

    @path("propose/", name="propose")
    def propose(self, request):
        """The public form through which a practitioner proposes a case."""
        return call_view("practices.proposals.views.propose", request, self)

    @path("propose/thanks/", name="propose_thanks")
    def propose_thanks(self, request):
        return call_view("practices.proposals.views.thanks", request, self)

    @path("export/<str:fmt>/", name="export")
    def export(self, request, fmt):
        """The filtered listing, every page of it, as CSV or JSON (``export/csv/?country=CH``)."""
        return call_view("opendata.views.cases_export", request, self, fmt)

    @path("<slug:territory>/<slug:case>/case-sheet/", name="case_sheet")
    def case_sheet(self, request, territory, case):
        """A case's printable one-page PDF, in the case's language."""
        return call_view("practices.views.case_sheet", request, self, territory, case)

    @path("evidence-levels/", name="evidence_levels")
    def evidence_levels(self, request):
        return call_view("practices.views.evidence_levels", request, self)


class MethodIndexPage(RoutablePageMixin, SectionIndexPage):
    """The methods catalogue."""

    subpage_types = ["practices.MethodPage"]
    template = "practices/method_index_page.html"
    context_view = "practices.views.method_index_context"

    class Meta:
        verbose_name = _("methods catalogue")

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("finder/", name="finder")
    def finder(self, request):
        """The guided finder: who, which phase, what is needed -> ranked methods."""
        return call_view("practices.finder.finder_view", request, self)

    @path("export/<str:fmt>/", name="export")
    def export(self, request, fmt):
        """The whole catalogue as CSV or JSON."""
        return call_view("opendata.views.methods_export", request, self, fmt)


class ReferenceModelPage(RoutablePageMixin, ReferenceModelMixin, SectionIndexPage):
    """The shared reference model for disability work placements: the living model,
    its diagram, coverage matrix, versions and PDF downloads. Versions are published
    with ``practices.reference.publish_version``."""

    content_panels = SectionIndexPage.content_panels + ReferenceModelMixin.model_panels
    subpage_types = ["practices.PhasePage"]
    template = "practices/reference_model_page.html"
    context_view = "practices.views.reference_model_context"

    class Meta:
        verbose_name = _("reference model")

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("coverage/", name="coverage")
    def coverage(self, request):
        return call_view("practices.views.coverage", request, self)

    @path("coverage/<str:fmt>/", name="coverage_export")
    def coverage_export(self, request, fmt):
        """The coverage matrix, one row per phase and territory, as CSV or JSON."""
        return call_view("opendata.views.coverage_export", request, self, fmt)

    @path("pdf/", name="pdf_latest")
    def pdf_latest(self, request):
        return call_view("practices.views.model_pdf", request, self)

    @path("versions/<slug:version>/", name="version")
    def version_view(self, request, version):
        return call_view("practices.views.model_version", request, self, version)

    @path("versions/<slug:version>/pdf/", name="pdf_version")
    def pdf_version(self, request, version):
        return call_view("practices.views.model_pdf", request, self, version)
