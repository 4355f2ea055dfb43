"""Synthetic library documents for benchmarks (see ``practices.scale``).

Each document is marked ``is_synthetic`` and titled "[Synthetic]", so
``portal.visibility.public_documents`` leaves it out unless
``PORTAL_INCLUDE_SYNTHETIC`` is on; ``remove()`` deletes it and its file.
"""

import datetime
import io

from django.core.files.base import ContentFile
from django.db import transaction

from pypdf import PdfWriter

from practices.models import TerritoryPage
from practices.scale import LABEL

from .models import DocumentType, PortalDocument


def _pdf():
    """A one-page blank PDF, as the library's upload and text extraction expect."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


LANGUAGES = ["en", "it", "de", "da", "sv"]


@transaction.atomic
def generate(documents=100):
    """Add ``documents`` approved documents with the metadata the library filters by."""
    if documents <= 0:
        return
    types = list(DocumentType.values)
    territories = list(TerritoryPage.objects.filter(locale__language_code="en").order_by("path"))
    start = PortalDocument.objects.filter(is_synthetic=True).count()
    pdf = _pdf()
    for number in range(start, start + documents):
        document = PortalDocument(
            title=f"{LABEL} Document {number}",
            is_synthetic=True,
            document_type=types[number % len(types)],
            language=LANGUAGES[number % len(LANGUAGES)],
            territory=territories[number % len(territories)] if territories else None,
            publication_date=datetime.date(2010, 1, 1) + datetime.timedelta(days=3 * number),
            summary="A synthetic document generated for benchmarks.",
            extracted_text=f"Synthetic document {number} for benchmarks.",
        )
        document.file.save(f"synthetic-{number}.pdf", ContentFile(pdf), save=False)
        document.save()


@transaction.atomic
def remove():
    for document in PortalDocument.objects.filter(is_synthetic=True):
        document.file.delete(save=False)
        document.delete()
