"""The editors' upload form: real-type checks, size limit, safe file names."""

import os

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_valid_filename, slugify
from django.utils.translation import gettext as _

from wagtail.documents.forms import BaseDocumentForm

from .validation import check_content, storage_problem


class PortalDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "read") or getattr(upload, "_committed", False):
            return upload
        name, extension = os.path.splitext(upload.name)
        extension = extension.lstrip(".").lower()
        allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", [])
        if extension not in allowed:
            raise forms.ValidationError(
                _("Files of type .%(ext)s are not accepted. Allowed: %(allowed)s.")
                % {"ext": extension or "?", "allowed": ", ".join(allowed)}
            )
        limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is %(size)s; the limit is %(limit)s.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
            )
        upload.seek(0)
        content = upload.read()
        upload.seek(0)
        problem = check_content(content, extension) or storage_problem(upload.size)
        if problem:
            raise forms.ValidationError(problem)
        safe = slugify(name)[:80] or "document"
        upload.name = get_valid_filename(f"{safe}.{extension}")
        return upload
