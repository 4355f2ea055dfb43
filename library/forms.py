"""The editors' upload form: real-type checks (``validation.py``), safe file names,
the coordinator's territory and review status."""

import os

from django import forms
from django.utils.text import get_valid_filename, slugify

from wagtail.documents.forms import BaseDocumentForm
from wagtail.models import Locale

from practices.models import TerritoryPage
from practices.roles import coordinator_territories

from .models import ReviewStatus
from .roles import can_approve, territory_collection
from .validation import check_content, storage_problem


class PortalDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "read") or getattr(upload, "_committed", False):
            return upload
        # Wagtail's document field has refused files above WAGTAILDOCS_MAX_UPLOAD_SIZE;
        # what the bytes are, and whether the storage can take them, is validation.py's.
        name, extension = os.path.splitext(upload.name)
        extension = extension.lstrip(".").lower()
        upload.seek(0)
        content = upload.read()
        upload.seek(0)
        problem = check_content(content, extension) or storage_problem(upload.size)
        if problem:
            raise forms.ValidationError(problem)
        safe = slugify(name)[:80] or "document"
        upload.name = get_valid_filename(f"{safe}.{extension}")
        return upload

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.user = user
        if "territory" in self.fields:
            # Relations point at the English originals: one entry per territory.
            field = self.fields["territory"]
            field.queryset = TerritoryPage.objects.filter(locale=Locale.get_default()).order_by(
                "title"
            )
            own = coordinator_territories(user) if user is not None else None
            if own is not None and own.exists() and not can_approve(user):
                field.required = True
                if not self.instance.territory_id:
                    self.initial["territory"] = own.first().pk

    def clean(self):
        cleaned = super().clean()
        territory = cleaned.get("territory")
        collection = cleaned.get("collection")
        if territory is not None and collection is not None and collection.is_root():
            # Every territory's documents sit in that territory's collection.
            cleaned["collection"] = territory_collection(territory)
        return cleaned

    def save(self, commit=True):
        # A coordinator's new document, or new file, waits for a moderator or an editor.
        held = self.user is not None and not can_approve(self.user)
        if held and (not self.instance.pk or "file" in self.changed_data):
            self.instance.review_status = ReviewStatus.PENDING
            self.instance.reviewed_by = None
            self.instance.reviewed_at = None
            self.instance._notify_review = True
        return super().save(commit=commit)
