"""What practitioners type: organisations' names find the cases they took part in."""

import re

import pytest

from practices.models import Organisation, OrganisationKind, PracticeOrganisation, PracticePage

from .conftest import refresh_index


def result_links(response):
    return re.findall(r'<h2><a href="([^"]+)">', response.content.decode())


@pytest.mark.parametrize("code", ["en", "it", "de", "sv"])
def test_a_partners_name_finds_the_herlev_case_first_in_each_language(client, code):
    links = result_links(client.get(f"/{code}/search/", {"q": "ISS Jobudviklingscenter"}))
    assert links[0] == f"/{code}/practices/herlev/ip-integration-partnership/"


def test_an_organisation_named_only_in_a_cases_roles_finds_the_case(client):
    """A name that appears nowhere in the case's text is still found, the case ranked first."""
    case = PracticePage.objects.get(slug="cm-t-continuous-monitoring", locale__language_code="en")
    organisation = Organisation.objects.create(
        name="Quarzwerk Mitlödi", kind=OrganisationKind.PRIVATE_COMPANY, territory=case.territory
    )
    PracticeOrganisation.objects.create(page=case, organisation=organisation, role="Host company")
    refresh_index()
    for code in ("en", "de", "it"):
        links = result_links(client.get(f"/{code}/search/", {"q": "Quarzwerk Mitlödi"}))
        assert links, code
        assert links[0].endswith("/cm-t-continuous-monitoring/"), (code, links)
        assert links[0].startswith(f"/{code}/"), (code, links)


def test_an_organisation_not_yet_public_is_not_searchable_by_name(client):
    case = PracticePage.objects.get(slug="cm-t-continuous-monitoring", locale__language_code="en")
    organisation = Organisation.objects.create(
        name="Quarzwerk Mitlödi",
        kind=OrganisationKind.PRIVATE_COMPANY,
        territory=case.territory,
        is_public=False,
    )
    PracticeOrganisation.objects.create(page=case, organisation=organisation, role="Host company")
    assert result_links(client.get("/en/search/", {"q": "Quarzwerk Mitlödi"})) == []
