"""Implementation and cost profiles: case and method pages, compare, API, exports."""

import csv
import io
import json
import re

from opendata.exports import CASE_COLUMNS, METHOD_COLUMNS, PROFILE_COLUMNS
from practices.models import MethodPage, PracticePage

SOLOTHURN = "/{lang}/practices/solothurn/continuous-case-management-pilot/"
HERLEV = "/{lang}/practices/herlev/ip-integration-partnership/"


def _card(html):
    match = re.search(r'<section class="profile-card".*?</section>', html, re.S)
    assert match, "no profile card on the page"
    return match.group(0)


def _text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_solothurn_case_shows_staff_and_costs_from_the_decision(client):
    """The case page's card shows 3.8 FTE, CHF 156,000 per post and year and the CHF 1.2m cap."""
    response = client.get(SOLOTHURN.format(lang="en"))
    assert response.status_code == 200
    card = _text(_card(response.content.decode()))
    assert "Implementation and cost" in card
    assert "3.8 FTE" in card
    assert "CHF 156,000 per full-time post and year" in card
    assert "CHF 1,200,000 in total" in card
    assert "Cost band: High" in card
    assert "Cantonal government decision on the pilot phase" in card
    # Silent dimension.
    assert re.search(r"Training needed Not reported", card)


def test_solothurn_card_in_german_uses_german_text_and_number_format(client):
    card = _text(_card(client.get(SOLOTHURN.format(lang="de")).content.decode()))
    assert "Personalvollkosten einer Vollzeitstelle" in card
    assert "3,8" in card
    assert "156.000" in card
    assert 'lang="en"' not in _card(client.get(SOLOTHURN.format(lang="de")).content.decode())


def test_herlev_case_shows_partners_and_targets_in_danish(client):
    card = _text(_card(client.get(HERLEV.format(lang="da")).content.decode()))
    assert "Ballerup Sprogcenter" in card
    assert "80-90 borgere igennem på tre år" in card
    assert "17 i job" in card


def test_method_without_profile_says_not_reported_everywhere(client):
    """A method the sources say nothing about shows every dimension as not reported."""
    method = MethodPage.objects.get(slug="network-governance-model", locale__language_code="en")
    assert not method.implementation_profile.exists()
    card = _card(client.get(method.url).content.decode())
    assert card.count("Not reported") == 9


def test_translation_without_its_own_profile_shows_the_english_one_marked(client):
    method = MethodPage.objects.get(slug="continuous-case-management", locale__language_code="de")
    assert not method.implementation_profile.exists()
    html = client.get(method.url).content.decode()
    card = _card(html)
    assert 'lang="en"' in card
    assert "3,8" in _text(card)


def test_compare_view_puts_the_profiles_side_by_side(client):
    html = client.get(
        "/en/compare/?practices=continuous-case-management-pilot,ip-integration-partnership"
    ).content.decode()
    row = re.search(r'<tr class="compare__profile"><th scope="row">Cost</th>.*?</tr>', html, re.S)
    assert row
    cells = re.findall(r"<td.*?</td>", row.group(0), re.S)
    assert "CHF 1,200,000" in cells[0]
    assert "Not reported" in cells[1]


def test_api_serves_the_profile_with_numbers(client):
    response = client.get(
        "/api/v2/pages/?type=practices.PracticePage&fields=implementation_profile"
        "&slug=continuous-case-management-pilot&locale=en"
    )
    assert response.status_code == 200
    profile = response.json()["items"][0]["implementation_profile"]
    assert profile["total_fte"] == 3.8
    assert {(cost["amount"], cost["basis"]) for cost in profile["costs"]} == {
        (156000, "per_post_year"),
        (1200000, "total"),
    }
    assert profile["cost_band"] == "high"
    assert profile["training"] is None


def test_exports_append_profile_columns_and_keep_the_old_ones_first(client):
    assert CASE_COLUMNS[: -len(PROFILE_COLUMNS)][-1] == "indicator_source"
    assert METHOD_COLUMNS[: -len(PROFILE_COLUMNS)][-1] == "case_count"
    rows = list(csv.DictReader(io.StringIO(client.get("/en/methods/export/csv/").content.decode())))
    method = next(row for row in rows if row["method_slug"] == "continuous-case-management")
    assert method["profile_total_fte"] == "3.8"
    assert "156000 CHF per_post_year 2023" in method["profile_costs"]
    silent = next(row for row in rows if row["method_slug"] == "network-governance-model")
    assert silent["profile_costs"] == ""
    response = client.get("/en/practices/export/json/?territory=solothurn")
    data = json.loads(b"".join(response.streaming_content))
    assert {row["profile_total_fte"] for row in data["rows"]} == {3.8}


def test_loader_is_idempotent(db):
    from practices.profiles import load_profiles

    case = PracticePage.objects.get(slug="ip-integration-partnership", locale__language_code="en")
    before = case.implementation_profile.get().pk
    load_profiles()
    assert case.implementation_profile.get().pk == before


def test_editors_get_a_profile_tab_and_drafts_preview_it(client, locales):
    """The case editor has an "Implementation and cost" tab; a profile change saved as a
    draft shows in the preview, not on the live page, until it is published."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("profile-editor", "pe@example.org", "pw")
    client.force_login(user)
    case = PracticePage.objects.get(slug="ip-integration-partnership", locale=locales["en"])
    html = client.get(f"/admin/pages/{case.pk}/edit/").content.decode()
    assert "Implementation and cost" in html
    assert "Ballerup Sprogcenter" in html

    profile = case.implementation_profile.get()
    profile.training = "Draft: two days of coaching for the buddies"
    case.implementation_profile = [profile]
    case.save_revision()
    preview = client.get(f"/admin/pages/{case.pk}/view_draft/").content.decode()
    assert "two days of coaching for the buddies" in _card(preview)
    live = client.get(HERLEV.format(lang="en")).content.decode()
    assert "two days of coaching" not in live
