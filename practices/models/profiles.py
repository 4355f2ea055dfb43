"""Implementation and cost profile: what a service needs to decide whether it can
adopt a method or repeat a case (staff, time, preconditions, partners, cost, effect).

One profile per method or case page, kept as a child object of the page (so it is
part of the page's revisions and moderation, and is copied with a translation).
Every field may stay empty: an empty field is shown as "not reported", never
guessed.
"""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField

from .evidence import EvidenceLevel


class Currency(models.TextChoices):
    CHF = "CHF", "CHF"
    EUR = "EUR", "EUR"
    DKK = "DKK", "DKK"
    SEK = "SEK", "SEK"


class CostBasis(models.TextChoices):
    PER_PARTICIPANT = "per_participant", _("per participant")
    PER_YEAR = "per_year", _("per year")
    PER_POST_YEAR = "per_post_year", _("per full-time post and year")
    TOTAL = "total", _("in total")


class CostBand(models.TextChoices):
    """A coarse classification for the finder; its thresholds are stated in the help text."""

    NOT_REPORTED = "not_reported", _("Not reported")
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class DurationBand(models.TextChoices):
    """Derived from ``duration_months``: up to 6 months, up to a year, longer."""

    NOT_REPORTED = "not_reported", _("Not reported")
    SHORT = "short", _("Up to 6 months")
    MEDIUM = "medium", _("6 to 12 months")
    LONG = "long", _("More than a year")


class StaffBlock(blocks.StructBlock):
    role = blocks.CharBlock(label=_("Role"))
    organisation = blocks.CharBlock(label=_("Organisation"), required=False)
    fte = blocks.DecimalBlock(
        label=_("Full-time equivalents"),
        required=False,
        min_value=0,
        max_digits=6,
        decimal_places=2,
        help_text=_("Leave empty where the source gives no figure."),
    )

    class Meta:
        icon = "user"
        template = "blocks/profile_staff_block.html"


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Partner"))
    contribution = blocks.CharBlock(label=_("What it contributes"), required=False)

    class Meta:
        icon = "group"
        template = "blocks/profile_partner_block.html"


class CostBlock(blocks.StructBlock):
    amount = blocks.DecimalBlock(label=_("Amount"), min_value=0, max_digits=14, decimal_places=2)
    currency = blocks.ChoiceBlock(choices=Currency.choices, label=_("Currency"))
    year = blocks.IntegerBlock(
        label=_("Price year"), required=False, min_value=1950, max_value=2100
    )
    basis = blocks.ChoiceBlock(choices=CostBasis.choices, label=_("Basis"))
    covers = blocks.CharBlock(
        label=_("What it covers"), required=False, help_text=_("E.g. full staff costs.")
    )

    class Meta:
        icon = "form"
        template = "blocks/profile_cost_block.html"


TEXT_FIELDS = ("duration", "intensity", "preconditions", "training", "targets", "effect_summary")


class ImplementationProfile(models.Model):
    """The fields of a profile; concrete models attach it to a page type."""

    staff = StreamField([("staff", StaffBlock())], blank=True, verbose_name=_("staff and roles"))
    duration = models.CharField(
        _("duration"),
        max_length=255,
        blank=True,
        help_text=_("How long it runs for one participant or, for a project, in total."),
    )
    duration_months = models.PositiveSmallIntegerField(
        _("duration in months"),
        null=True,
        blank=True,
        help_text=_("The same as a number, for the finder; empty if not reported."),
    )
    intensity = models.CharField(
        _("intensity"), max_length=255, blank=True, help_text=_("E.g. two days a week.")
    )
    preconditions = models.TextField(_("preconditions"), blank=True)
    training = models.TextField(_("training needed"), blank=True)
    partners = StreamField(
        [("partner", PartnerBlock())], blank=True, verbose_name=_("partners required")
    )
    costs = StreamField([("cost", CostBlock())], blank=True, verbose_name=_("costs"))
    cost_band = models.CharField(
        _("cost band"),
        max_length=20,
        choices=CostBand.choices,
        default=CostBand.NOT_REPORTED,
        help_text=_(
            "From the reported costs, per year of operation: low under 100,000, medium "
            "100,000 to 500,000, high over 500,000 (CHF or EUR; DKK and SEK divided by ten)."
        ),
    )
    targets = models.TextField(_("targets set"), blank=True)
    effect_summary = models.TextField(_("effect"), blank=True)
    effect_evidence_level = models.CharField(
        _("evidence of the effect"), max_length=30, choices=EvidenceLevel.choices, blank=True
    )
    source = models.CharField(
        _("source"), max_length=255, blank=True, help_text=_("Where these figures come from.")
    )

    panels = [
        FieldPanel("staff"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("duration"), FieldPanel("duration_months")]),
                FieldPanel("intensity"),
            ],
            heading=_("Time"),
        ),
        FieldPanel("preconditions"),
        FieldPanel("training"),
        FieldPanel("partners"),
        FieldPanel("costs"),
        FieldPanel("cost_band"),
        FieldPanel("targets"),
        FieldRowPanel([FieldPanel("effect_summary"), FieldPanel("effect_evidence_level")]),
        FieldPanel("source"),
    ]

    class Meta:
        abstract = True

    def __str__(self):
        return str(_("Implementation and cost profile"))

    @property
    def total_fte(self):
        """Sum of the staff figures, or None when no figure is reported."""
        figures = [block.value["fte"] for block in self.staff if block.value.get("fte")]
        return sum(figures, Decimal(0)) if figures else None

    @property
    def duration_band(self):
        months = self.duration_months
        if not months:
            return DurationBand.NOT_REPORTED
        if months <= 6:
            return DurationBand.SHORT
        if months <= 12:
            return DurationBand.MEDIUM
        return DurationBand.LONG

    def get_duration_band_display(self):
        return DurationBand(self.duration_band).label

    @property
    def reported_count(self):
        """How many of the profile's dimensions the sources fill."""
        filled = [bool(getattr(self, name)) for name in TEXT_FIELDS]
        filled += [bool(self.staff), bool(self.partners), bool(self.costs)]
        return sum(filled)


class MethodProfile(ImplementationProfile):
    page = ParentalKey(
        "practices.MethodPage", on_delete=models.CASCADE, related_name="implementation_profile"
    )

    class Meta:
        verbose_name = _("implementation and cost profile")
        constraints = [models.UniqueConstraint(fields=["page"], name="one_profile_per_method")]


class CaseProfile(ImplementationProfile):
    page = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="implementation_profile"
    )

    class Meta:
        verbose_name = _("implementation and cost profile")
        constraints = [models.UniqueConstraint(fields=["page"], name="one_profile_per_case")]


PROFILE_PANELS = [
    InlinePanel(
        "implementation_profile",
        max_num=1,
        heading=_("Implementation and cost profile"),
        label=_("Profile"),
    )
]


def profile_for(page):
    """The page's profile, else that of its default-locale original (a translation
    not yet written shows the original's figures), else None."""
    from django.db.models import QuerySet

    from wagtail.models import Locale

    items = page.implementation_profile.all()
    unread = isinstance(items, QuerySet) and items._result_cache is None
    if unread and page.pk and page.locale_id is not None:
        # Saved relations not prefetched: the page's own profile and its original's
        # in one query.
        found = list(
            items.model.objects.filter(
                models.Q(page_id=page.pk)
                | models.Q(
                    page__translation_key=page.translation_key,
                    page__locale=Locale.get_default(),
                )
            ).select_related("page__locale")
        )
        own = [profile for profile in found if profile.page_id == page.pk]
        for profile in own:
            profile.page = page  # as read through the page's own relation
        return (own or found or [None])[0]
    own = _first(page)
    if own is not None or page.locale_id is None:
        return own
    # The original's profile in one query, not the original page and then its profile.
    return (
        items.model.objects.filter(
            page__translation_key=page.translation_key, page__locale=Locale.get_default()
        )
        .exclude(page_id=page.pk)
        .select_related("page__locale")
        .first()
    )


def _first(page):
    # In a preview the child relation is in memory; ``all()`` serves both cases.
    items = list(page.implementation_profile.all())
    return items[0] if items else None


def profiles_for(pages):
    """``{page.pk: profile}`` for many pages of one type in one query, with the same
    fallback to the default-locale original as ``profile_for``."""
    from django.conf import settings
    from django.db.models import Q

    from wagtail.coreutils import get_supported_content_language_variant

    pages = list(pages)
    if not pages:
        return {}
    profile_model = pages[0].implementation_profile.model
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    found = profile_model.objects.filter(
        Q(page__in=[page.pk for page in pages])
        | Q(
            page__translation_key__in={page.translation_key for page in pages},
            page__locale__language_code=default,
        )
    ).select_related("page__locale")
    own, originals = {}, {}
    for profile in found:
        own[profile.page_id] = profile
        if profile.page.locale.language_code == default:
            originals[profile.page.translation_key] = profile
    return {page.pk: own.get(page.pk) or originals.get(page.translation_key) for page in pages}
