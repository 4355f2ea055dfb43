"""The shipped content reads in every portal language: methods, target groups,
territories, workshop series, the evidence scale, section and open-data pages,
each a live Wagtail translation of its English original."""

import html as htmllib
import io
import re

from django.core.management import call_command

from wagtail.models import Page

import pytest

from practices.initial_content import _data
from practices.initial_data.translations import entries, stale
from practices.models import MethodPage, TargetGroup, TerritoryPage
from workshops.models import WorkshopReportPage, WorkshopSeriesPage

LANGUAGES = ["en", "it", "de", "da", "sv"]
OTHERS = ["it", "de", "da", "sv"]


def _plain(markup):
    """The first sentence-sized run of text of a rich-text value, as a reader sees it."""
    text = re.sub(r"<[^>]+>", "", markup)
    return text[:60]


def _read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return htmllib.unescape(response.content.decode())


METHODS = {item["slug"]: item for item in _data("methods", "METHODS")}
TERRITORIES = {item["slug"]: item for item in _data("territories", "TERRITORIES")}
CASES = {item["slug"]: item for item in _data("cases", "CASES")}

# Translations made from an English text corrected since are left out on purpose (the
# loader names them); the tests expect every other language.
STALE = {
    kind: set(stale(kind, list(items.values())))
    for kind, items in (("methods", METHODS), ("territories", TERRITORIES), ("cases", CASES))
}


def _languages(kind, slug, path):
    """The languages a text must have: all five, less those whose translation is stale."""
    return sorted(code for code in LANGUAGES if (slug, path, code) not in STALE[kind])


@pytest.mark.parametrize("code", OTHERS)
def test_every_method_reads_in_the_visitors_language(client, code):
    """/<lang>/methods/<slug>/ shows the translated title, summary and body, not the English body."""
    for slug, data in METHODS.items():
        page = _read(client, f"/{code}/methods/{slug}/")
        assert f'<html lang="{code}">' in page
        if code in _languages("methods", slug, "title"):
            assert data["title"][code] in page, (code, slug)
        if code in _languages("methods", slug, "what_it_is"):
            assert _plain(data["what_it_is"][code]) in page, (code, slug)
            assert _plain(data["what_it_is"]["en"]) not in page, (code, slug)
        for step in data.get("steps", {}).get(code, []):
            assert step in page, (code, slug)


def test_translation_modules_cover_every_method_and_field():
    """No method, target group or territory text is left to the English fallback."""
    for data in METHODS.values():
        for field in ("title", "summary", "what_it_is", "when_to_use", "when_not_to_use", "steps"):
            if field in data:
                expected = _languages("methods", data["slug"], field)
                assert sorted(data[field]) == expected, (data["slug"], field)
    for data in _data("target_groups", "TARGET_GROUPS"):
        assert sorted(data["description"]) == sorted(LANGUAGES), data["slug"]
    for data in TERRITORIES.values():
        for field in ("summary", "profile"):
            expected = _languages("territories", data["slug"], field)
            assert sorted(data[field]) == expected, (data["slug"], field)


def test_german_method_page_is_german_under_its_original_language(client):
    """The page that said "Originalsprache: Deutsch" over an English body is German now."""
    page = _read(client, "/de/methods/continuous-case-management/")
    assert "Originalsprache" in page and "Durchgehende Fallführung" in page
    assert "legt die fallführende Stelle die individuellen Massnahmen" in page
    assert "An overarching process" not in page


def test_danish_and_swedish_method_pages_use_the_networks_words(client):
    """Vocabulary of the concept crosswalk: sidemandsoplæring, visitation, trepartssamtal."""
    assert "Sidemandsoplæring" in _read(client, "/da/methods/workplace-buddy/")
    assert "Fælles visitation." in _read(client, "/da/methods/quick-placement/")
    assert "Trepartssamtal med husläkaren" in _read(client, "/sv/methods/gp-tripartite-talks/")
    assert "Valutazione breve" in _read(client, "/it/methods/short-assessment/")


def test_methods_are_linked_translations_of_the_english_original(locales):
    """Each method exists once per locale, live, sharing the English page's translation key."""
    for slug in METHODS:
        source = MethodPage.objects.get(slug=slug, locale=locales["en"])
        pages = MethodPage.objects.filter(translation_key=source.translation_key)
        assert sorted(p.locale.language_code for p in pages) == sorted(LANGUAGES), slug
        assert all(p.live for p in pages), slug
        for page in pages:
            # Relations stay on the English objects; the templates localise them.
            assert page.origin_territory_id == source.origin_territory_id
            assert page.original_language == source.original_language


@pytest.mark.parametrize("code", OTHERS)
def test_target_groups_are_translated_snippets(locales, code):
    """Every target group has a linked translation with its own name and description."""
    for data in _data("target_groups", "TARGET_GROUPS"):
        source = TargetGroup.objects.get(slug=data["slug"], locale=locales["en"])
        translated = source.get_translation(locales[code])
        assert translated.name == data["name"][code]
        assert translated.description == data["description"][code]
        assert translated.description != source.description


def test_method_page_names_target_groups_in_the_visitors_language(client):
    """The Danish step model lists its target groups by their Danish names."""
    page = _read(client, "/da/methods/step-model/")
    assert "Ledige af anden etnisk oprindelse" in page
    assert "Unemployed people of other ethnic origin" not in page


@pytest.mark.parametrize("code", OTHERS)
def test_every_territory_profile_reads_in_the_visitors_language(client, locales, code):
    """/<lang>/practices/<territory>/ shows profile, region and location in that language."""
    for slug, data in TERRITORIES.items():
        page = _read(client, f"/{code}/practices/{slug}/")
        if code in _languages("territories", slug, "profile"):
            assert _plain(data["profile"][code]) in page, (code, slug)
            assert _plain(data["profile"]["en"]) not in page, (code, slug)
        assert data["i18n"]["location"][code] in page, (code, slug)
        source = TerritoryPage.objects.get(slug=slug, locale=locales["en"])
        assert source.get_translation(locales[code]).live


def test_workshop_series_and_reports_read_in_every_language(client, locales):
    """The Servizi in rete series and its reports exist in all five languages."""
    expected = {
        "de": "Servizi in rete: Beratungslabor",
        "da": "Servizi in rete: udviklingsværksted",
        "sv": "Servizi in rete: utvecklingsverkstad",
        "it": "laboratorio formativo-consulenziale",
    }
    for code, words in expected.items():
        page = _read(client, f"/{code}/workshops/monza-brianza/servizi-in-rete-laboratory/")
        assert words in page, code
        assert "Define a model for managing work placements" not in page
    series = WorkshopSeriesPage.objects.get(locale=locales["en"])
    assert WorkshopSeriesPage.objects.filter(translation_key=series.translation_key).count() == 5
    for report in WorkshopReportPage.objects.filter(locale=locales["en"]):
        translations = WorkshopReportPage.objects.filter(translation_key=report.translation_key)
        assert sorted(p.locale.language_code for p in translations) == sorted(LANGUAGES)
    # The reports say only what the source supports: a planned meeting, not one that took place.
    reports = {
        "de": ("Analyse guter Praxis, 3. Dezember 2015", "die Quelle sagt nicht, wer teilnahm"),
        "da": ("Analyse af god praksis, 3. december 2015", "kilden siger ikke, hvem der deltog"),
        "sv": ("Analys av goda exempel, 3 december 2015", "källan säger inte vilka som deltog"),
    }
    for code, (title, caveat) in reports.items():
        report = _read(
            client,
            f"/{code}/workshops/monza-brianza/servizi-in-rete-laboratory/good-practices-2015-12-03/",
        )
        assert title in report and caveat in report, code
        assert "Good-practice analysis" not in report, code
    actions = {
        "de": "Aktion 1: Entwicklung des Modells (Beratungslabor)",
        "da": "Indsats 1: udvikling af modellen (udviklingsværksted)",
        "sv": "Insats 1: utveckling av modellen (utvecklingsverkstad)",
    }
    for code, action in actions.items():
        report = _read(
            client,
            f"/{code}/workshops/monza-brianza/servizi-in-rete-laboratory/laboratory-2015-09-09/",
        )
        assert action in report, code
        assert "The laboratory is the backbone" not in report, code


@pytest.mark.parametrize(
    ("code", "label", "text", "badge"),
    [
        ("it", "Indizi di efficacia", "senza un gruppo di confronto", "Descritta"),
        ("de", "Hinweise auf Wirkung", "ohne Vergleichsgruppe", "Beschrieben"),
        ("da", "Tegn på effekt", "uden en sammenligningsgruppe", "Beskrevet"),
        ("sv", "Indikationer på effekt", "utan en jämförelsegrupp", "Beskriven"),
    ],
)
def test_evidence_scale_and_badges_read_in_every_language(client, code, label, text, badge):
    """The explanation page and the badge on a method are in the visitor's language."""
    page = _read(client, f"/{code}/practices/evidence-levels/")
    assert label in page and text in page
    assert "Indications of effect" not in page
    method = _read(client, f"/{code}/methods/step-model/")
    assert badge in method and "Described" not in method


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("/it/open-data/", "Dati aperti"),
        ("/de/open-data/", "Offene Daten"),
        ("/da/open-data/", "Åbne data"),
        ("/sv/open-data/", "Öppna data"),
        ("/it/methods/", "Il catalogo dei metodi"),
        ("/de/practices/", "Praxisbeispiele aus sieben Regionen"),
        ("/da/library/", "Modeldokumenter, rapporter og skemaer"),
        ("/sv/workshops/", "Workshopserier och rapporterna"),
    ],
)
def test_open_data_and_section_pages_read_in_every_language(client, url, words):
    """Section and open-data pages carry their own language's title and introduction."""
    assert words in _read(client, url)


def test_open_data_and_section_pages_are_linked_translations(home, locales):
    """Each section and the open-data page exists once per locale with one translation key."""
    for child in home.get_children():
        family = Page.objects.filter(translation_key=child.translation_key)
        assert sorted(p.locale.language_code for p in family) == sorted(LANGUAGES), child.slug
        assert all(p.live for p in family), child.slug


def test_loading_twice_creates_no_duplicates(locales):
    """A second run of load_initial_content adds no page, translation or snippet."""
    before = (Page.objects.count(), TargetGroup.objects.count())
    call_command("load_initial_content", stdout=io.StringIO())
    assert (Page.objects.count(), TargetGroup.objects.count()) == before


def test_rerun_replaces_english_copies_but_keeps_editors_changes(locales):
    """A translation made before its text existed (an English copy) gets the translation on
    the next run; a field an editor has changed is left as it is."""
    from practices import initial_content

    source = MethodPage.objects.get(slug="step-model", locale=locales["en"])
    german = source.get_translation(locales["de"]).specific
    german.what_it_is = source.what_it_is
    german.when_to_use = "<p>Von der Redaktion geändert.</p>"
    german.save_revision().publish()
    initial_content.load()
    german.refresh_from_db()
    assert german.what_it_is == METHODS["step-model"]["what_it_is"]["de"]
    assert german.when_to_use == "<p>Von der Redaktion geändert.</p>"


def test_translation_modules_only_name_shipped_slugs():
    """A translation keyed by a slug that no longer exists would be silently lost."""
    from workshops.initial_data.servizi_in_rete import REPORTS, SERIES

    known = {
        "methods": set(METHODS),
        "target_groups": {item["slug"] for item in _data("target_groups", "TARGET_GROUPS")},
        "territories": set(TERRITORIES),
        "cases": {item["slug"] for item in _data("cases", "CASES")},
        "series": {SERIES["slug"]},
        "reports": {item["slug"] for item in REPORTS},
    }
    for kind, slugs in known.items():
        for code in OTHERS:
            assert set(entries(kind, code)) <= slugs, (kind, code)


CASE_FIELDS = ("title", "summary", "problem", "approach", "success_factors", "challenges")


def _case_url(code, data):
    return f"/{code}/practices/{data['territory']}/{data['slug']}/"


@pytest.mark.parametrize("code", OTHERS)
def test_every_case_reads_in_the_visitors_language(client, code):
    """Each shipped case answers in every locale with its own language's text, not English."""
    for slug, data in CASES.items():
        page = _read(client, _case_url(code, data))
        assert f'<html lang="{code}">' in page
        # Glossary terms in the text are links: read the text as a reader sees it.
        text = re.sub(r"<[^>]+>", "", page)
        for field in ("title", "summary"):
            if code in _languages("cases", slug, field):
                assert data[field][code] in page, (code, slug, field)
        for field in ("problem", "approach", "transferability"):
            if data.get(field) and code in _languages("cases", slug, field):
                assert _plain(data[field][code]) in text, (code, slug, field)
                assert _plain(data[field]["en"]) not in text, (code, slug, field)


def test_translation_modules_cover_every_case_field():
    """Every text of every case, including roles, indicators and key figures, has all five
    languages, so no translated case mixes in English passages."""
    for slug, data in CASES.items():
        # A contact that is a proper name (the same in English and the source) stays as is.
        named = data["contact"]["en"] == data["contact"][data["original_language"]]
        for field in (
            *CASE_FIELDS,
            "transferability",
            "period_note",
            *([] if named else ["contact"]),
        ):
            if data.get(field):
                assert sorted(data[field]) == _languages("cases", slug, field), (slug, field)
        for role in data.get("organisations", []):
            expected = _languages("cases", slug, f"organisations/{role['name']}/role")
            assert sorted(role["role"]) == expected, (slug, role["name"])
        for kind in ("indicators", "key_figures"):
            for item in data.get(kind, []):
                for field in ("label", "unit", "population", "covers"):
                    if isinstance(item.get(field), dict) and item[field]:
                        path = f"{kind}/{item['label']['en']}/{field}"
                        assert sorted(item[field]) == _languages("cases", slug, path), (slug, path)
        for story in data.get("stories", []):
            path = f"stories/{story['title']['en']}/text"
            assert sorted(story["text"]) == _languages("cases", slug, path), (slug, path)


def test_glarus_case_reads_in_danish(client):
    """A Danish practitioner reads the Glarus case in Danish, award included."""
    page = _read(client, "/da/practices/glarus/cm-t-continuous-monitoring/")
    assert "løbende monitorering" in page
    assert "2. plads" in page
    assert "The canton's coordination office" not in page


def test_herlev_case_reads_in_german_with_translated_indicators(client):
    """Indicator labels, units and story titles follow the page's language."""
    page = _read(client, "/de/practices/herlev/ip-integration-partnership/")
    assert "In Arbeit" in page and "Teilnehmende Bürgerinnen und Bürger" in page
    assert "Drei Praktika bis zur festen Stelle" in page
    assert "Into jobs" not in page and "Three placements to a permanent job" not in page


def test_cases_are_linked_translations_with_relations_on_the_english_objects(locales):
    """Five live versions per case, one translation key; methods and target groups point
    at the English objects as the templates expect."""
    from practices.models import PracticePage

    for slug in CASES:
        source = PracticePage.objects.get(slug=slug, locale=locales["en"])
        family = PracticePage.objects.filter(translation_key=source.translation_key)
        assert sorted(p.locale.language_code for p in family) == sorted(LANGUAGES), slug
        for page in family:
            assert page.live, (slug, page.locale_id)
            assert page.get_parent().specific.translation_key == source.get_parent().translation_key
            assert set(page.methods.values_list("locale", flat=True)) <= {locales["en"].pk}
            assert list(page.methods.order_by("pk")) == list(source.methods.order_by("pk"))
            assert list(page.target_groups.order_by("pk")) == list(
                source.target_groups.order_by("pk")
            )


def test_a_case_without_translation_falls_back_to_english(client, locales):
    """Where a case has no version in a language, the listing shows the English one, marked."""
    from practices.models import PracticePage

    source = PracticePage.objects.get(slug="ip-integration-partnership", locale=locales["en"])
    source.get_translation(locales["sv"]).delete()
    page = _read(client, "/sv/practices/")
    assert "/en/practices/herlev/ip-integration-partnership/" in page


def test_a_translation_of_english_corrected_since_is_left_out(monkeypatch):
    """When the English a translation was made from changes, the translation may state what
    is no longer true: it is left out (English is shown) and the loader names it."""
    from practices import initial_content
    from practices.initial_data import methods
    from practices.initial_data.translations import overlay, stale

    def step_model(items):
        return next(item for item in overlay("methods", items) if item["slug"] == "step-model")

    items = [dict(item) for item in methods.METHODS]
    assert "de" in step_model(items)["what_it_is"]
    assert stale("methods", items) == stale("methods", methods.METHODS)
    step = next(item for item in items if item["slug"] == "step-model")
    step["what_it_is"] = {"en": "<p>Corrected: a different fact.</p>"}
    assert set(step_model(items)["what_it_is"]) == {"en"}
    assert step_model(items)["summary"]["de"] == METHODS["step-model"]["summary"]["de"]
    assert ("step-model", "what_it_is", "de") in stale("methods", items)

    monkeypatch.setattr(methods, "METHODS", items)
    out = io.StringIO()
    initial_content.warn_stale_translations(out)
    assert "translation out of date, English shown: methods step-model what_it_is (de)" in (
        out.getvalue()
    )
