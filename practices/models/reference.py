"""The shared reference model: its phases (and, later, critical nodes and versions)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from portal.models import BasePage


class PhasePage(BasePage):
    """One phase of the reference model; cases and methods map onto phases by relation."""

    key = models.SlugField(
        _("key"),
        max_length=40,
        help_text=_("Stable identifier shared by all translations, e.g. 'intake'."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    objectives = RichTextField(_("objectives"), blank=True, features=["bold", "italic", "ul", "ol"])

    content_panels = Page.content_panels + [
        FieldPanel("key"),
        FieldPanel("sort_order"),
        FieldPanel("objectives"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("objectives"),
        index.FilterField("key"),
    ]

    parent_page_types = ["practices.ReferenceModelPage"]
    subpage_types = []
    template = "practices/phase_page.html"

    class Meta:
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        ordering = ["sort_order"]
