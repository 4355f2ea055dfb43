"""Workshop series and the reports of their meetings."""

import datetime

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES
from portal.localization import localize, localize_queryset
from portal.models import BasePage, FeedRoutesMixin, SectionIndexPage, SyntheticMixin, call_view
from portal.serializers import ChoiceSerializer, RichTextSerializer
from portal.visibility import public_pages
from practices.admin_forms import OriginalsPageForm
from practices.models.serializers import (
    CriticalNodeSerializer,
    ModelVersionSerializer,
    OrganisationSerializer,
)


class WorkshopIndexPage(FeedRoutesMixin, SectionIndexPage):
    """All workshop series and the latest reports, filterable by territory and year."""

    subpage_types = ["workshops.WorkshopTerritoryPage"]
    template = "workshops/workshop_index_page.html"

    class Meta:
        verbose_name = _("workshops index")

    context_view = "workshops.views.index_context"
    atom_feed_class = "workshops.feeds.ReportsAtomFeed"
    rss_feed_class = "workshops.feeds.ReportsRssFeed"

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return call_view("workshops.views.upcoming_calendar", request, self)


class WorkshopTerritoryPage(BasePage):
    """A territory's place for its workshop series: its coordinators may add series here.

    ``setup_roles`` creates one per territory and locale and grants the territory's
    coordinators their rights on it, so a new territory gets its place by running it again.
    """

    territory = models.ForeignKey(
        "practices.TerritoryPage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("territory"),
    )

    content_panels = Page.content_panels + [FieldPanel("territory", read_only=True)]

    parent_page_types = ["workshops.WorkshopIndexPage"]
    subpage_types = ["workshops.WorkshopSeriesPage"]
    template = "workshops/workshop_territory_page.html"

    class Meta:
        verbose_name = _("workshops of a territory")
        verbose_name_plural = _("workshops of territories")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["series_list"] = list(
            WorkshopSeriesPage.objects.child_of(self)
            .live()
            .public()
            .order_by(models.F("start_date").desc(nulls_last=True), "title")
        )
        context["territory"] = localize([self.territory])[0]
        return context


class WorkshopSeriesPage(FeedRoutesMixin, BasePage):
    """A programme of meetings, e.g. a training-consultancy laboratory."""

    # Set from the territory's workshops page the series lives under (see save()).
    territory = models.ForeignKey(
        "practices.TerritoryPage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("territory"),
    )
    network = models.CharField(_("owner network"), max_length=200, blank=True)
    lead_organisation = models.ForeignKey(
        "practices.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead organisation"),
    )
    facilitator = models.CharField(
        _("facilitator"), max_length=200, blank=True, help_text=_("A role, never a person's name.")
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    objectives = RichTextField(_("objectives"), blank=True, features=RICH_TEXT_FEATURES)
    expected_results = RichTextField(_("expected results"), blank=True, features=RICH_TEXT_FEATURES)
    activities = RichTextField(_("activities"), blank=True, features=RICH_TEXT_FEATURES)
    methodology = RichTextField(_("methodology"), blank=True, features=RICH_TEXT_FEATURES)
    cases = ParentalManyToManyField(
        "practices.PracticePage",
        blank=True,
        related_name="workshop_series",
        verbose_name=_("cases discussed"),
        help_text=_("The cases (English originals) this series worked on."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("listing_summary"),
        MultiFieldPanel(
            [
                FieldPanel("network"),
                FieldPanel("lead_organisation"),
                FieldPanel("facilitator"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Who and when"),
        ),
        FieldPanel("objectives"),
        FieldPanel("expected_results"),
        FieldPanel("activities"),
        FieldPanel("methodology"),
        FieldPanel("cases", widget=forms.CheckboxSelectMultiple),
    ]
    promote_panels = BasePage.promote_panels[:1]
    base_form_class = OriginalsPageForm
    search_fields = BasePage.search_fields + [
        index.AutocompleteField("title"),
        index.SearchField("objectives"),
        index.SearchField("methodology"),
    ]

    parent_page_types = ["workshops.WorkshopTerritoryPage"]
    subpage_types = ["workshops.WorkshopReportPage"]
    template = "workshops/workshop_series_page.html"

    class Meta:
        verbose_name = _("workshop series")
        verbose_name_plural = _("workshop series")

    def save(self, *args, **kwargs):
        if self.territory_id is None and self.depth:
            parent = self.get_parent()
            if parent is not None:
                self.territory_id = getattr(parent.specific, "territory_id", None)
        super().save(*args, **kwargs)

    def reports(self):
        return public_pages(WorkshopReportPage.objects.child_of(self)).order_by(
            models.F("date").asc(nulls_last=True), "path"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["reports"] = list(self.reports())
        context["territory"] = localize([self.territory])[0] if self.territory else None
        context["discussed_cases"] = localize(list(self.cases.live().order_by("title")))
        return context

    atom_feed_class = "workshops.feeds.ReportsAtomFeed"
    rss_feed_class = "workshops.feeds.ReportsRssFeed"

    def feed_kwargs(self):
        return {"series": self}


class ReportKind(models.TextChoices):
    LABORATORY = "laboratory", _("Laboratory session")
    GOOD_PRACTICE = "good_practice", _("Good-practice exchange")
    PRESENTATION = "presentation", _("Presentation to stakeholders")
    FINAL = "final", _("Final workshop")


class WorkshopReportPage(SyntheticMixin, BasePage):
    """The report of one meeting; a report dated in the future is an announcement."""

    date = models.DateField(
        _("date"), null=True, blank=True, help_text=_("Leave empty if the date is not known.")
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ReportKind.choices)
    action = models.CharField(
        _("part of"),
        max_length=200,
        blank=True,
        help_text=_("The action or strand of the series this meeting belongs to."),
    )
    purpose = RichTextField(_("purpose of the meeting"), blank=True, features=RICH_TEXT_FEATURES)
    method = RichTextField(_("method"), blank=True, features=RICH_TEXT_FEATURES)
    organisations = ParentalManyToManyField(
        "practices.Organisation",
        blank=True,
        related_name="+",
        verbose_name=_("participating organisations"),
    )
    facilitator = models.CharField(
        _("facilitator"), max_length=200, blank=True, help_text=_("A role, never a person's name.")
    )
    agenda = RichTextField(_("agenda"), blank=True, features=RICH_TEXT_FEATURES)
    discussion = RichTextField(_("what was discussed"), blank=True, features=RICH_TEXT_FEATURES)
    outcomes = RichTextField(_("outcomes"), blank=True, features=RICH_TEXT_FEATURES)
    decisions = RichTextField(_("decisions"), blank=True, features=RICH_TEXT_FEATURES)
    critical_nodes = ParentalManyToManyField(
        "practices.CriticalNode",
        blank=True,
        related_name="workshop_reports",
        verbose_name=_("critical nodes discussed"),
    )
    cases = ParentalManyToManyField(
        "practices.PracticePage",
        blank=True,
        related_name="workshop_reports",
        verbose_name=_("cases discussed"),
    )
    # A ForeignKey, so Wagtail's reference index counts the report as a use of the
    # document and the document's page can link back.
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("report document"),
        help_text=_("The report itself as a file (usually a PDF)."),
    )
    follow_ups = RichTextField(_("follow-ups"), blank=True, features=RICH_TEXT_FEATURES)
    attachments = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("attachments"),
    )
    model_version = models.ForeignKey(
        "practices.ModelVersion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reference model version it fed"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("listing_summary"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("place"), FieldPanel("kind")]),
        FieldPanel("action"),
        FieldPanel("facilitator"),
        FieldPanel("purpose"),
        FieldPanel("method"),
        FieldPanel("agenda"),
        FieldPanel("discussion"),
        FieldPanel("outcomes"),
        FieldPanel("decisions"),
        FieldPanel("follow_ups"),
        FieldPanel("document"),
        FieldPanel("attachments"),
    ]
    classification_panels = [
        FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
        FieldPanel("critical_nodes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("cases", widget=forms.CheckboxSelectMultiple),
        FieldPanel("model_version"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(classification_panels, heading=_("Classification")),
            ObjectList(BasePage.promote_panels[:1], heading=_("Promotion")),
        ]
    )
    base_form_class = OriginalsPageForm
    search_fields = BasePage.search_fields + [
        index.AutocompleteField("title"),
        index.SearchField("discussion"),
        index.SearchField("outcomes"),
        index.SearchField("purpose"),
        index.FilterField("date"),
        index.FilterField("is_synthetic"),
    ]
    api_fields = [
        APIField("date"),
        APIField("place"),
        APIField("kind", serializer=ChoiceSerializer(ReportKind.choices)),
        APIField("organisations", serializer=OrganisationSerializer(many=True)),
        APIField("facilitator"),
        APIField("agenda", serializer=RichTextSerializer()),
        APIField("discussion", serializer=RichTextSerializer()),
        APIField("action"),
        APIField("purpose", serializer=RichTextSerializer()),
        APIField("method", serializer=RichTextSerializer()),
        APIField("outcomes", serializer=RichTextSerializer()),
        APIField("decisions", serializer=RichTextSerializer()),
        APIField("critical_nodes", serializer=CriticalNodeSerializer(many=True)),
        APIField("follow_ups", serializer=RichTextSerializer()),
        APIField("model_version", serializer=ModelVersionSerializer()),
    ]

    parent_page_types = ["workshops.WorkshopSeriesPage"]
    subpage_types = []
    template = "workshops/workshop_report_page.html"

    class Meta:
        verbose_name = _("workshop report")

    @property
    def is_announcement(self):
        return bool(self.date and self.date > datetime.date.today())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisations_list"] = list(self.organisations.all())
        context["nodes"] = list(self.critical_nodes.select_related("page"))
        context["series"] = self._series()
        context["version_record"] = self.model_version
        context["discussed_cases"] = localize_queryset(self.cases.live().order_by("title"))
        document_model = type(self)._meta.get_field("document").related_model
        context["report_document"] = (
            document_model.objects.public().filter(pk=self.document_id).first()
            if self.document_id
            else None
        )
        return context

    def _series(self):
        """The parent series, specific, in one query; kept as the cached parent so
        the structured data does not read it again."""
        if not self.path or self.depth <= 1:
            return self.get_parent().specific
        series = WorkshopSeriesPage.objects.filter(path=self.path[: -self.steplen]).first()
        if series is None:  # a parent of another type: only through the shell
            return self.get_parent().specific
        self._cached_parent_obj = series
        return series
