"""Who and where: territories, organisations and the target-group vocabulary."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from portal.models import BasePage, SyntheticMixin


class Country(models.TextChoices):
    ITALY = "IT", _("Italy")
    DENMARK = "DK", _("Denmark")
    SWEDEN = "SE", _("Sweden")
    SWITZERLAND = "CH", _("Switzerland")


# The portal's languages (settings.LANGUAGES) as choices: a page's or document's language.
Language = models.TextChoices(
    "Language", [(code.upper(), (code, label)) for code, label in settings.LANGUAGES]
)


class TerritoryPage(SyntheticMixin, BasePage):
    """A place whose services contribute cases: its profile, organisations and cases."""

    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    region = models.CharField(
        _("region"), max_length=120, blank=True, help_text=_("E.g. Lombardy, Capital Region.")
    )
    main_language = models.CharField(
        _("main language"), max_length=5, choices=Language.choices, default=settings.LANGUAGE_CODE
    )
    location = models.CharField(
        _("location"),
        max_length=255,
        blank=True,
        help_text=_("Where it is, in words (no map): e.g. 'north of Milan, Lombardy'."),
    )
    profile = RichTextField(_("profile"), blank=True, features=RICH_TEXT_FEATURES)
    contact_name = models.CharField(
        _("contact"),
        max_length=200,
        blank=True,
        help_text=_("A service or role, never a private person."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_url = models.URLField(_("contact website"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("region"),
                FieldPanel("location"),
                FieldPanel("main_language"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("profile"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_url")],
            heading=_("Contact"),
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("profile"),
        index.SearchField("region"),
        index.FilterField("country"),
        index.AutocompleteField("title"),
        index.FilterField("is_synthetic"),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = ["practices.PracticePage"]
    template = "practices/territory_page.html"

    class Meta:
        verbose_name = _("territory")
        verbose_name_plural = _("territories")

    context_view = "practices.views.territory_context"


class OrganisationKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    CANTON = "canton", _("Canton")
    PROVINCE = "province", _("Province or regional authority")
    ACCREDITED_AGENCY = "accredited_agency", _("Accredited agency")
    LANGUAGE_CENTRE = "language_centre", _("Language centre")
    PRIVATE_COMPANY = "private_company", _("Private company")
    SOCIAL_COOPERATIVE = "social_cooperative", _("Type-B social cooperative")
    COORDINATION_ASSOCIATION = "coordination_association", _("Coordination association")
    IT_FIRM = "it_firm", _("IT firm")
    HEALTH_SERVICE = "health_service", _("Health service")
    SOCIAL_SERVICE = "social_service", _("Social or specialist service")
    OTHER = "other", _("Other")


class Organisation(index.Indexed, models.Model):
    """An actor that takes part in cases; belongs to a territory."""

    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=40, choices=OrganisationKind.choices)
    territory = models.ForeignKey(
        "practices.TerritoryPage",
        verbose_name=_("territory"),
        on_delete=models.PROTECT,
        related_name="organisations",
        help_text=_("Choose the English territory page; translations follow it."),
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    # A flag rather than creating the organisation only at publication: the draft
    # case needs its organisation role for the editors' review, and the flag is
    # one filter on the one public list of organisations (the territory page).
    # Everything else shows organisations only through live cases, and publishing
    # a case clears the flag of its organisations (practices.proposals.signals).
    is_public = models.BooleanField(
        _("shown publicly"),
        default=True,
        help_text=_(
            "Off for an organisation typed into a case proposal, until an editor publishes "
            "a case with it."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("territory"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("is_public"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("territory_id"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["name", "territory"], name="unique_org_per_territory")
        ]

    def __str__(self):
        return self.name


class TargetGroup(TranslatableMixin, index.Indexed, models.Model):
    """The controlled vocabulary of who a case or method is for (translatable)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in filter URLs of this language; each translation may have its own."),
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name", boost=2), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_target_group_slug")
        ]

    def __str__(self):
        return self.name
