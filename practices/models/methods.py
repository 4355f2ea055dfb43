"""The methods catalogue: one page per method."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES
from portal.models import BasePage, SyntheticMixin
from portal.serializers import ChoiceSerializer, PageReferenceSerializer, RichTextSerializer
from portal.sources import AbstractSourceReference, SourceReferenceSerializer

from ..admin_forms import OriginalsPageForm
from .evidence import EvidenceLevel, EvidenceMixin
from .profiles import PROFILE_PANELS
from .serializers import ProfileSerializer, TargetGroupSerializer
from .taxonomy import Language


class MethodPage(SyntheticMixin, EvidenceMixin, BasePage):
    """A method of the catalogue; the cases using it are computed from the cases."""

    what_it_is = RichTextField(_("what it is"), features=RICH_TEXT_FEATURES)
    when_to_use = RichTextField(_("when to use it"), blank=True, features=RICH_TEXT_FEATURES)
    when_not_to_use = RichTextField(
        _("when not to use it"), blank=True, features=RICH_TEXT_FEATURES
    )
    guidance_is_editorial = models.BooleanField(
        _("'when to use' is an editorial assessment"),
        default=True,
        help_text=_(
            "Tick when no source gives this guidance; the page then marks it as editorial."
        ),
    )
    steps = StreamField(
        [("step", blocks.CharBlock(label=_("Step"), icon="list-ol"))],
        blank=True,
        verbose_name=_("steps"),
    )
    resources = RichTextField(
        _("resources"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Staff, time, tools it needs."),
    )
    target_groups = ParentalManyToManyField(
        "practices.TargetGroup", blank=True, related_name="methods", verbose_name=_("target groups")
    )
    phases = ParentalManyToManyField(
        "practices.PhasePage",
        blank=True,
        related_name="methods",
        verbose_name=_("phases of the reference model"),
    )
    origin_territory = models.ForeignKey(
        "practices.TerritoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("origin territory"),
    )
    original_language = models.CharField(
        _("original language"),
        max_length=5,
        choices=Language.choices,
        default=settings.LANGUAGE_CODE,
    )

    content_panels = Page.content_panels + [
        FieldPanel("what_it_is"),
        FieldPanel("when_to_use"),
        FieldPanel("when_not_to_use"),
        FieldPanel("guidance_is_editorial"),
        FieldPanel("steps"),
        FieldPanel("resources"),
        InlinePanel("source_references", heading=_("Sources"), label=_("Source")),
    ]
    classification_panels = [
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("origin_territory"), FieldPanel("original_language")],
            heading=_("Origin"),
        ),
        *EvidenceMixin.evidence_panels,
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(classification_panels, heading=_("Classification")),
            ObjectList(PROFILE_PANELS, heading=_("Implementation and cost")),
            ObjectList(BasePage.promote_panels, heading=_("Promotion")),
        ]
    )
    base_form_class = OriginalsPageForm
    search_fields = BasePage.search_fields + [
        index.AutocompleteField("title"),
        index.SearchField("what_it_is"),
        index.SearchField("when_to_use"),
        index.FilterField("evidence_level"),
        index.FilterField("is_synthetic"),
    ]
    api_fields = [
        APIField("what_it_is", serializer=RichTextSerializer()),
        APIField("when_to_use", serializer=RichTextSerializer()),
        APIField("when_not_to_use", serializer=RichTextSerializer()),
        APIField("steps"),
        APIField("resources", serializer=RichTextSerializer()),
        APIField("target_groups", serializer=TargetGroupSerializer(many=True)),
        APIField("phases", serializer=PageReferenceSerializer(extra=("key",))),
        APIField("origin_territory", serializer=PageReferenceSerializer(extra=("country",))),
        APIField("evidence_level", serializer=ChoiceSerializer(EvidenceLevel.choices)),
        APIField("original_language"),
        APIField("source_references", serializer=SourceReferenceSerializer()),
        APIField("implementation_profile", serializer=ProfileSerializer(source="*")),
    ]

    parent_page_types = ["practices.MethodIndexPage"]
    subpage_types = []
    template = "practices/method_page.html"

    class Meta:
        verbose_name = _("method")
        verbose_name_plural = _("methods")

    context_view = "practices.views.method_context"


class MethodSource(AbstractSourceReference):
    page = ParentalKey(MethodPage, on_delete=models.CASCADE, related_name="source_references")
