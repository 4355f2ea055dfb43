"""The document library: a document model with metadata, and the library page."""

import os

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.models import AbstractDocument, Document, DocumentQuerySet
from wagtail.search import index

from portal.models import SectionIndexPage, SyntheticMixin, call_view
from portal.serializers import ChoiceSerializer, PageReferenceSerializer
from portal.visibility import public_documents
from practices.models.taxonomy import Language

from .extraction import extract_text


class DocumentType(models.TextChoices):
    MODEL = "model", _("Model document")
    WORKSHOP_REPORT = "workshop_report", _("Workshop report")
    DECISION = "decision", _("Concept or decision")
    PRESENTATION = "presentation", _("Presentation")
    EVALUATION = "evaluation", _("Evaluation")
    FORM = "form", _("Form or tool")


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting review")
    APPROVED = "approved", _("Approved")


class PortalDocumentQuerySet(DocumentQuerySet):
    def approved(self):
        return self.filter(review_status=ReviewStatus.APPROVED)

    def public(self):
        """What anyone may see: approved, and outside restricted (members-only) collections.

        The one definition of a publicly visible document (``portal.visibility``):
        the library, its document pages, search, the API and the exports all start from it.
        """
        return public_documents(self)


class PortalDocument(SyntheticMixin, AbstractDocument):
    """A downloadable document with the metadata stakeholders filter by."""

    document_type = models.CharField(
        _("document type"), max_length=20, choices=DocumentType.choices, default=DocumentType.MODEL
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=Language.choices,
        default=settings.LANGUAGE_CODE,
    )
    territory = models.ForeignKey(
        "practices.TerritoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("territory"),
        help_text=_("Choose the English territory page; leave empty for network-wide documents."),
    )
    version = models.CharField(_("version"), max_length=20, blank=True)
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    summary = models.TextField(_("summary"), blank=True, max_length=1000)
    extracted_text = models.TextField(_("text of the file"), blank=True, editable=False)
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)
    # A coordinator's upload waits here until a moderator or editor approves it;
    # documents created by those who may approve are approved at once.
    review_status = models.CharField(
        _("review"),
        max_length=10,
        choices=ReviewStatus.choices,
        default=ReviewStatus.APPROVED,
        editable=False,
        db_index=True,
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True, editable=False)

    objects = PortalDocumentQuerySet.as_manager()

    admin_form_fields = (
        "title",
        "file",
        "collection",
        "document_type",
        "language",
        "territory",
        "version",
        "publication_date",
        "summary",
        "tags",
    )
    search_fields = AbstractDocument.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("extracted_text"),
        index.AutocompleteField("title"),
        index.FilterField("document_type"),
        index.FilterField("language"),
        index.FilterField("territory_id"),
        index.FilterField("publication_date"),
        index.FilterField("review_status"),
        index.FilterField("is_synthetic"),
    ]
    # Metadata only: the extracted text stays out of the API.
    api_fields = [
        APIField("document_type", serializer=ChoiceSerializer(DocumentType.choices)),
        APIField("language"),
        APIField("territory", serializer=PageReferenceSerializer(extra=("country",))),
        APIField("version"),
        APIField("publication_date"),
        APIField("summary"),
        APIField("file_extension"),
        APIField("file_size"),
    ]

    class Meta(AbstractDocument.Meta):
        permissions = [
            ("choose_document", "Can choose document"),
            ("approve_document", "Can approve documents for publication"),
        ]
        ordering = [F("publication_date").desc(nulls_last=True), "title"]

    def clean(self):
        # Without a file the upload form has already said why (library.validation);
        # Wagtail's extension check would add a second, confusing message about an
        # empty name: "File extension “” is not allowed". The multiple-upload metadata
        # form has no file field either: there the file was checked at upload.
        if self.file:
            super().clean()

    def save(self, *args, **kwargs):
        if self.file and (not self.extracted_text or self._file_changed()):
            self.file.open("rb")
            self.file.seek(0)
            self.extracted_text = extract_text(self.file, self.file_extension)
            self.file.seek(0)
        super().save(*args, **kwargs)

    def _file_changed(self):
        if not self.pk:
            return True
        previous = type(self).objects.filter(pk=self.pk).values_list("file", flat=True).first()
        return previous != self.file.name

    @property
    def is_approved(self):
        return self.review_status == ReviewStatus.APPROVED

    @property
    def year(self):
        return self.publication_date.year if self.publication_date else None

    @property
    def extension(self):
        return os.path.splitext(self.filename)[1].lstrip(".").upper()

    def count_download(self):
        """One atomic UPDATE: no read-modify-write race, no lock held during the download."""
        type(self).objects.filter(pk=self.pk).update(download_count=F("download_count") + 1)


class LibraryPage(RoutablePageMixin, SectionIndexPage):
    """The public entry to the document library."""

    subpage_types = []
    template = "library/library_page.html"

    class Meta:
        verbose_name = _("document library")

    context_view = "library.views.library_context"

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("<int:document_id>/<slug:slug>/", name="document")
    def document_detail(self, request, document_id, slug):
        return call_view("library.views.document_detail", request, self, document_id)


__all__ = ["Document", "DocumentType", "LibraryPage", "PortalDocument", "ReviewStatus"]
