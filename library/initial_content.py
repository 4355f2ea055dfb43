"""Library initial content: collections per territory, a members-only collection,
and real PDF documents generated from the portal's own content (the reference
model and the workshop reports), with full metadata. Idempotent."""

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify

from wagtail.models import Collection, CollectionViewRestriction

from portal.content import ensure_locales
from portal.visibility import exclude_synthetic
from practices.models import ModelVersion, TerritoryPage
from practices.reference import render_pdf
from workshops.models import WorkshopReportPage

from .models import DocumentType, PortalDocument

MEMBERS_ONLY = "Network members only"
TERRITORIES = "Territories"


def _child_collection(parent, name):
    existing = parent.get_children().filter(name=name).first()
    return existing or parent.add_child(name=name)


def ensure_collections(locales):
    root = Collection.get_first_root_node()
    territories = _child_collection(root, TERRITORIES)
    by_slug = {}
    for territory in exclude_synthetic(TerritoryPage.objects.filter(locale=locales["en"])):
        by_slug[territory.slug] = _child_collection(territories, territory.title)
    members = _child_collection(root, MEMBERS_ONLY)
    if not CollectionViewRestriction.objects.filter(collection=members).exists():
        CollectionViewRestriction.objects.create(
            collection=members, restriction_type=CollectionViewRestriction.LOGIN
        )
    return by_slug, members


def _pdf(html):
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def _save(title, filename, content, **metadata):
    if PortalDocument.objects.filter(title=title).exists():
        return None
    document = PortalDocument(title=title, **metadata)
    document.file.save(filename, ContentFile(content), save=False)
    document.file_size = len(content)
    document.save()
    return document


def load_model_documents(collections):
    for version in ModelVersion.objects.select_related("page", "page__locale"):
        page = version.page.specific
        language = page.locale.language_code
        title = {
            "en": f"Reference model for disability work placements, version {version.version}",
            "it": f"Modello di riferimento per l'inserimento lavorativo, versione {version.version}",
            "de": f"Referenzmodell für die Arbeitsintegration von Menschen mit Behinderung, Version {version.version}",
            "da": f"Referencemodel for beskæftigelse af personer med handicap, version {version.version}",
            "sv": f"Referensmodell för arbetsinkludering av personer med funktionsnedsättning, version {version.version}",
        }.get(language, f"{page.title} {version.version}")
        if PortalDocument.objects.filter(title=title).exists():
            continue
        _save(
            title,
            f"reference-model-{language}-v{version.slug}.pdf",
            render_pdf(page, version),
            document_type=DocumentType.MODEL,
            language=language,
            territory=TerritoryPage.objects.filter(
                slug="monza-brianza", locale__language_code="en"
            ).first(),
            version=version.version,
            publication_date=version.released_on,
            summary=version.changes,
            collection=collections.get("monza-brianza") or Collection.get_first_root_node(),
        )


def _link_report(report, document):
    """The report and each of its translations point at the file (report → document); the
    reference index then gives the document's page its "Used on" link back."""
    for page in report.get_translations(inclusive=True).specific():
        if page.document_id is None:
            page.document = document
            page.save_revision().publish()


def load_report_documents(collections, locales):
    reports = WorkshopReportPage.objects.live().filter(locale=locales["it"]).order_by("path")
    for report in reports:
        title = f"{report.title} (report)"
        existing = PortalDocument.objects.filter(title=title).first()
        if existing is not None:
            _link_report(report, existing)
            continue
        series = report.get_parent().specific
        with translation.override("it"):
            html = render_to_string(
                "workshops/report_pdf.html", {"report": report, "series": series}
            )
        document = _save(
            title,
            f"{slugify(report.slug)}-it.pdf",
            _pdf(html),
            document_type=DocumentType.WORKSHOP_REPORT,
            language="it",
            territory=series.territory,
            # An undated meeting gives an undated document: no date is made up.
            publication_date=report.date,
            summary=report.listing_summary,
            collection=collections.get(series.territory.slug) or Collection.get_first_root_node(),
        )
        _link_report(report, document)


def load(stdout=None):
    locales = ensure_locales()
    collections, _members = ensure_collections(locales)
    load_model_documents(collections)
    load_report_documents(collections, locales)
