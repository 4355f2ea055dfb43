"""Every locale's content is searched; each hit is shown in the visitor's language."""

import re

import pytest

from practices.models import PracticePage

from .conftest import refresh_index


def result_links(response):
    return re.findall(r'<h2><a href="([^"]+)">', response.content.decode())


@pytest.mark.parametrize("code", ["en", "it", "de"])
def test_a_word_only_the_swedish_version_uses_finds_the_case_from_other_sites(client, code):
    links = result_links(client.get(f"/{code}/search/", {"q": "förbundschefen"}))
    assert f"/{code}/practices/sodertalje/mia-multi-agency-team/" in links[:3]


def test_a_word_added_to_the_german_version_only_finds_the_case_in_each_visitors_language(
    client,
):
    case = PracticePage.objects.get(slug="servizi-in-rete", locale__language_code="de")
    case.problem = case.problem + "<p>Werkstattverbundsitzung</p>"
    case.save_revision().publish()
    refresh_index()
    for code in ("en", "it", "da"):
        response = client.get(f"/{code}/search/", {"q": "Werkstattverbundsitzung"})
        links = result_links(response)
        assert links[:1] == [f"/{code}/practices/monza-brianza/servizi-in-rete/"], (code, links)
