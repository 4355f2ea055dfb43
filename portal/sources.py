"""Provenance as data: the documents the portal's statements come from.

A ``Source`` is one document (a news item, a presentation, a government
decision...). Content apps cite it through concrete subclasses of
``AbstractSourceReference`` (an orderable inline holding the source and the
passage or page it supports), so every page can list its sources and the API
and JSON-LD can carry them. The shared core defines the vocabulary; the
content apps own their inlines.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable

from rest_framework import serializers


class SourceKind(models.TextChoices):
    NEWS_ITEM = "news_item", _("News item")
    PRESENTATION = "presentation", _("Presentation")
    GOVERNMENT_DECISION = "government_decision", _("Government decision")
    BLOG_POST = "blog_post", _("Blog post")
    PROJECT_PAGE = "project_page", _("Project page")
    REPORT = "report", _("Report")
    OTHER = "other", _("Other document")


class Provenance(models.TextChoices):
    """Whether a statement is backed by a cited source or written by the portal's editors."""

    SOURCED = "sourced", _("Stated in the sources")
    EDITORIAL = "editorial", _("Editorial proposal")


class Source(models.Model):
    """A document that statements on the portal are traced to."""

    key = models.SlugField(
        _("key"),
        max_length=80,
        unique=True,
        help_text=_("Stable identifier, e.g. 'herlev-ip-presentation-2010'."),
    )
    title = models.CharField(_("title"), max_length=300, help_text=_("As the document gives it."))
    publisher = models.CharField(
        _("issuing organisation"), max_length=200, help_text=_("Who issued or published it.")
    )
    date = models.DateField(
        _("date"), null=True, blank=True, help_text=_("Leave empty if the document is undated.")
    )
    language = models.CharField(
        _("language"), max_length=5, choices=settings.WAGTAIL_CONTENT_LANGUAGES
    )
    kind = models.CharField(_("kind"), max_length=30, choices=SourceKind.choices)
    url = models.URLField(_("URL"), blank=True, max_length=500)
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("attached document"),
    )
    description = models.TextField(
        _("what it is"), blank=True, help_text=_("One sentence: what the document is and covers.")
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("language"), FieldPanel("kind")]),
        MultiFieldPanel([FieldPanel("url"), FieldPanel("document")], heading=_("Where to read it")),
        FieldPanel("description"),
        FieldPanel("key"),
    ]

    class Meta:
        # Undated sources last (PostgreSQL sorts NULL first in a descending order).
        ordering = [models.F("date").desc(nulls_last=True), "title"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.title

    @property
    def link(self):
        """Where a reader opens the source: the attached file first, else the URL."""
        if self.document_id:
            return self.document.url
        return self.url


class AbstractSourceReference(Orderable):
    """A citation: which source, and which passage or page of it supports the statements.

    Concrete subclasses add ``page = ParentalKey(<page model>, related_name="source_references")``.
    """

    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, related_name="+", verbose_name=_("source")
    )
    passage = models.CharField(
        _("passage"),
        max_length=300,
        blank=True,
        help_text=_("The section, page or slide it supports, e.g. '§ 2.2 Pilotphase'."),
    )

    panels = [FieldPanel("source"), FieldPanel("passage")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("source reference")
        verbose_name_plural = _("sources")

    def __str__(self):
        return f"{self.source}: {self.passage}" if self.passage else str(self.source)


def source_data(source, passage="", request=None):
    """A source as plain data, for the API and the exports."""
    link = source.link
    if link and request is not None and link.startswith("/"):
        link = request.build_absolute_uri(link)
    return {
        "title": source.title,
        "publisher": source.publisher,
        "date": source.date.isoformat() if source.date else None,
        "language": source.language,
        "kind": source.kind,
        "url": link or None,
        "passage": passage,
    }


class SourceReferenceSerializer(serializers.Field):
    """A page's source references as a list (``APIField("source_references", ...)``)."""

    def to_representation(self, value):
        request = self.context.get("request")
        items = value.all() if hasattr(value, "all") else value
        return [source_data(ref.source, ref.passage, request) for ref in items]


class CitedSourceSerializer(serializers.Field):
    """A single source foreign key (on an indicator or key figure), or None."""

    def to_representation(self, value):
        if value is None:
            return None
        return source_data(value, request=self.context.get("request"))
