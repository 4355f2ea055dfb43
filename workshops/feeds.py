"""Atom and RSS feeds of workshop reports."""

from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portal.feeds import FEED_SIZE, PageRssFeed
from portal.localization import active_locale, in_locale_or_default
from portal.visibility import public_pages

from .models import WorkshopReportPage


class ReportsRssFeed(PageRssFeed):
    def title(self):
        if self.series:
            return _("Workshop reports: %(series)s") % {"series": self.series.title}
        return _("Workshop reports")

    def description(self):
        return _("New reports of the network's workshops.")

    def items(self):
        reports = public_pages(WorkshopReportPage.objects.all())
        if self.series:
            reports = reports.child_of(self.series)
        else:
            reports = in_locale_or_default(reports, active_locale())
        return reports.order_by("-first_published_at")[:FEED_SIZE]


class ReportsAtomFeed(ReportsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
