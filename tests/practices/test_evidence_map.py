"""Evidence and gap map: methods x phases, cells backed by cases, gaps, downloads."""

import csv
import io
import json
import re
from html import unescape

from practices.models import MethodIndexPage, PhasePage, PracticePage

from .factories import MethodPageFactory, PracticePageFactory


def _cell(html, method_slug, phase_index):
    row = re.search(
        rf'<tr>\s*<th scope="row"><a href="/\w+/methods/{method_slug}/">.*?</tr>', html, re.S
    )
    assert row, method_slug
    return re.findall(r"<td.*?</td>", row.group(0), re.S)[phase_index]


def _phase_index(key):
    keys = list(
        PhasePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("sort_order")
        .values_list("key", flat=True)
    )
    return keys.index(key)


def test_map_is_a_real_table_with_headers(client):
    response = client.get("/en/evidence-map/")
    assert response.status_code == 200
    html = response.content.decode()
    table = html.split('<table class="evidence-map">', 1)[1].split("</table>", 1)[0]
    phases = PhasePage.objects.live().filter(locale__language_code="en").count()
    assert table.count('<th scope="col">') == phases + 1
    assert table.count('<th scope="row">') >= 21
    assert "<caption>" in table


def test_cell_counts_cases_with_their_evidence_and_links_to_them(client):
    html = client.get("/en/evidence-map/").content.decode()
    cell = _cell(html, "workplace-buddy", _phase_index("placement"))
    assert "1 case" in cell
    assert "1 × Indications of effect" in cell
    link = unescape(re.search(r'href="([^"]+)"', cell).group(1))
    assert link == "/en/practices/?method=workplace-buddy&phase=placement"
    listing = client.get(link).content.decode()
    assert "/en/practices/herlev/ip-integration-partnership/" in listing
    # Buddy training is not a method for intake: no cell there, even though the case covers intake.
    assert "not a phase of this method" in _cell(html, "workplace-buddy", _phase_index("intake"))


def test_gap_appears_and_closes_when_a_case_backs_it(client, locales):
    phase = PhasePage.objects.get(key="placement-plan", locale=locales["en"])
    method = MethodPageFactory(
        parent=MethodIndexPage.objects.get(locale=locales["en"]), title="Test gap method"
    )
    method.phases.set([phase])
    method.save_revision().publish()
    html = client.get("/en/evidence-map/").content.decode()
    assert 'class="gap-label">gap<' in _cell(html, method.slug, _phase_index("placement-plan"))

    territory = PracticePage.objects.get(slug="servizi-in-rete", locale=locales["en"]).get_parent()
    case = PracticePageFactory(parent=territory, evidence_level="proven_effective")
    case.methods.set([method])
    case.phases.set([phase])
    case.save_revision().publish()
    cell = _cell(
        client.get("/en/evidence-map/").content.decode(),
        method.slug,
        _phase_index("placement-plan"),
    )
    assert "gap-label" not in cell
    assert "1 × Proven effective" in cell


def test_map_in_german_and_swedish(client):
    for lang in ("de", "sv"):
        response = client.get(f"/{lang}/evidence-map/")
        assert response.status_code == 200
        assert f'<html lang="{lang}"' in response.content.decode()


def test_csv_and_json_downloads_with_locale_independent_numbers(client):
    response = client.get("/de/evidence-map/csv/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    row = next(
        r for r in rows if r["method_slug"] == "workplace-buddy" and r["phase_key"] == "placement"
    )
    assert row["case_count"] == "1"
    assert row["indications_of_effect"] == "1"
    assert row["method_serves_phase"] == "true"
    assert row["case_slugs"] == "ip-integration-partnership"
    data = json.loads(client.get("/it/evidence-map/json/").content)
    cell = next(
        r
        for r in data["rows"]
        if r["method_slug"] == "workplace-buddy" and r["phase_key"] == "placement"
    )
    assert cell["case_count"] == 1 and cell["gap"] is False
    assert data["meta"]["count"] == len(rows)


def test_unknown_download_format_is_a_404(client):
    assert client.get("/en/evidence-map/xml/").status_code == 404


def test_map_links_its_downloads(client):
    html = client.get("/da/evidence-map/").content.decode()
    assert 'href="/da/evidence-map/csv/"' in html
    assert 'href="/da/evidence-map/json/"' in html


def test_open_data_page_lists_the_map_downloads(client):
    html = client.get("/it/open-data/").content.decode()
    assert "http://testserver/it/evidence-map/csv/" in html
    assert "http://testserver/it/evidence-map/json/" in html
