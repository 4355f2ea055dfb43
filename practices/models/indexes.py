"""Entry pages of the practices area: all cases, the methods catalogue, the reference model."""

from types import SimpleNamespace

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from portal.models import FeedRoutesMixin, SectionIndexPage

from .reference import ReferenceModelMixin


class PracticeIndexPage(FeedRoutesMixin, SectionIndexPage):
    """All good-practice cases: filterable, sortable, paginated."""

    subpage_types = ["practices.TerritoryPage"]
    template = "practices/practice_index_page.html"

    class Meta:
        verbose_name = _("practices index")

    def get_context(self, request, *args, **kwargs):
        from portal.localization import active_locale
        from practices.listing import PracticeListing
        from practices.presentation import decorate_cards

        context = super().get_context(request, *args, **kwargs)
        locale = active_locale()  # looked up once for the listing and its cards
        context.update(PracticeListing(request.GET, locale).context())
        context["practices"] = decorate_cards(context["practices"], locale)
        return context

    atom_feed_class = "practices.feeds.CasesAtomFeed"
    rss_feed_class = "practices.feeds.CasesRssFeed"

    @path("propose/", name="propose")
    def propose(self, request):
        """The public form through which a practitioner proposes a case."""
        from practices.proposals.views import propose

        return propose(self, request)

    @path("propose/thanks/", name="propose_thanks")
    def propose_thanks(self, request):
        from practices.proposals.views import thanks

        return thanks(self, request)

    @path("export/<str:fmt>/", name="export")
    def export(self, request, fmt):
        """The filtered listing, every page of it, as CSV or JSON (``export/csv/?country=CH``)."""
        from opendata.exports import cases_export

        return cases_export(request, fmt)

    @path("<slug:territory>/<slug:case>/case-sheet/", name="case_sheet")
    def case_sheet(self, request, territory, case):
        """A case's printable one-page PDF, in the case's language."""
        from practices.case_sheet import sheet_response

        return sheet_response(self, request, territory, case)

    @path("evidence-levels/", name="evidence_levels")
    def evidence_levels(self, request):
        from practices.models.evidence import EVIDENCE_EXPLANATIONS, EvidenceLevel

        levels = [
            {
                "value": value,
                "label": label,
                "text": EVIDENCE_EXPLANATIONS[value],
                "badge": SimpleNamespace(evidence_rank=rank, get_evidence_level_display=label),
            }
            for rank, (value, label) in enumerate(EvidenceLevel.choices, start=1)
        ]
        return TemplateResponse(
            request,
            "practices/evidence_levels.html",
            {"page": self, "self": self, "levels": levels},
        )


class MethodIndexPage(RoutablePageMixin, SectionIndexPage):
    """The methods catalogue."""

    subpage_types = ["practices.MethodPage"]
    template = "practices/method_index_page.html"

    class Meta:
        verbose_name = _("methods catalogue")

    def get_context(self, request, *args, **kwargs):
        from practices.finder import MethodFacets

        context = super().get_context(request, *args, **kwargs)
        context.update(MethodFacets(request.GET).context())
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("finder/", name="finder")
    def finder(self, request):
        """The guided finder: who, which phase, what is needed -> ranked methods."""
        from practices.finder import finder_view

        return finder_view(self, request)

    @path("export/<str:fmt>/", name="export")
    def export(self, request, fmt):
        """The catalogue as CSV or JSON, with the catalogue's filters applied."""
        from opendata.exports import methods_export

        return methods_export(request, fmt)


class ReferenceModelPage(RoutablePageMixin, ReferenceModelMixin, SectionIndexPage):
    """The shared reference model for disability work placements: the living model,
    its diagram, coverage matrix, versions and PDF downloads."""

    content_panels = SectionIndexPage.content_panels + ReferenceModelMixin.model_panels
    subpage_types = ["practices.PhasePage"]
    template = "practices/reference_model_page.html"

    class Meta:
        verbose_name = _("reference model")

    def get_context(self, request, *args, **kwargs):
        from practices.reference import model_details

        context = super().get_context(request, *args, **kwargs)
        context.update(model_details(self, request))
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("coverage/", name="coverage")
    def coverage(self, request):
        from practices.reference import coverage_view

        return coverage_view(self, request)

    @path("coverage/<str:fmt>/", name="coverage_export")
    def coverage_export(self, request, fmt):
        """The coverage matrix, one row per phase and territory, as CSV or JSON."""
        from opendata import exports
        from practices.reference import coverage

        if fmt not in exports.FORMATS:
            raise Http404
        table = exports.coverage_table(coverage(self))
        return exports.response(table, fmt, request, filename=f"reference-model-coverage.{fmt}")

    @path("pdf/", name="pdf_latest")
    def pdf_latest(self, request):
        from practices.reference import pdf_response

        return pdf_response(self, request, version=None)

    @path("versions/<slug:version>/", name="version")
    def version_view(self, request, version):
        from practices.reference import version_view

        return version_view(self, request, version)

    @path("versions/<slug:version>/pdf/", name="pdf_version")
    def pdf_version(self, request, version):
        from practices.reference import pdf_response

        return pdf_response(self, request, version=version)

    def publish_version(self, version, released_on, changes, reports=()):
        from practices.reference import publish_version

        return publish_version(self, version, released_on, changes, reports)
