"""A good-practice case: who, for whom, what was done, with which results."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES, BaseStreamBlock, EditorialNoteBlock
from portal.models import BasePage, SyntheticMixin
from portal.serializers import ChoiceSerializer, PageReferenceSerializer, RichTextSerializer
from portal.sources import (
    AbstractSourceReference,
    SourceReferenceSerializer,
)

from ..admin_forms import OriginalsPageForm
from .evidence import EvidenceLevel, EvidenceMixin
from .profiles import PROFILE_PANELS
from .serializers import (
    AwardSerializer,
    IndicatorSerializer,
    KeyFigureSerializer,
    OrganisationRoleSerializer,
    ProfileSerializer,
    TargetGroupSerializer,
)
from .taxonomy import Language


class PracticeTag(TaggedItemBase):
    content_object = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StoryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(
        label=_("Story"), help_text=_("Anonymised: no names, no identifying details.")
    )

    class Meta:
        icon = "user"
        template = "blocks/story_block.html"


class CaseStreamBlock(BaseStreamBlock):
    """The approach of a case: the shared body blocks plus marked editorial notes."""

    editorial_note = EditorialNoteBlock()


class PracticePage(SyntheticMixin, EvidenceMixin, BasePage):
    """A case, child of its territory."""

    territory = models.ForeignKey(
        "practices.TerritoryPage",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="practices",
        help_text="Denormalised from the parent page, for filtering.",
    )
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True)
    ongoing = models.BooleanField(_("ongoing"), default=False)
    period_note = models.CharField(
        _("about the period"),
        max_length=255,
        blank=True,
        help_text=_("What the sources say about dates, e.g. 'material dated 20 May 2010'."),
    )
    target_groups = ParentalManyToManyField(
        "practices.TargetGroup",
        blank=True,
        related_name="practices",
        verbose_name=_("target groups"),
    )
    methods = ParentalManyToManyField(
        "practices.MethodPage", blank=True, related_name="practices", verbose_name=_("methods used")
    )
    phases = ParentalManyToManyField(
        "practices.PhasePage",
        blank=True,
        related_name="practices",
        verbose_name=_("phases of the reference model covered"),
    )
    tags = ClusterTaggableManager(through=PracticeTag, blank=True, verbose_name=_("tags"))
    problem = RichTextField(_("the problem addressed"), blank=True, features=RICH_TEXT_FEATURES)
    approach = StreamField(CaseStreamBlock(), blank=True, verbose_name=_("the approach"))
    success_factors = RichTextField(_("success factors"), blank=True, features=RICH_TEXT_FEATURES)
    challenges = RichTextField(_("challenges and lessons"), blank=True, features=RICH_TEXT_FEATURES)
    transferability = RichTextField(
        _("transferability"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What a service elsewhere needs in order to adopt it."),
    )
    transferability_is_editorial = models.BooleanField(
        _("transferability is an editorial assessment"),
        default=True,
        help_text=_("Tick when no source states it; the page then marks it as editorial."),
    )
    stories = StreamField(
        [("story", StoryBlock())], blank=True, verbose_name=_("anonymised stories")
    )
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("documents"),
    )
    original_language = models.CharField(
        _("original language"),
        max_length=5,
        choices=Language.choices,
        default=settings.LANGUAGE_CODE,
    )
    contact = models.CharField(
        _("contact"), max_length=255, blank=True, help_text=_("A service or role, never a person.")
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("listing_summary", heading=_("Lead text")),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year"), FieldPanel("ongoing")]),
        FieldPanel("period_note"),
        InlinePanel(
            "organisation_roles",
            heading=_("Organisations and their roles"),
            label=_("Organisation"),
        ),
        FieldPanel("problem"),
        FieldPanel("approach"),
        FieldPanel("success_factors"),
        FieldPanel("challenges"),
        FieldPanel("transferability"),
        FieldPanel("transferability_is_editorial"),
        FieldPanel("stories"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [FieldPanel("original_language"), FieldPanel("contact"), FieldPanel("last_reviewed")],
            heading=_("About this case"),
        ),
        InlinePanel("source_references", heading=_("Sources"), label=_("Source")),
    ]
    outcome_panels = [
        InlinePanel("indicators", heading=_("Outcome indicators"), label=_("Indicator")),
        InlinePanel(
            "key_figures",
            heading=_("Key figures (costs, staff, budgets)"),
            label=_("Key figure"),
        ),
        InlinePanel("awards", heading=_("Awards"), label=_("Award")),
        *EvidenceMixin.evidence_panels,
    ]
    # Checkboxes over the English originals, labelled in the editor's language
    # (OriginalsPageForm): one click never deselects the rest.
    classification_panels = [
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("methods", widget=forms.CheckboxSelectMultiple),
        FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(outcome_panels, heading=_("Outcomes")),
            ObjectList(classification_panels, heading=_("Classification")),
            ObjectList(PROFILE_PANELS, heading=_("Implementation and cost")),
            # The lead text (listing summary) is on the Content tab.
            ObjectList(BasePage.promote_panels[:1], heading=_("Promotion")),
        ]
    )
    base_form_class = OriginalsPageForm
    search_fields = BasePage.search_fields + [
        index.AutocompleteField("title"),
        index.SearchField("problem"),
        index.SearchField("approach"),
        index.SearchField("success_factors"),
        index.SearchField("transferability"),
        index.SearchField("challenges"),
        index.SearchField("stories"),
        # What practitioners type: the names and roles of the organisations, the
        # labels of indicators and key figures, awards and the cited sources.
        index.RelatedFields(
            "organisation_roles",
            [
                index.SearchField("role"),
                index.RelatedFields("organisation", [index.SearchField("name")]),
            ],
        ),
        index.RelatedFields(
            "indicators", [index.SearchField("label"), index.SearchField("population")]
        ),
        index.RelatedFields(
            "key_figures", [index.SearchField("label"), index.SearchField("covers")]
        ),
        index.RelatedFields("awards", [index.SearchField("name"), index.SearchField("rank")]),
        # Editors' keywords ("Piano LIFT", "critical nodes"): what the case is about.
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields(
            "source_references",
            [
                index.RelatedFields(
                    "source", [index.SearchField("title"), index.SearchField("publisher")]
                )
            ],
        ),
        index.FilterField("territory_id"),
        index.FilterField("start_year"),
        index.FilterField("evidence_level"),
        index.FilterField("is_synthetic"),
    ]
    api_fields = [
        APIField("territory", serializer=PageReferenceSerializer(extra=("country",))),
        APIField("start_year"),
        APIField("end_year"),
        APIField("ongoing"),
        APIField("period_note"),
        APIField("target_groups", serializer=TargetGroupSerializer(many=True)),
        APIField("methods", serializer=PageReferenceSerializer()),
        APIField("phases", serializer=PageReferenceSerializer(extra=("key",))),
        APIField("organisation_roles", serializer=OrganisationRoleSerializer(many=True)),
        APIField("indicators", serializer=IndicatorSerializer(many=True)),
        APIField("key_figures", serializer=KeyFigureSerializer(many=True)),
        APIField("awards", serializer=AwardSerializer(many=True)),
        APIField("problem", serializer=RichTextSerializer()),
        APIField("approach"),
        APIField("success_factors", serializer=RichTextSerializer()),
        APIField("challenges", serializer=RichTextSerializer()),
        APIField("transferability", serializer=RichTextSerializer()),
        APIField("stories"),
        APIField("evidence_level", serializer=ChoiceSerializer(EvidenceLevel.choices)),
        APIField("original_language"),
        APIField("contact"),
        APIField("last_reviewed"),
        APIField("source_references", serializer=SourceReferenceSerializer()),
        APIField("implementation_profile", serializer=ProfileSerializer(source="*")),
    ]

    parent_page_types = ["practices.TerritoryPage"]
    subpage_types = []
    template = "practices/practice_page.html"

    class Meta:
        verbose_name = _("practice (case)")
        verbose_name_plural = _("practices (cases)")

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year cannot be before the start year.")})

    def save(self, *args, **kwargs):
        parent = self.get_parent() if self.path else None
        if parent is not None and parent.specific_class.__name__ == "TerritoryPage":
            self.territory_id = parent.pk
        super().save(*args, **kwargs)

    context_view = "practices.views.case_context"

    @property
    def period_label(self):
        if self.start_year and self.ongoing:
            return _("since %(year)s") % {"year": self.start_year}
        if self.start_year and self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year or self.end_year or "")


class PracticeOrganisation(Orderable):
    """An organisation taking part in a case, with its role there."""

    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="organisation_roles")
    organisation = models.ForeignKey(
        "practices.Organisation",
        on_delete=models.PROTECT,
        related_name="case_roles",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role in the case"), max_length=255, blank=True)

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    def __str__(self):
        return f"{self.organisation}: {self.role}"


class OutcomeIndicator(Orderable):
    """One measured result, as data: '17 of 93 citizens into jobs'."""

    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="indicators")
    label = models.CharField(_("label"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    unit_singular = models.CharField(
        _("unit, singular"),
        max_length=60,
        blank=True,
        help_text=_(
            "The unit when the value is exactly 1 (citizen, borger); the unit is used if empty."
        ),
    )
    denominator = models.DecimalField(
        _("out of"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The total the value is a share of (e.g. 93 participants)."),
    )
    population = models.CharField(_("population"), max_length=200, blank=True)
    period = models.CharField(_("period"), max_length=60, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    cited_source = models.ForeignKey(
        "portal.Source",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("source"),
    )
    source = models.CharField(
        _("passage in the source"),
        max_length=255,
        blank=True,
        help_text=_("The slide, page or section the figure comes from."),
    )

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit"), FieldPanel("denominator")]),
        FieldPanel("unit_singular"),
        FieldPanel("population"),
        FieldRowPanel([FieldPanel("period"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("cited_source"), FieldPanel("source")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("outcome indicator")

    def __str__(self):
        return f"{self.label}: {self.display_value}"

    def clean(self):
        if self.denominator is not None and self.denominator <= 0:
            raise ValidationError({"denominator": _("The total must be greater than zero.")})
        if (
            self.denominator is not None
            and self.value is not None
            and self.value > self.denominator
        ):
            raise ValidationError(
                {"value": _("The value cannot exceed the total it is a share of.")}
            )

    @property
    def display_value(self):
        value = self.value.normalize() if isinstance(self.value, Decimal) else self.value
        text = f"{value:,f}" if isinstance(value, Decimal) else str(value)
        return text.replace(",", "\u202f")

    @property
    def display_denominator(self):
        if self.denominator is None:
            return ""
        return f"{self.denominator.normalize():,f}".replace(",", "\u202f")

    @property
    def unit_for_value(self):
        """The unit in the grammatical number of the value: "1 citizen", "17 citizens"."""
        if self.value == 1 and self.unit_singular:
            return self.unit_singular
        return self.unit

    @property
    def share(self):
        """Percentage of the denominator, rounded; None without a denominator."""
        if not self.denominator:
            return None
        return int((self.value * 100 / self.denominator).quantize(Decimal("1")))


class Award(Orderable):
    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="awards")
    name = models.CharField(_("award"), max_length=200)
    year = models.PositiveSmallIntegerField(_("year"))
    rank = models.CharField(_("rank"), max_length=60, blank=True, help_text=_("E.g. 2nd place."))

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("year"), FieldPanel("rank")])]

    def __str__(self):
        return f"{self.name} ({self.year})"


class KeyFigure(Orderable):
    """What a case costs or needs (money, staff, budget caps), kept apart from the
    outcome indicators so that an input is never read as a result."""

    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="key_figures")
    label = models.CharField(_("label"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    unit = models.CharField(
        _("unit"), max_length=60, blank=True, help_text=_("E.g. full-time equivalents.")
    )
    currency = models.CharField(
        _("currency"), max_length=3, blank=True, help_text=_("ISO code, e.g. CHF; for amounts.")
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    period = models.CharField(_("period"), max_length=60, blank=True)
    covers = models.CharField(
        _("what it covers"), max_length=255, blank=True, help_text=_("E.g. the two pilot regions.")
    )
    cited_source = models.ForeignKey(
        "portal.Source",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("source"),
    )
    passage = models.CharField(_("passage in the source"), max_length=255, blank=True)

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit"), FieldPanel("currency")]),
        FieldRowPanel([FieldPanel("year"), FieldPanel("period")]),
        FieldPanel("covers"),
        FieldRowPanel([FieldPanel("cited_source"), FieldPanel("passage")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self):
        return f"{self.label}: {self.display_value}"

    @property
    def display_value(self):
        """The amount for people: thin-space thousands, the currency or unit beside it."""
        value = self.value.normalize() if isinstance(self.value, Decimal) else self.value
        text = f"{value:,f}".replace(",", "\u202f") if isinstance(value, Decimal) else str(value)
        if self.currency:
            return f"{self.currency} {text}"
        return f"{text} {self.unit}".strip()


class PracticeSource(AbstractSourceReference):
    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="source_references")
