"""Admin page forms: relations offer only the default-locale originals, labelled in the
editor's language.

Relations between pages point at the English originals (filters, the API and the
templates follow them), so a choice list that offers every translation invites an
editor to pick one that silently breaks the filters.
"""

from django import forms
from django.utils import translation

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, TranslatableMixin


def _label_in_ui_language(model, originals):
    """Labels of ``originals`` from their translations in the admin's active language."""
    code = translation.get_language() or ""
    locale = Locale.objects.filter(language_code=code.split("-")[0]).first()
    if locale is None:
        return {}
    keys = [obj.translation_key for obj in originals]
    manager = model._default_manager
    labels = {}
    for translated in manager.filter(translation_key__in=keys, locale=locale):
        labels[translated.translation_key] = str(translated)
    return labels


def limit_to_originals(form_fields):
    default = Locale.get_default()
    for field in form_fields.values():
        if not isinstance(field, forms.ModelChoiceField):
            continue
        model = field.queryset.model
        if not issubclass(model, TranslatableMixin):
            continue
        field.queryset = field.queryset.filter(locale=default)

        def label(obj, field=field, model=model):
            if not hasattr(field, "_ui_labels"):
                field._ui_labels = _label_in_ui_language(model, list(field.queryset))
            return field._ui_labels.get(obj.translation_key, str(obj))

        field.label_from_instance = label


class OriginalsPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_to_originals(self.fields)
