"""Synthetic workshop reports for benchmarks (see ``practices.scale``).

Each report is marked ``is_synthetic``, titled "[Synthetic]" and slugged
"synthetic-", so it stays off every public route unless
``PORTAL_INCLUDE_SYNTHETIC`` is on, and ``remove()`` deletes it again.
"""

import datetime

from django.db import transaction

from wagtail.models import Locale

from practices.scale import LABEL, PREFIX

from .models import ReportKind, WorkshopReportPage, WorkshopSeriesPage


@transaction.atomic
def generate(reports=100):
    """Add ``reports`` published reports, spread over the default locale's series."""
    series = list(WorkshopSeriesPage.objects.filter(locale=Locale.get_default()).order_by("path"))
    if not series or reports <= 0:
        return
    kinds = list(ReportKind.values)
    start = WorkshopReportPage.objects.filter(is_synthetic=True).count()
    first_day = datetime.date(2010, 1, 4)
    for number in range(start, start + reports):
        report = WorkshopReportPage(
            title=f"{LABEL} Workshop report {number}",
            slug=f"{PREFIX}report-{number}",
            is_synthetic=True,
            date=first_day + datetime.timedelta(days=7 * number),
            kind=kinds[number % len(kinds)],
            purpose="<p>A synthetic report generated for benchmarks.</p>",
            locale=series[0].locale,
        )
        series[number % len(series)].add_child(instance=report)
        report.save_revision().publish()


@transaction.atomic
def remove():
    for report in WorkshopReportPage.objects.filter(is_synthetic=True):
        report.delete()
