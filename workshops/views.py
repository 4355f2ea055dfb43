"""Request handling of the workshops pages: the index listing and the calendar of upcoming workshops."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from icalendar import Calendar, Event

from portal.localization import active_locale, in_locale_or_default
from portal.visibility import public_pages

from .listing import workshop_listing
from .models import WorkshopReportPage


def index_context(request, index):
    """The workshops index: series and latest reports, filtered by territory and year."""
    return workshop_listing(index, request)


def upcoming_calendar(request, index):
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
