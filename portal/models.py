"""Shared page infrastructure: mixins, the abstract base page, the home page and site settings."""

from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock
from .sources import AbstractSourceReference, Provenance, Source, SourceKind

__all__ = [
    "AbstractSourceReference",
    "Provenance",
    "Source",
    "SourceKind",
]  # models of portal/sources.py


class ListingFieldsMixin(models.Model):
    """What a page shows of itself on cards and in lists."""

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown on cards and in search results."),
    )

    listing_panels = [FieldPanel("listing_summary")]

    class Meta:
        abstract = True

    @property
    def summary_text(self):
        return self.listing_summary or self.search_description


def call_view(dotted_path, request, page, *args, **kwargs):
    """Call the view function named by ``dotted_path`` as ``view(request, page, ...)``.

    Page models name their views by dotted path, as they name their templates:
    views import models, models never import views, so the two never form a circle.
    """
    return import_string(dotted_path)(request, page, *args, **kwargs)


class SyntheticMixin(models.Model):
    """Marks the benchmark content made by ``practices.scale``: ``portal.visibility``
    leaves it out of every public route."""

    is_synthetic = models.BooleanField(default=False, editable=False)

    class Meta:
        abstract = True


class BasePage(ListingFieldsMixin, Page):
    """Common parent of the portal's page types; never created on its own.

    ``context_view`` names (dotted path) a function ``f(request, page) -> dict``
    in the app's views module whose result is added to the template context.
    """

    is_creatable = False
    context_view = ""

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("Common page configuration")),
        MultiFieldPanel(ListingFieldsMixin.listing_panels, heading=_("Listing")),
    ]
    search_fields = Page.search_fields + [index.SearchField("listing_summary", boost=2)]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.context_view:
            context.update(call_view(self.context_view, request, self))
        return context


class JourneyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"))
    page = blocks.PageChooserBlock(label=_("Destination"))
    audience = blocks.CharBlock(required=False, label=_("For whom"))

    class Meta:
        icon = "arrow-right"
        template = "blocks/journey_block.html"


class HomePage(BasePage):
    """The root of each language tree: what the portal is and where to go next."""

    lead = models.TextField(_("lead"), help_text=_("What the portal is, in two sentences."))
    journeys = StreamField(
        [("journey", JourneyBlock())],
        blank=True,
        max_num=4,
        verbose_name=_("entry points"),
        help_text=_("The main journeys: browse practices, follow the model, download documents."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("journeys"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("lead")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "practices.PracticeIndexPage",
        "practices.MethodIndexPage",
        "practices.ReferenceModelPage",
        "workshops.WorkshopIndexPage",
        "library.LibraryPage",
        "opendata.OpenDataPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["home_sections"] = home_sections(self, request)
        return context


_HOME_SECTION_PROVIDERS = []


def register_home_section(provider):
    """Register ``provider(home, request) -> dict | None`` to add a block of
    latest items to the home page (cases, reports...). Content apps register
    their own, so the home page does not import them."""
    _HOME_SECTION_PROVIDERS.append(provider)
    return provider


def home_sections(home, request):
    """Each provider's block, from the fragment cache: the latest items change only
    with a publish, unpublish, move or delete, which start a new generation.
    Previews compute them afresh."""
    from django.utils.translation import get_language

    from .cache import fragment

    sections = []
    for provider in _HOME_SECTION_PROVIDERS:
        if request is None or getattr(request, "is_preview", False) or home.pk is None:
            section = provider(home, request)
        else:
            name = f"{provider.__module__}.{provider.__qualname__}"
            parts = (name, home.pk, get_language(), request.get_host())
            section = fragment("home-section", parts, lambda p=provider: p(home, request))
        if section:
            sections.append(section)
    return sections


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Footer and contact details, edited under Settings in the admin."""

    contact_name = models.CharField(
        _("contact name"),
        max_length=200,
        blank=True,
        help_text=_("An organisation or role, never a private person."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    licence_name = models.CharField(_("licence"), max_length=100, blank=True)
    licence_url = models.URLField(_("licence URL"), blank=True)
    partner_territories = RichTextField(
        _("partner territories"),
        blank=True,
        features=["link", "ul"],
        help_text=_("Shown in the footer of every page."),
    )

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
            ),
            ObjectList(
                [
                    FieldPanel("licence_name"),
                    FieldPanel("licence_url"),
                    FieldPanel("partner_territories"),
                ],
                heading=_("Footer"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("portal settings")


class SectionIndexPage(BasePage):
    """Abstract index of a content area (practices, methods, workshops...): an
    introduction followed by its children as cards. Content apps subclass it
    and add their own filters and listings."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["portal.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class FeedRoutesMixin(RoutablePageMixin):
    """Atom and RSS feeds at ``feed/atom/`` and ``feed/rss/`` below the page.

    Subclasses name their feed classes by dotted path (like views, see
    ``call_view``) and may pass their own arguments through ``feed_kwargs``.
    """

    atom_feed_class = ""
    rss_feed_class = ""

    def feed_kwargs(self):
        return {"index": self}

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        return import_string(self.atom_feed_class)(**self.feed_kwargs())(request)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        return import_string(self.rss_feed_class)(**self.feed_kwargs())(request)
