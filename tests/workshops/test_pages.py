"""Workshop series, reports, feeds and the calendar, as visitors and feed readers see them."""

import datetime
import re
import xml.etree.ElementTree as ET

from wagtail.test.utils import WagtailPageTestCase

from practices.models import ModelVersion
from workshops.models import (
    ReportKind,
    WorkshopIndexPage,
    WorkshopReportPage,
    WorkshopSeriesPage,
    WorkshopTerritoryPage,
)

ATOM = "{http://www.w3.org/2005/Atom}"
SERIES_URL = "/en/workshops/monza-brianza/servizi-in-rete-laboratory/"


class TestTree(WagtailPageTestCase):
    def test_series_and_reports_nest(self):
        """Territories' places live under the index, series under a place, reports under a series."""
        self.assertAllowedSubpageTypes(WorkshopIndexPage, {WorkshopTerritoryPage})
        self.assertAllowedParentPageTypes(WorkshopTerritoryPage, {WorkshopIndexPage})
        self.assertAllowedSubpageTypes(WorkshopTerritoryPage, {WorkshopSeriesPage})
        self.assertAllowedParentPageTypes(WorkshopSeriesPage, {WorkshopTerritoryPage})
        self.assertAllowedParentPageTypes(WorkshopReportPage, {WorkshopSeriesPage})
        self.assertAllowedSubpageTypes(WorkshopReportPage, set())


def test_workshops_index_lists_the_series(client):
    """/en/workshops/ shows the Servizi in rete series and the latest reports."""
    html = client.get("/en/workshops/").content.decode()
    assert "Servizi in rete: training-consultancy laboratory" in html
    assert 'href="/en/workshops/monza-brianza/servizi-in-rete-laboratory/"' in html
    assert 'type="application/atom+xml"' in html


def test_series_shows_seven_reports_in_date_order(client):
    """The seven reports appear in date order, the undated final workshop last."""
    html = client.get(SERIES_URL).content.decode()
    section = html.split('id="s-reports"', 1)[1]
    dates = re.findall(r'<time datetime="([0-9-]+)">', section)
    assert dates == [
        "2015-09-09",
        "2015-10-06",
        "2015-11-10",
        "2015-12-03",
        "2016-01-13",
        "2016-02-17",
    ]
    assert section.count('class="card report-card"') == 7
    assert section.rfind("Final workshop of the system action") > section.rfind("2016-02-17")


def test_good_practice_report_says_only_what_the_source_says(client):
    """3 December 2015: Como and Mantua are proposed, not said to have presented; no node
    is claimed as identified; the report belongs to action 3 and links the model version."""
    html = client.get(SERIES_URL + "good-practices-2015-12-03/").content.decode()
    assert "Action 3: analysis of good practices" in html
    assert "proposed the province of Como" in html and "the province of Mantua" in html
    assert "does not say who took part" in html
    assert "Placement network of the province of Mantua" not in html
    assert "Critical nodes" not in html and "#node-referral-to-agency" not in html
    assert 'href="/en/reference-model/versions/1-0/"' in html


def test_undated_report_says_so(client):
    """The final workshop has no date in the sources and the page says so."""
    html = client.get(SERIES_URL + "final-workshop/").content.decode()
    assert "not recorded in the sources" in html


def test_model_changelog_links_the_reports(client, locales):
    """Version 1.0 of the model lists the laboratory sessions that developed it, and
    not the good-practice exchange or the final workshop."""
    version = ModelVersion.objects.get(page__locale=locales["en"], version="1.0")
    assert version.workshop_reports.count() == 5
    html = client.get("/en/reference-model/").content.decode()
    assert "From the workshops:" in html
    assert "Laboratory session, 9 September 2015" in html


def test_italian_series(client):
    """The series and its reports exist in Italian."""
    html = client.get("/it/workshops/monza-brianza/servizi-in-rete-laboratory/").content.decode()
    assert "laboratorio formativo-consulenziale" in html
    assert "Laboratorio del 9 settembre 2015" in html


def _add_series(locales, territory_slug, number, report_date=None):
    """A live series (with a dated report) under a territory's English workshops place."""
    place = WorkshopTerritoryPage.objects.get(territory__slug=territory_slug, locale=locales["en"])
    series = WorkshopSeriesPage(title=f"Meetings {territory_slug} {number}", slug=f"m-{number}")
    place.add_child(instance=series)
    series.save_revision().publish()
    report = WorkshopReportPage(
        title=f"Meeting {territory_slug} {number}",
        slug="first",
        kind=ReportKind.LABORATORY,
        date=report_date or datetime.date(2019, 3, 1),
    )
    series.add_child(instance=report)
    report.save_revision().publish()
    return series


def _sections(html):
    series, latest = html.split('id="series-heading"', 1)[1].split('id="latest-heading"', 1)
    return series, latest


def test_filters_by_territory_and_year(client, locales):
    """The territory filter keeps that territory's series and reports only; the year
    filter narrows the reports; bad values are named and ignored."""
    _add_series(locales, "glarus", 1)
    series, latest = _sections(client.get("/en/workshops/?territory=glarus").content.decode())
    assert "Meetings glarus 1" in series and "Servizi in rete" not in series
    assert "Meeting glarus 1" in latest and "servizi-in-rete-laboratory/" not in latest
    series, latest = _sections(
        client.get("/en/workshops/?territory=monza-brianza").content.decode()
    )
    assert "Servizi in rete" in series and "Meetings glarus 1" not in series
    assert "servizi-in-rete-laboratory/" in latest and "/glarus/" not in latest
    html = client.get("/en/workshops/?year=2016").content.decode()
    latest = html.split('id="latest-heading"', 1)[1]
    assert "13 January 2016" in latest and "9 September 2015" not in latest
    response = client.get("/en/workshops/?territory=nowhere&year=abc")
    assert response.status_code == 200
    html = response.content.decode()
    assert "“nowhere” is not a known value for Territory" in html
    assert "“abc” is not a known value for Year" in html


def test_territory_filter_costs_the_same_queries_with_more_series(client, locales):
    """No query per series: 1 or 11 series under the filtered territory cost the same."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        client.get("/en/workshops/?territory=glarus")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/workshops/?territory=glarus").status_code == 200
        return len(queries)

    _add_series(locales, "glarus", 0)
    one = count()
    for number in range(1, 11):
        _add_series(locales, "glarus", number)
    assert count() == one


def _atom_titles(content):
    root = ET.fromstring(content)
    assert root.tag == f"{ATOM}feed"
    for entry in root.findall(f"{ATOM}entry"):
        for child in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{child}") is not None
    return [entry.find(f"{ATOM}title").text for entry in root.findall(f"{ATOM}entry")]


def test_atom_feed_of_reports_is_valid_and_has_the_reports(client):
    """The site-wide and series Atom feeds are well-formed and list the seven reports."""
    for url in ["/en/workshops/feed/atom/", SERIES_URL + "feed/atom/"]:
        response = client.get(url)
        assert response["Content-Type"].startswith("application/atom+xml")
        titles = _atom_titles(response.content)
        assert len(titles) == 7
        assert "Laboratory session, 6 October 2015" in titles


def test_rss_feed_of_reports(client):
    """The RSS feed is well-formed with one item per report."""
    root = ET.fromstring(client.get("/en/workshops/feed/rss/").content)
    assert root.tag == "rss"
    assert len(root.findall("channel/item")) == 7


def test_cases_feed(client):
    """New cases have their own Atom feed, linked from the listing."""
    titles = _atom_titles(client.get("/en/practices/feed/atom/").content)
    assert len(titles) == 7
    html = client.get("/en/practices/").content.decode()
    assert 'href="/en/practices/feed/atom/"' in html


def test_future_report_is_an_announcement_in_the_calendar(client, locales):
    """A report dated in the future appears in the .ics and is marked upcoming."""
    series = WorkshopSeriesPage.objects.get(locale=locales["en"])
    date = datetime.date.today() + datetime.timedelta(days=30)
    report = WorkshopReportPage(
        title="Presentation of the model to stakeholders",
        slug="presentation-upcoming",
        kind="presentation",
        date=date,
        place="Monza",
        locale=locales["en"],
    )
    series.add_child(instance=report)
    report.save_revision().publish()
    response = client.get("/en/workshops/calendar/")
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR")
    assert body.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:Presentation of the model to stakeholders" in body
    assert f"DTSTART;VALUE=DATE:{date:%Y%m%d}" in body
    html = client.get(report.url).content.decode()
    assert "has not taken place yet" in html


def test_home_shows_latest_cases_and_reports(client):
    """The home page fills its slots with the newest cases and reports."""
    html = client.get("/en/").content.decode()
    assert "Latest cases" in html and "Latest workshop reports" in html
    assert "/en/workshops/monza-brianza/servizi-in-rete-laboratory/" in html
