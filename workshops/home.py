"""The "latest workshop reports" block of the home page."""

from django.db.models import F
from django.utils.translation import gettext as _

from portal.localization import in_locale_or_default
from portal.models import register_home_section
from portal.visibility import public_pages

from .models import WorkshopIndexPage, WorkshopReportPage


@register_home_section
def latest_reports(home, request):
    reports = list(
        # Undated reports last: PostgreSQL sorts NULL first in a descending order.
        in_locale_or_default(public_pages(WorkshopReportPage.objects.all()), home.locale).order_by(
            F("date").desc(nulls_last=True), "path"
        )[:3]
    )
    if not reports:
        return None
    index = WorkshopIndexPage.objects.live().filter(locale=home.locale).first()
    return {
        "title": _("Latest workshop reports"),
        "template": "workshops/includes/report_cards.html",
        "items": reports,
        "more_url": index.get_url(request) if index else "",
        "more_label": _("All workshops"),
    }
