"""The multilingual concept crosswalk: one concept, its terms in the five languages.

A query that hits a term of a concept is expanded with the concept's terms in
the other languages, so "inserimento lavorativo" also finds a Danish case that
speaks of "virksomhedspraktik". Editors curate the concepts as snippets; cases
and methods are tagged with concepts here (``ConceptTag``) rather than on the
practices models, so the crosswalk stays one self-contained feature.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable

from portal.localization import content_languages, default_language

TERMS_HELP = _("One term per line; the first is the preferred term.")
DEFINITION_HELP = _("One or two sentences for the public glossary, from what the sources say.")


def split_terms(text):
    """Terms of one language, in order, without blanks or duplicates."""
    seen, terms = set(), []
    for line in (text or "").replace(";", "\n").splitlines():
        term = " ".join(line.split())
        if term and term.casefold() not in seen:
            seen.add(term.casefold())
            terms.append(term)
    return terms


class Concept(ClusterableModel):
    """A concept of the field with its terms in English, Italian, German, Danish and Swedish."""

    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_("Stable identifier used in filter links and initial content."),
    )
    terms_en = models.TextField(_("English terms"), help_text=TERMS_HELP)
    terms_it = models.TextField(_("Italian terms"), blank=True, help_text=TERMS_HELP)
    terms_de = models.TextField(_("German terms"), blank=True, help_text=TERMS_HELP)
    terms_da = models.TextField(_("Danish terms"), blank=True, help_text=TERMS_HELP)
    terms_sv = models.TextField(_("Swedish terms"), blank=True, help_text=TERMS_HELP)
    definition_en = models.TextField(_("English definition"), blank=True, help_text=DEFINITION_HELP)
    definition_it = models.TextField(_("Italian definition"), blank=True, help_text=DEFINITION_HELP)
    definition_de = models.TextField(_("German definition"), blank=True, help_text=DEFINITION_HELP)
    definition_da = models.TextField(_("Danish definition"), blank=True, help_text=DEFINITION_HELP)
    definition_sv = models.TextField(_("Swedish definition"), blank=True, help_text=DEFINITION_HELP)
    note = models.TextField(
        _("editorial note"), blank=True, help_text=_("Scope, or where the terms come from.")
    )

    panels = [
        FieldPanel("key"),
        MultiFieldPanel(
            [
                FieldPanel("terms_en"),
                FieldPanel("terms_it"),
                FieldPanel("terms_de"),
                FieldPanel("terms_da"),
                FieldPanel("terms_sv"),
            ],
            heading=_("Terms"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("definition_en"),
                FieldPanel("definition_it"),
                FieldPanel("definition_de"),
                FieldPanel("definition_da"),
                FieldPanel("definition_sv"),
            ],
            heading=_("Definitions (public glossary)"),
        ),
        FieldPanel("note"),
        InlinePanel("tags", heading=_("Cases and methods about this concept"), label=_("Page")),
    ]

    class Meta:
        ordering = ["key"]
        verbose_name = _("concept")
        verbose_name_plural = _("concepts (crosswalk)")

    def __str__(self):
        return self.label(default_language()) or self.key

    def get_absolute_url(self):
        return reverse("glossary_concept", args=[self.key])

    def clean(self):
        super().clean()
        if not split_terms(self.terms_en):
            raise ValidationError({"terms_en": _("Give at least one English term.")})

    def terms(self, code):
        return split_terms(getattr(self, f"terms_{code}", ""))

    def all_terms(self):
        """{language code: [terms]} for the languages that have terms."""
        return {code: self.terms(code) for code in content_languages() if self.terms(code)}

    def definition(self, code):
        """The definition in a language and the language it is written in (English fallback)."""
        text = getattr(self, f"definition_{code}", "") or ""
        if text.strip():
            return text.strip(), code
        return (self.definition_en or "").strip(), "en"

    def label(self, code):
        """The preferred term in a language, falling back to English."""
        terms = self.terms(code) or self.terms(default_language())
        return terms[0] if terms else ""


class ConceptTag(Orderable):
    """A page (case, method, phase, ...) about a concept; applies to all its translations."""

    concept = ParentalKey(Concept, on_delete=models.CASCADE, related_name="tags")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [
        PageChooserPanel(
            "page", ["practices.PracticePage", "practices.MethodPage", "practices.PhasePage"]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("concept tag")
        constraints = [
            models.UniqueConstraint(fields=["concept", "page"], name="unique_concept_page")
        ]

    def __str__(self):
        return f"{self.concept}: {self.page}"
