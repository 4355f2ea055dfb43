"""Workshops in the admin: every territory has its place, coordinators add series and reports
there and nowhere else; reports link their PDF both ways; the editor's forms."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.text import slugify

from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.users.models import UserProfile

import pytest

from portal.roles import setup_roles
from practices.models import PracticeIndexPage, PracticePage, TerritoryPage
from workshops.models import WorkshopReportPage, WorkshopSeriesPage, WorkshopTerritoryPage

TERRITORIES = ["como", "glarus", "herlev", "mantova", "monza-brianza", "sodertalje", "solothurn"]
SERIES_URL = "/en/workshops/monza-brianza/servizi-in-rete-laboratory/"


def _coordinator(territory):
    user = get_user_model().objects.create_user(
        f"c-{territory.slug}", f"{territory.slug}@example.org", "pw"
    )
    user.groups.set([Group.objects.get(name=f"Coordinators: {territory.title}")])
    return user


def _series(territory, locale=None):
    place = WorkshopTerritoryPage.objects.get(
        territory=territory, locale=locale or territory.locale
    )
    series = WorkshopSeriesPage.objects.child_of(place).first()
    if series is None:
        series = WorkshopSeriesPage(title=f"Network meetings {territory.title}", slug="meetings")
        place.add_child(instance=series)
    return series


def test_every_territory_has_its_place_in_every_locale(locales):
    """setup_roles gives each of the seven territories a workshops page in each locale."""
    english = TerritoryPage.objects.filter(locale=locales["en"]).exclude(
        slug__startswith="synthetic-"
    )
    assert sorted(english.values_list("slug", flat=True)) == TERRITORIES
    for territory in english:
        places = WorkshopTerritoryPage.objects.filter(territory=territory)
        assert set(places.values_list("locale__language_code", flat=True)) == set(locales)


@pytest.mark.parametrize("slug", TERRITORIES)
def test_coordinator_adds_reports_only_under_their_own_series(slug, client, locales):
    """A territory's coordinator may add a report under its own series (admin form 200) and
    not under another territory's; a report added there is a draft until moderated."""
    territory = TerritoryPage.objects.get(slug=slug, locale=locales["en"])
    other = TerritoryPage.objects.get(
        slug="herlev" if slug != "herlev" else "glarus", locale=locales["en"]
    )
    user = _coordinator(territory)
    own, foreign = _series(territory), _series(other)
    assert own.permissions_for_user(user).can_add_subpage()
    assert not foreign.permissions_for_user(user).can_add_subpage()
    assert not foreign.permissions_for_user(user).can_edit()
    client.force_login(user)
    add = "wagtailadmin_pages:add"
    own_url = reverse(add, args=("workshops", "workshopreportpage", own.pk))
    foreign_url = reverse(add, args=("workshops", "workshopreportpage", foreign.pk))
    assert client.get(own_url).status_code == 200
    assert client.get(foreign_url).status_code in (302, 403)
    response = client.post(
        own_url,
        {
            "title": "Kick-off meeting",
            "slug": "kick-off",
            "kind": "laboratory",
            "date": "2026-03-04",
            "attachments-count": "0",
            "action-submit": "Submit",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    report = WorkshopReportPage.objects.child_of(own).get(slug="kick-off")
    assert not report.live
    assert report.current_workflow_state is not None
    assert not report.permissions_for_user(user).can_publish()


def test_coordinator_creates_a_series_in_german(client, locales):
    """A Glarus coordinator adds a series to the German Glarus place; it takes the territory."""
    territory = TerritoryPage.objects.get(slug="glarus", locale=locales["en"])
    place = WorkshopTerritoryPage.objects.get(territory=territory, locale=locales["de"])
    client.force_login(_coordinator(territory))
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("workshops", "workshopseriespage", place.pk)),
        {"title": "Netzwerktreffen", "slug": "netzwerktreffen", "action-submit": "Submit"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    series = WorkshopSeriesPage.objects.get(slug="netzwerktreffen", locale=locales["de"])
    assert series.territory == territory and not series.live


def test_a_new_territory_gets_its_place_by_running_setup_roles_again(locales):
    """Add a territory, run setup_roles: its group, place and rights exist."""
    index = PracticeIndexPage.objects.get(locale=locales["en"])
    territory = TerritoryPage(title="Aarhus", slug="aarhus", country="DK")
    index.add_child(instance=territory)
    setup_roles()
    place = WorkshopTerritoryPage.objects.get(territory=territory, locale=locales["en"])
    assert place.url_path.endswith("/workshops/aarhus/")
    user = _coordinator(territory)
    assert place.permissions_for_user(user).can_add_subpage()
    assert territory.permissions_for_user(user).can_add_subpage()


def test_shipped_reports_link_their_pdf_both_ways(client, locales):
    """Each shipped report (in every language) links its PDF; the PDF's page links the
    report back; Wagtail counts the uses."""
    reports = WorkshopReportPage.objects.filter(locale=locales["en"]).descendant_of(
        WorkshopSeriesPage.objects.get(slug="servizi-in-rete-laboratory", locale=locales["en"])
    )
    assert reports.count() == 7
    for report in reports:
        document = report.document
        assert document is not None, report.slug
        html = client.get(report.url).content.decode()
        assert f'href="{document.url}"' in html
        route = f"/en/library/{document.pk}/{slugify(document.title)}/"
        page = client.get(route).content.decode()
        assert f'href="{report.url}"' in page
        uses = ReferenceIndex.get_grouped_references_to(document)
        # The English report and each of its translations, and nothing else.
        assert uses.count() == report.get_translations(inclusive=True).count()


def test_each_report_has_its_own_summary_and_says_which_action(client, locales):
    """No two shipped reports share a summary; each names the action it belongs to."""
    reports = WorkshopReportPage.objects.filter(locale__in=[locales["en"], locales["it"]])
    for code in ("en", "it"):
        summaries = [r.listing_summary for r in reports if r.locale_id == locales[code].pk]
        assert len(summaries) == 7 == len(set(summaries))
    html = client.get(SERIES_URL + "laboratory-2015-10-06/").content.decode()
    assert "Action 1: development of the model" in html
    assert "Purpose of the meeting" in html and "training-consultancy laboratory" in html
    html = client.get("/it/workshops/monza-brianza/servizi-in-rete-laboratory/").content.decode()
    assert "Azione 3: analisi di buone prassi" not in html  # actions live on the reports
    html = client.get(
        "/it/workshops/monza-brianza/servizi-in-rete-laboratory/good-practices-2015-12-03/"
    ).content.decode()
    assert "Azione 3: analisi di buone prassi" in html and "non dice chi abbia" in html


def test_final_workshop_pdf_is_undated(locales):
    """The final workshop has no date in the source; its PDF is not given one."""
    report = WorkshopReportPage.objects.get(slug="final-workshop", locale=locales["en"])
    assert report.date is None and report.document.publication_date is None


def test_series_and_case_link_each_other(client, locales):
    """The series lists the Monza case; the Monza case links its series (EN and IT)."""
    case = PracticePage.objects.get(slug="servizi-in-rete", locale=locales["en"])
    html = client.get(SERIES_URL).content.decode()
    assert f'href="{case.url}"' in html
    html = client.get(case.url).content.decode()
    section = html.split('id="discussed-in"', 1)[1].split("</section>", 1)[0]
    assert f'href="{SERIES_URL}"' in section
    assert "7 meeting reports" in section
    italian = case.get_translation_or_none(locales["it"])
    if italian is not None:
        html = client.get(italian.url).content.decode()
        assert "/it/workshops/monza-brianza/servizi-in-rete-laboratory/" in html


def test_undated_reports_sort_last_in_the_latest_reports(client):
    """In "latest reports", the dated ones come newest first and the undated last."""
    html = client.get("/en/workshops/").content.decode()
    latest = html.split('id="latest-heading"', 1)[1]
    assert latest.index("17 February 2016") < latest.index("Final workshop of the system action")
    assert latest.index("17 February 2016") < latest.index("13 January 2016")


# The editor's forms


@pytest.fixture
def german_admin(db):
    user = get_user_model().objects.create_superuser("redakteurin", "r@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    return user


def test_case_classification_offers_originals_as_checkboxes_in_the_editors_language(
    client, german_admin, locales
):
    """Target groups, methods and phases: checkboxes, English originals only, labelled in
    German for a German-speaking editor; the lead text is on the Content tab."""
    case = PracticePage.objects.get(slug="ip-integration-partnership", locale=locales["en"])
    client.force_login(german_admin)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[case.pk])).content.decode()
    boxes = re.findall(r'type="checkbox" name="target_groups" value="(\d+)"', html)
    from practices.models import TargetGroup

    originals = TargetGroup.objects.filter(locale=Locale.get_default())
    assert sorted(map(int, boxes)) == sorted(originals.values_list("pk", flat=True))
    german = TargetGroup.objects.filter(locale=locales["de"]).first()
    if german is not None:
        assert german.name in html
        assert f'name="target_groups" value="{german.pk}"' not in html
    assert re.search(r'type="checkbox" name="methods"', html)
    assert re.search(r'type="checkbox" name="phases"', html)
    content_tab = html.split('role="tabpanel"')[1]  # the first tab: Content
    assert 'name="listing_summary"' in content_tab


def test_chooser_hides_other_territories_drafts(client, locales):
    """The Herlev coordinator's page chooser and search show Herlev drafts, not Monza's."""
    monza = TerritoryPage.objects.get(slug="monza-brianza", locale=locales["en"])
    herlev = TerritoryPage.objects.get(slug="herlev", locale=locales["en"])
    monza.add_child(instance=PracticePage(title="Secret Monza draft", slug="secret", live=False))
    herlev.add_child(instance=PracticePage(title="Herlev draft idea", slug="idea", live=False))
    client.force_login(_coordinator(herlev))
    for url in (
        reverse("wagtailadmin_choose_page_child", args=[monza.pk]),
        reverse("wagtailadmin_choose_page_search") + "?q=draft",
    ):
        html = client.get(url).content.decode()
        assert "Secret Monza draft" not in html, url
    html = client.get(reverse("wagtailadmin_choose_page_search") + "?q=draft").content.decode()
    assert "Herlev draft idea" in html
    html = client.get(reverse("wagtailadmin_pages:search") + "?q=draft").content.decode()
    assert "Secret Monza draft" not in html and "Herlev draft idea" in html


def test_coordinator_dashboard_shows_the_territory(client, locales):
    """Drafts of the territory, what waits for moderation and quick links, on the dashboard."""
    herlev = TerritoryPage.objects.get(slug="herlev", locale=locales["en"])
    draft = PracticePage(title="Herlev draft idea", slug="idea", live=False)
    herlev.add_child(instance=draft)
    user = _coordinator(herlev)
    draft.save_revision(user=user)
    submitted = PracticePage(title="Herlev case in review", slug="in-review", live=False)
    herlev.add_child(instance=submitted)
    submitted.save_revision(user=user)
    submitted.get_workflow().start(submitted, user)
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html.split('id="coordinator-panel-heading"', 1)[1].split("</section>", 1)[0]
    drafts, waiting = panel.split("coordinator-waiting", 1)
    assert "Herlev" in panel and "Herlev draft idea" in drafts
    assert "Herlev case in review" in waiting and "Herlev case in review" not in drafts
    add_case = reverse("wagtailadmin_pages:add", args=("practices", "practicepage", herlev.pk))
    assert f'href="{add_case}"' in panel
    assert reverse("wagtaildocs:add_multiple") in panel
    assert "Add a workshop series" in panel
    assert Page.objects.filter(title="Herlev draft idea").exists()


def test_coordinator_explorer_opens_at_their_territory(client, locales):
    """The sidebar's page explorer starts at the coordinator's territory, not at Root."""
    herlev = TerritoryPage.objects.get(slug="herlev", locale=locales["en"])
    client.force_login(_coordinator(herlev))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    props = html.split('id="wagtail-sidebar-props"', 1)[1].split("</script>", 1)[0]
    assert f"/admin/pages/{herlev.pk}/" in props
