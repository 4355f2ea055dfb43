"""No page claims an adoption, an identification or an outcome the content marks as
unsourced; every case and the model show their sources."""

import json
import re

from django.core.checks import run_checks
from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Site

import pytest

from practices.models import CriticalNode, PhasePage, PracticePage, ReferenceModelPage

from .helpers import visible_text

LANGS = ["en", "it", "de", "da", "sv"]

# The word for "adopted" in each language, and the negations that may precede it.
ADOPTED = {
    "en": (r"\badopted\b", r"\bnot\b"),
    "it": (r"\badottat[oa]\b", r"\bnon\b"),
    "de": (r"\bverabschiedet\b", r"\bnicht\b"),
    "da": (r"\bvedtaget\b", r"\bikke\b"),
    "sv": (r"\bantagen\b", r"\binte\b"),
}


def _model_urls(client, lang):
    model = ReferenceModelPage.objects.get(locale__language_code=lang)
    urls = [model.url, model.url + "versions/1-0/"]
    urls += [phase.url for phase in PhasePage.objects.child_of(model).live()]
    return urls


@pytest.mark.parametrize("lang", LANGS)
def test_no_model_page_claims_an_adoption(client, lang):
    """On the model, its versions and phases, 'adopted' only ever appears negated."""
    word, negation = ADOPTED[lang]
    for url in _model_urls(client, lang):
        text = visible_text(client.get(url))
        for match in re.finditer(word, text, re.I):
            before = text[max(0, match.start() - 40) : match.start()]
            assert re.search(negation, before, re.I) or re.search(r"\bnot\b", before), (
                url,
                text[max(0, match.start() - 60) : match.end() + 20],
            )
        assert "17 February 2016, owned" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_model_status_is_under_construction_in_every_language(client, lang):
    model = ReferenceModelPage.objects.get(locale__language_code=lang)
    assert model.status == "under_construction" and model.adopted_on is None
    html = client.get(model.url).content.decode()
    assert 'id="sources-heading"' in html
    assert "servizi-in-rete-project-page" in html


@pytest.mark.parametrize("lang", LANGS)
def test_editorial_nodes_and_phases_are_marked_as_proposals(client, lang):
    """Every critical node the content marks as editorial is shown with the editorial
    label and a 'proposed' operating mode; sourced phases carry the sourced label."""
    model = ReferenceModelPage.objects.get(locale__language_code=lang)
    html = client.get(model.url).content.decode()
    nodes = CriticalNode.objects.filter(page=model)
    assert nodes.exists()
    for node in nodes:
        block = html.split(f'id="node-{node.key}"', 1)[1].split("</li>", 1)[0]
        if node.provenance == "editorial":
            assert 'data-provenance="editorial"' in block, node.key
            assert "provenance--editorial" in block, node.key
    for phase in PhasePage.objects.child_of(model):
        phase_html = client.get(phase.url).content.decode()
        assert f"provenance--{phase.provenance}" in phase_html, phase.key
        if phase.details_provenance == "editorial":
            assert 'class="editorial-note"' in phase_html, phase.key


def test_english_nodes_say_proposed_not_agreed(client):
    html = client.get("/en/reference-model/").content.decode()
    editorial = CriticalNode.objects.filter(
        page__locale__language_code="en", provenance="editorial"
    ).count()
    assert html.count("Proposed operating mode:") == editorial == 4
    assert "Agreed operating mode:" not in html


def test_changelog_cites_only_the_laboratory(client):
    """The model's changelog names the laboratory sessions, not the good-practice exchange."""
    text = visible_text(client.get("/en/reference-model/"))
    changelog = text.split("Versions and changes", 1)[1].split("Sources", 1)[0]
    assert "3 December 2015" not in changelog and "Final workshop" not in changelog
    assert "9 September" in changelog


@pytest.mark.parametrize("lang", ["en", "it", "de", "da", "sv"])
def test_model_pdf_in_every_language(client, lang, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    response = client.get(f"/{lang}/reference-model/pdf/")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    assert f"reference-model-{lang}-v1-0.pdf" in response["Content-Disposition"]


PHASE_TITLES = {
    "it": "Accoglienza e presa in carico",
    "de": "Aufnahme und Fallübernahme",
    "da": "Modtagelse og sagsovertagelse",
    "sv": "Mottagande och inskrivning",
}


@pytest.mark.parametrize("lang", ["it", "de", "da", "sv"])
def test_model_reads_in_its_own_language(client, lang):
    """Phases are translations of the English ones, live, and written in the locale."""
    html = client.get(f"/{lang}/reference-model/").content.decode()
    assert PHASE_TITLES[lang] in html
    assert "Reception and taking in charge" not in html
    phase = PhasePage.objects.get(key="intake", locale__language_code=lang)
    english = PhasePage.objects.get(key="intake", locale__language_code="en")
    assert phase.live and phase.translation_key == english.translation_key


@pytest.mark.parametrize(
    "case",
    [
        "herlev/ip-integration-partnership",
        "sodertalje/mia-multi-agency-team",
        "glarus/cm-t-continuous-monitoring",
        "solothurn/continuous-case-management-pilot",
        "monza-brianza/servizi-in-rete",
        "como/como-taking-in-charge",
        "mantova/mantova-network-governance",
    ],
)
def test_every_case_page_names_its_source_document(client, case):
    page = PracticePage.objects.get(url_path__endswith=f"/{case}/", locale__language_code="en")
    html = client.get(f"/en/practices/{case}/").content.decode()
    sources = html.split('id="sources-heading"', 1)[1].split("</section>", 1)[0]
    references = list(page.source_references.select_related("source"))
    assert references
    for reference in references:
        assert reference.source.title.replace("'", "&#x27;") in sources


def test_editorial_transferability_is_marked(client):
    html = client.get("/en/practices/glarus/cm-t-continuous-monitoring/").content.decode()
    transfer = html.split('id="transfer"', 1)[1].split("</section>", 1)[0]
    assert 'data-provenance="editorial"' in transfer
    assert "Editorial assessment" in transfer


def test_year_filter_matches_a_case_known_only_by_its_end_year(client):
    """A period with only an end year covers that year, and no other."""
    case = PracticePage.objects.get(slug="cm-t-continuous-monitoring", locale__language_code="en")
    case.start_year, case.end_year, case.ongoing = None, 2019, False
    case.save_revision().publish()
    url = "/en/practices/glarus/cm-t-continuous-monitoring/"
    assert url in client.get("/en/practices/?year=2019").content.decode()
    assert url not in client.get("/en/practices/?year=2018").content.decode()


def test_api_and_json_ld_carry_sources(client):
    data = client.get(
        "/api/v2/pages/?type=practices.PracticePage&fields=source_references,key_figures"
        "&slug=continuous-case-management-pilot&locale=en"
    ).json()["items"][0]
    titles = [item["title"] for item in data["source_references"]]
    assert any(title.startswith("Integrales Integrationsmodell IIM") for title in titles)
    assert {figure["value"] for figure in data["key_figures"]} >= {156000, 1200000, 3.8}
    html = client.get("/en/practices/solothurn/continuous-case-management-pilot/").content.decode()
    block = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)[1]
    ld = json.loads(block)
    assert ld["citation"][0]["publisher"]["name"] == "Regierungsrat des Kantons Solothurn"


@override_settings(BASE_URL="https://portal.example.org")
def test_base_url_sets_canonical_links_and_sitemap(client):
    call_command("set_site_url", stdout=None)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("portal.example.org", 443)
    html = client.get("/en/practices/herlev/ip-integration-partnership/").content.decode()
    assert (
        '<link rel="canonical" href="https://portal.example.org/en/practices/herlev/'
        "ip-integration-partnership/" in html
    )
    assert 'content="https://portal.example.org/en/practices/herlev/' in html  # og:url
    sitemap = client.get("/sitemap.xml").content.decode()
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locs and all(loc.startswith("https://portal.example.org/") for loc in locs)


def test_set_site_url_keeps_a_port(client):
    call_command("set_site_url", "http://portal.test:8080", stdout=None)
    assert Site.objects.get(is_default_site=True).root_url == "http://portal.test:8080"


def test_deploy_check_warns_on_localhost():
    with override_settings(BASE_URL="http://localhost"):
        ids = [message.id for message in run_checks(include_deployment_checks=True)]
        assert "portal.W001" in ids
    with override_settings(BASE_URL="https://portal.example.org"):
        ids = [message.id for message in run_checks(include_deployment_checks=True)]
        assert "portal.W001" not in ids
