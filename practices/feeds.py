"""Atom and RSS feeds of new cases."""

from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portal.feeds import FEED_SIZE, PageRssFeed
from portal.localization import active_locale, in_locale_or_default
from portal.visibility import public_pages

from .models import PracticePage


class CasesRssFeed(PageRssFeed):
    def title(self):
        return _("New good-practice cases")

    def description(self):
        return _("Cases newly published on the portal.")

    def items(self):
        cases = in_locale_or_default(public_pages(PracticePage.objects.all()), active_locale())
        return cases.order_by("-first_published_at")[:FEED_SIZE]


class CasesAtomFeed(CasesRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
