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


def test_a_new_glossary_term_links_in_the_case_text_at_once(client):
    """The case's texts with their glossary links are a fragment-cache entry
    (``{% case_body %}``): a concept saved in the admin is a snippet change, so the
    next request links it."""
    from search.models import Concept

    href = 'href="/en/glossary/test-business-cycle/"'
    assert href not in client.get(CASE_URL).content.decode()  # fills the cache
    Concept.objects.create(key="test-business-cycle", terms_en="business cycle")
    assert f'<a class="glossary-term" {href}>business cycle</a>' in (
        client.get(CASE_URL).content.decode()
    )


def test_a_published_text_shows_at_once_and_a_preview_shows_the_draft(client):
    case = _case()
    assert "swings in the business cycle" in client.get(CASE_URL).content.decode()
    case.challenges = "<p>A lesson published just now.</p>"
    case.save_revision().publish()
    assert "A lesson published just now." in client.get(CASE_URL).content.decode()
    # A preview renders the unsaved draft, never the cached published text.
    case.challenges = "<p>A lesson only in the draft.</p>"
    preview = case.make_preview_request()
    assert "A lesson only in the draft." in preview.render().content.decode()
    assert "A lesson only in the draft." not in client.get(CASE_URL).content.decode()


def test_the_case_body_is_rendered_once_per_generation(client, django_assert_max_num_queries):
    """Its texts, results, profile, workshops and sources come from the cache: the
    workshops query and the glossary's concepts are not read again."""
    client.get(CASE_URL)
    with django_assert_max_num_queries(4):
        assert client.get(CASE_URL).status_code == 200
