"""The "latest workshop reports" block of the home page."""

from django.utils.translation import gettext as _

from portal.localization import in_locale_or_default
from portal.models import register_home_section

from .models import WorkshopIndexPage, WorkshopReportPage


@register_home_section
def latest_reports(home, request):
    reports = list(
        in_locale_or_default(WorkshopReportPage.objects.live().public(), home.locale).order_by(
            "-date"
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
