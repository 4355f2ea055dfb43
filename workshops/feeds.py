"""Atom and RSS feeds of workshop reports and cases, and an iCalendar of upcoming workshops."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from icalendar import Calendar, Event

from portal.localization import active_locale, in_locale_or_default
from portal.visibility import public_pages

from .models import WorkshopReportPage

FEED_SIZE = 30


class ReportsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index=None, series=None):
        super().__init__()
        self.index = index
        self.series = series

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.series:
            return _("Workshop reports: %(series)s") % {"series": self.series.title}
        return _("Workshop reports")

    def link(self):
        return (self.series or self.index).get_url(self.request)

    def description(self):
        return _("New reports of the network's workshops.")

    def items(self):
        reports = public_pages(WorkshopReportPage.objects.all())
        if self.series:
            reports = reports.child_of(self.series)
        else:
            reports = in_locale_or_default(reports, active_locale())
        return reports.order_by("-first_published_at")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.listing_summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class ReportsAtomFeed(ReportsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()


def upcoming_calendar(index, request):
    """Reports dated in the future are announcements: one VEVENT each."""
    today = timezone.localdate()
    calendar = Calendar()
    calendar.add("prodid", "-//Work Inclusion Practice Portal//workshops//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Upcoming workshops"))
    upcoming = in_locale_or_default(
        public_pages(WorkshopReportPage.objects.all()), active_locale()
    ).filter(date__gte=today)
    for report in upcoming.order_by("date"):
        event = Event()
        event.add("uid", f"workshop-{report.translation_key}@portal")
        event.add("summary", report.title)
        event.add("dtstart", report.date)
        event.add("dtend", report.date + datetime.timedelta(days=1))
        event.add("dtstamp", timezone.now())
        if report.place:
            event.add("location", report.place)
        event.add("url", request.build_absolute_uri(report.get_url(request)))
        if report.listing_summary:
            event.add("description", report.listing_summary)
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="workshops.ics"'
    return response
