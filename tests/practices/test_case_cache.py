"""The case page and the compare view read a case's relations from the fragment
cache (``practices.presentation.cached_case_details``): a publish or a snippet
change shows on the next request, as if nothing were cached."""

from practices.models import Organisation, PracticePage

CASE_URL = "/en/practices/herlev/ip-integration-partnership/"


def _case():
    return PracticePage.objects.live().get(
        url_path__endswith="/ip-integration-partnership/", locale__language_code="en"
    )


def test_a_published_method_title_shows_on_the_case_at_once(client):
    case = _case()
    assert "Buddy training at the workplace" in client.get(CASE_URL).content.decode()  # fills
    method = case.methods.get(slug="workplace-buddy")
    method.title = "Workplace buddy, renamed"
    method.save_revision().publish()
    assert "Workplace buddy, renamed" in client.get(CASE_URL).content.decode()


def test_a_published_indicator_shows_on_the_case_and_in_compare_at_once(client):
    case = _case()
    compare = "/en/compare/?practices=ip-integration-partnership,servizi-in-rete"
    assert "Citizens who took part" in client.get(CASE_URL).content.decode()
    assert "Citizens who took part" in client.get(compare).content.decode()
    indicator = case.indicators.get(label="Citizens who took part")
    indicator.label = "Citizens who joined"
    indicator.save()
    case.save_revision().publish()
    assert "Citizens who joined" in client.get(CASE_URL).content.decode()
    assert "Citizens who joined" in client.get(compare).content.decode()


def test_a_renamed_organisation_shows_on_the_case_at_once(client):
    assert "ISS Jobudviklingscenter" in client.get(CASE_URL).content.decode()
    organisation = Organisation.objects.get(name="ISS Jobudviklingscenter")
    organisation.name = "ISS Jobcenter, renamed"
    organisation.save()
    assert "ISS Jobcenter, renamed" in client.get(CASE_URL).content.decode()


def test_a_new_tag_shows_on_the_case_at_once(client):
    case = _case()
    client.get(CASE_URL)
    case.tags.add("freshly-tagged")
    case.save_revision().publish()
    assert "freshly-tagged" in client.get(CASE_URL).content.decode()
