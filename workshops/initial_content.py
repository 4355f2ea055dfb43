"""Load the workshop series and reports of the initial content (idempotent)."""

import datetime

from portal.content import ensure_child, ensure_locales
from practices.initial_content import translate
from practices.initial_data.translations import overlay
from practices.models import (
    CriticalNode,
    ModelVersion,
    Organisation,
    ReferenceModelPage,
    TerritoryPage,
)

from .initial_data import servizi_in_rete
from .models import WorkshopIndexPage, WorkshopReportPage, WorkshopSeriesPage

# Translations live in practices/initial_data/translations (keyed by slug).
SERIES = overlay("series", [servizi_in_rete.SERIES])[0]
REPORTS = overlay("reports", servizi_in_rete.REPORTS)


def _text(texts, code):
    return (texts or {}).get(code) or (texts or {}).get("en", "")


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def load(stdout=None):
    locales = ensure_locales()
    index = WorkshopIndexPage.objects.filter(locale=locales["en"]).first()
    territory = TerritoryPage.objects.filter(slug=SERIES["territory"], locale=locales["en"]).first()
    if index is None or territory is None:
        return
    lead = Organisation.objects.filter(name=SERIES["lead_organisation"]).first()

    def series_fields(code):
        return {
            "title": _text(SERIES["title"], code),
            "listing_summary": _text(SERIES["summary"], code),
            "facilitator": _text(SERIES["facilitator"], code),
            "objectives": _text(SERIES["objectives"], code),
            "expected_results": _text(SERIES["expected_results"], code),
            "activities": _text(SERIES["activities"], code),
            "methodology": _text(SERIES["methodology"], code),
        }

    series, _created = ensure_child(
        index,
        WorkshopSeriesPage,
        SERIES["slug"],
        territory=territory,
        network=SERIES["network"],
        lead_organisation=lead,
        start_date=_date(SERIES["start_date"]),
        end_date=_date(SERIES["end_date"]),
        **series_fields("en"),
    )
    for code, locale in locales.items():
        if code != "en":
            translate(series, locale, **series_fields(code))

    model = ReferenceModelPage.objects.filter(locale=locales["en"]).first()
    version = ModelVersion.objects.filter(page=model, version="1.0").first() if model else None
    for data in REPORTS:

        def fields(code, data=data):
            return {
                "title": _text(data["title"], code),
                "listing_summary": _text(data.get("summary"), code),
                "discussion": _text(data.get("discussion"), code),
            }

        report, created = ensure_child(
            series,
            WorkshopReportPage,
            data["slug"],
            date=_date(data["date"]),
            kind=data["kind"],
            place="Monza e Brianza",
            model_version=version,
            **fields("en"),
        )
        if created:
            report.organisations.set(
                Organisation.objects.filter(name__in=data.get("organisations", []))
            )
            if model:
                report.critical_nodes.set(
                    CriticalNode.objects.filter(page=model, key__in=data.get("nodes", []))
                )
            report.save_revision().publish()
        for code, locale in locales.items():
            if code != "en":
                translate(report, locale, **fields(code))
        if version and created and data["kind"] == "laboratory":  # only these built the model
            version.workshop_reports.add(report)
