"""The shared reference model: its phases, critical nodes and published versions.

The model page holds the living, editable model. Publishing a new version
(``practices.reference.publish_version``) freezes a snapshot of the structured
content, so every version stays readable and downloadable at its own URL after
the model moves on.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES
from portal.models import BasePage
from portal.serializers import RichTextSerializer
from portal.sources import AbstractSourceReference, Provenance, SourceReferenceSerializer

from .taxonomy import OrganisationKind


class ModelStatus(models.TextChoices):
    UNDER_CONSTRUCTION = "under_construction", _("Under construction, not adopted")
    DRAFT = "draft", _("Draft")
    ADOPTED = "adopted", _("Adopted")


class ActorBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=OrganisationKind.choices, label=_("Actor"))
    responsibility = blocks.TextBlock(label=_("Responsibility"))

    class Meta:
        icon = "group"
        template = "blocks/actor_block.html"


class PhasePage(BasePage):
    """One phase of the reference model; cases and methods map onto phases by relation."""

    key = models.SlugField(
        _("key"),
        max_length=40,
        help_text=_("Stable identifier shared by all translations, e.g. 'intake'."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    objectives = RichTextField(_("objectives"), blank=True, features=["bold", "italic", "ul", "ol"])
    entry_criteria = models.TextField(_("entry criteria"), blank=True)
    exit_criteria = models.TextField(_("exit criteria"), blank=True)
    actors = StreamField([("actor", ActorBlock())], blank=True, verbose_name=_("actors"))
    activities = RichTextField(_("activities"), blank=True, features=RICH_TEXT_FEATURES)
    tools = models.TextField(_("tools and forms"), blank=True)
    tool_documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("tool documents"),
    )
    typical_duration = models.CharField(
        _("typical duration"), max_length=100, blank=True, help_text=_("Leave empty if unknown.")
    )
    provenance = models.CharField(
        _("the phase itself"),
        max_length=20,
        choices=Provenance.choices,
        default=Provenance.EDITORIAL,
        help_text=_("Whether a source names this phase, or the portal's editors proposed it."),
    )
    source_statement = models.TextField(
        _("what the sources say"),
        blank=True,
        help_text=_("In your own words, what the cited sources state about this phase."),
    )
    details_provenance = models.CharField(
        _("objectives, criteria, actors, activities and tools"),
        max_length=20,
        choices=Provenance.choices,
        default=Provenance.EDITORIAL,
        help_text=_("Editorial details are shown as a proposal, not as the network's agreement."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("key"), FieldPanel("sort_order")]),
        FieldPanel("objectives"),
        FieldRowPanel([FieldPanel("entry_criteria"), FieldPanel("exit_criteria")]),
        FieldPanel("actors"),
        FieldPanel("activities"),
        MultiFieldPanel(
            [FieldPanel("tools"), FieldPanel("tool_documents"), FieldPanel("typical_duration")],
            heading=_("Tools and duration"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("provenance"), FieldPanel("details_provenance")]),
                FieldPanel("source_statement"),
                InlinePanel("source_references", label=_("Source")),
            ],
            heading=_("Provenance"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.AutocompleteField("title"),
        index.SearchField("objectives"),
        index.SearchField("activities"),
        index.FilterField("key"),
    ]
    api_fields = [
        APIField("key"),
        APIField("sort_order"),
        APIField("objectives", serializer=RichTextSerializer()),
        APIField("entry_criteria"),
        APIField("exit_criteria"),
        APIField("actors"),
        APIField("activities", serializer=RichTextSerializer()),
        APIField("tools"),
        APIField("typical_duration"),
        APIField("provenance"),
        APIField("source_statement"),
        APIField("details_provenance"),
        APIField("source_references", serializer=SourceReferenceSerializer()),
    ]

    parent_page_types = ["practices.ReferenceModelPage"]
    subpage_types = []
    template = "practices/phase_page.html"

    class Meta:
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        ordering = ["sort_order"]

    context_view = "practices.views.phase_context"

    @property
    def is_sourced(self):
        return self.provenance == Provenance.SOURCED

    @property
    def details_are_sourced(self):
        return self.details_provenance == Provenance.SOURCED


class PhaseSource(AbstractSourceReference):
    page = ParentalKey(PhasePage, on_delete=models.CASCADE, related_name="source_references")


class CriticalNode(Orderable):
    """A hand-over point between actors (nodo critico) and the operating mode for it:
    agreed by the network where a source says so, otherwise an editorial proposal."""

    page = ParentalKey(
        "practices.ReferenceModelPage", on_delete=models.CASCADE, related_name="critical_nodes"
    )
    key = models.SlugField(_("key"), max_length=60)
    title = models.CharField(_("title"), max_length=200)
    from_phase = models.ForeignKey(
        PhasePage, on_delete=models.PROTECT, related_name="+", verbose_name=_("from phase")
    )
    to_phase = models.ForeignKey(
        PhasePage, on_delete=models.PROTECT, related_name="+", verbose_name=_("to phase")
    )
    from_actor = models.CharField(
        _("handed over by"), max_length=40, choices=OrganisationKind.choices
    )
    to_actor = models.CharField(
        _("handed over to"), max_length=40, choices=OrganisationKind.choices
    )
    risk = models.TextField(_("what goes wrong here"))
    operating_mode = models.TextField(_("operating mode"))
    provenance = models.CharField(
        _("provenance"),
        max_length=20,
        choices=Provenance.choices,
        default=Provenance.EDITORIAL,
        help_text=_("Sourced only where a cited source names this node and its operating mode."),
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
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("documents involved"),
    )

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("title")]),
        FieldRowPanel([FieldPanel("from_phase"), FieldPanel("to_phase")]),
        FieldRowPanel([FieldPanel("from_actor"), FieldPanel("to_actor")]),
        FieldPanel("risk"),
        FieldPanel("operating_mode"),
        FieldPanel("documents"),
        FieldRowPanel(
            [FieldPanel("provenance"), FieldPanel("cited_source"), FieldPanel("passage")]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("critical node")
        verbose_name_plural = _("critical nodes")

    def __str__(self):
        return self.title

    @property
    def is_sourced(self):
        return self.provenance == Provenance.SOURCED


class ModelVersion(models.Model):
    """A published version of the model: its changes and a frozen snapshot."""

    page = ParentalKey(
        "practices.ReferenceModelPage", on_delete=models.CASCADE, related_name="versions"
    )
    version = models.CharField(_("version"), max_length=20)
    released_on = models.DateField(_("released on"))
    changes = models.TextField(_("changes"))
    snapshot = models.JSONField(_("snapshot"), default=dict, editable=False)
    workshop_reports = models.ManyToManyField(
        "wagtailcore.Page",
        blank=True,
        related_name="+",
        verbose_name=_("workshop reports that led to it"),
    )

    panels = [
        FieldRowPanel([FieldPanel("version"), FieldPanel("released_on")]),
        FieldPanel("changes"),
    ]

    class Meta:
        ordering = ["-released_on", "-id"]
        verbose_name = _("model version")
        constraints = [
            models.UniqueConstraint(fields=["page", "version"], name="unique_model_version")
        ]

    def __str__(self):
        return self.version

    @property
    def slug(self):
        """The version as it appears in URLs: 1.0 -> 1-0 (page paths allow no dots)."""
        return version_slug(self.version)


def version_slug(version):
    return "".join(char if char.isalnum() else "-" for char in version).strip("-")


class ReferenceModelMixin(models.Model):
    """Fields of the reference model page (the page class lives in indexes.py)."""

    scope = RichTextField(_("scope"), blank=True, features=RICH_TEXT_FEATURES)
    target_group = models.ForeignKey(
        "practices.TargetGroup",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("target group"),
    )
    network = models.CharField(_("owning network"), max_length=200, blank=True)
    version = models.CharField(_("current version"), max_length=20, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ModelStatus.choices, default=ModelStatus.DRAFT
    )
    status_statement = models.TextField(
        _("status as the sources give it"),
        blank=True,
        help_text=_("What the cited sources say about where the model stands."),
    )
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)

    model_panels = [
        FieldPanel("scope"),
        MultiFieldPanel(
            [
                FieldPanel("target_group"),
                FieldPanel("network"),
                FieldRowPanel(
                    [FieldPanel("version"), FieldPanel("status"), FieldPanel("adopted_on")]
                ),
            ],
            heading=_("Ownership and version"),
        ),
        FieldPanel("status_statement"),
        InlinePanel("source_references", heading=_("Sources"), label=_("Source")),
        InlinePanel("critical_nodes", heading=_("Critical nodes"), label=_("Critical node")),
        InlinePanel("versions", heading=_("Changelog"), label=_("Version")),
    ]

    class Meta:
        abstract = True


class ReferenceModelSource(AbstractSourceReference):
    page = ParentalKey(
        "practices.ReferenceModelPage", on_delete=models.CASCADE, related_name="source_references"
    )
