"""The proposal form: the structured fields of a case, checked with clear messages."""

import datetime
import hashlib
import json
import re
import uuid

from django import forms
from django.core.validators import RegexValidator
from django.db import connection
from django.utils.translation import gettext_lazy as _

from portal.localization import in_locale_or_default

from ..models import MethodPage, OrganisationKind, TargetGroup, TerritoryPage

MAX_INDICATORS = 3


# Fields that end up in e-mail subjects, titles and slugs: one line of text.
one_line = RegexValidator(
    r"[\x00-\x1f\x7f\u2028\u2029]",
    inverse_match=True,
    message=_("Keep this to one line: line breaks and control characters are not allowed."),
    code="one_line",
)
TOKEN = re.compile(r"[0-9a-f]{32}")


def _key_in_range(field, value):
    """True if ``value`` can be looked up as the queryset's primary key.

    Keys beyond the database's integer range (10**21) make SQLite raise
    OverflowError inside the query; they are refused before any query runs.
    """
    pk = field.queryset.model._meta.pk
    while pk.is_relation:  # a page type's key is its link to Page
        pk = pk.target_field
    text = str(value).strip()
    if not text.isascii() or not text.isdigit():
        return False
    low, high = connection.ops.integer_field_range(pk.get_internal_type())
    return high is None or int(text) <= high


class KeyChoiceField(forms.ModelChoiceField):
    """A model choice whose key is checked against the database's range first."""

    def to_python(self, value):
        if value not in self.empty_values and not _key_in_range(self, value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class KeyMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Model choices whose keys are checked against the database's range first."""

    def _check_values(self, value):
        for each in value:
            if not _key_in_range(self, each):
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": each},
                )
        return super()._check_values(value)


def _year_choices():
    this_year = datetime.date.today().year
    return range(1990, this_year + 2)


class ProposalForm(forms.Form):
    title = forms.CharField(
        label=_("Name of the case"),
        max_length=200,
        validators=[one_line],
        help_text=_("A short name that says what was done, e.g. 'Job coaching in the workplace'."),
    )
    territory = KeyChoiceField(
        label=_("Territory"), queryset=TerritoryPage.objects.none(), empty_label=_("Choose…")
    )
    organisation = forms.CharField(
        label=_("Lead organisation"), max_length=255, validators=[one_line]
    )
    organisation_kind = forms.ChoiceField(
        label=_("Kind of organisation"), choices=OrganisationKind.choices
    )
    organisation_role = forms.CharField(
        label=_("Its role in the case"), max_length=255, required=False, validators=[one_line]
    )
    target_groups = KeyMultipleChoiceField(
        label=_("Target groups"),
        queryset=TargetGroup.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    methods = KeyMultipleChoiceField(
        label=_("Methods used"),
        queryset=MethodPage.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    start_year = forms.TypedChoiceField(label=_("Start year"), coerce=int)
    end_year = forms.TypedChoiceField(
        label=_("End year"), coerce=int, required=False, empty_value=None
    )
    ongoing = forms.BooleanField(label=_("Still running"), required=False)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences (at most 400 characters)."),
    )
    description = forms.CharField(
        label=_("What problem it addressed and how"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    results = forms.CharField(
        label=_("Results"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What changed for people, in words; give the figures below."),
    )
    contact_name = forms.CharField(label=_("Your name"), max_length=200, validators=[one_line])
    contact_email = forms.EmailField(label=_("Your e-mail"))
    contact_organisation = forms.CharField(
        label=_("Your organisation"), max_length=255, validators=[one_line]
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the portal's editors contact me about this proposal. My name and "
            "e-mail are not published."
        )
    )
    # Honeypot: hidden from people and assistive technology; bots fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    # A fresh token with every empty form: posting it twice is one proposal.
    # Not length-checked: a mangled token is ignored (see submission_key), never an error.
    submission = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["territory"].queryset = in_locale_or_default(
            TerritoryPage.objects.live().exclude(slug__startswith="synthetic-"), locale
        ).order_by("title")
        self.fields["target_groups"].queryset = in_locale_or_default(
            TargetGroup.objects.all(), locale
        ).order_by("sort_order", "name")
        self.fields["methods"].queryset = in_locale_or_default(
            MethodPage.objects.live().exclude(slug__startswith="synthetic-"), locale
        ).order_by("title")
        years = [("", _("Choose…"))] + [(year, year) for year in reversed(_year_choices())]
        self.fields["start_year"].choices = years
        self.fields["end_year"].choices = years
        if not self.is_bound:
            self.initial.setdefault("submission", uuid.uuid4().hex)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        if start and end and end < start:
            self.add_error("end_year", _("The end year cannot be before the start year."))
        if end and cleaned.get("ongoing"):
            self.add_error("end_year", _("A case that is still running has no end year yet."))
        return cleaned

    def submission_key(self, indicators):
        """The form's token; without a well-formed one, a digest of what was typed,
        so an identical re-post by a client that sends no token is still one proposal."""
        token = self.cleaned_data.get("submission", "")
        if TOKEN.fullmatch(token):
            return token
        typed = {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in {"submission", "website", "consent"}
        }
        typed["indicators"] = indicators
        text = json.dumps(
            typed, sort_keys=True, default=lambda value: str(getattr(value, "pk", value))
        )
        return hashlib.sha256(text.encode()).hexdigest()


class IndicatorForm(forms.Form):
    label = forms.CharField(
        label=_("What was measured"),
        max_length=200,
        required=False,
        validators=[one_line],
        help_text=_("e.g. 'Participants who found a job'"),
    )
    value = forms.DecimalField(
        label=_("Number"), min_value=0, max_digits=14, decimal_places=2, required=False
    )
    denominator = forms.DecimalField(
        label=_("Out of"), min_value=1, max_digits=14, decimal_places=2, required=False
    )
    unit = forms.CharField(label=_("Unit"), max_length=60, required=False, validators=[one_line])

    def clean(self):
        cleaned = super().clean()
        label, value, total = cleaned.get("label"), cleaned.get("value"), cleaned.get("denominator")
        if value is not None and not label:
            self.add_error("label", _("Say what the number measures."))
        if label and value is None and "value" not in self.errors:
            self.add_error("value", _("Give the number for this result."))
        if value is not None and total is not None and value > total:
            self.add_error("value", _("The number cannot be larger than the total it is out of."))
        return cleaned


IndicatorFormSet = forms.formset_factory(
    IndicatorForm, extra=MAX_INDICATORS, max_num=MAX_INDICATORS, validate_max=True
)


def first_error_ids(form, formset):
    """(field id, message) pairs for the error summary, in the order of the form."""
    summary = [(None, error) for error in form.non_field_errors()]
    for name, errors in form.errors.items():
        if name != "__all__":
            summary.extend((form[name].id_for_label, error) for error in errors)
    for subform in formset:
        for name, errors in subform.errors.items():
            if name != "__all__":
                summary.extend((subform[name].id_for_label, error) for error in errors)
    return summary


def describe_fields(form):
    """Tie each input to its help text and error message for assistive technology."""
    for name, field in form.fields.items():
        bound = form[name]
        described = []
        if field.help_text:
            described.append(f"{bound.id_for_label}-help")
        if form.is_bound and name in form.errors:
            described.append(f"{bound.id_for_label}-error")
            field.widget.attrs["aria-invalid"] = "true"
        if described:
            field.widget.attrs["aria-describedby"] = " ".join(described)
