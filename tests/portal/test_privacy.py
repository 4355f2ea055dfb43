"""Private stays private: a word that exists only in a members-only document or on a
login-only page reaches no anonymous visitor, by any public route.

Each test first shows the word reaching visitors while the content is public (so
the routes really do carry it), then restricts the content and finds it nowhere.
Searches ask for a second unique word of the text and look for the title's word,
so a page echoing the visitor's query is never mistaken for a leak.
"""

from django.core.files.base import ContentFile

from wagtail.models import Collection, PageViewRestriction

import pytest

from library.models import PortalDocument
from practices.models import PracticePage, TerritoryPage

PAGE_WORD = "Quoxxelbrand"  # in the title
PAGE_TEXT_WORD = "Vantrelling"  # in the summary only: what the searches ask for
PAGE_TYPO = "Quoxxelbrant"
DOCUMENT_WORD = "Zmirtlewock"
DOCUMENT_TEXT_WORD = "Grobbleflax"
DOCUMENT_TYPO = "Zmirtlewick"


def _bodies(client, urls):
    bodies = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        bodies[url] = response.getvalue().decode(errors="replace").lower()
    return bodies


def _page_routes(case):
    word, typo = PAGE_TEXT_WORD, PAGE_TYPO
    return {
        "search": f"/en/search/?q={word}",
        "search in Italian": f"/it/search/?q={word}",
        "suggestions": f"/en/search/suggest/?q={PAGE_WORD[:7]}",
        "did you mean": f"/en/search/?q={typo}",
        "API search": f"/api/v2/pages/?search={word}&fields=title",
        "API cases": "/api/v2/pages/?type=practices.PracticePage&fields=*&limit=100",
        "API detail": f"/api/v2/pages/{case.pk}/",
        "export": "/en/practices/export/csv/",
        "export with words": f"/en/practices/export/json/?q={word}",
        "listing": f"/en/practices/?q={word}",
        "atom feed": "/en/practices/feed/atom/",
        "rss feed": "/en/practices/feed/rss/",
        "sitemap": "/sitemap.xml",
    }


@pytest.fixture
def secret_case():
    """A new case in a new territory; the word is in its title, summary and slug."""
    english = TerritoryPage.objects.get(slug="herlev", locale__language_code="en")
    territory = TerritoryPage(title="Velmora", slug="velmora", country="DK", main_language="da")
    english.get_parent().add_child(instance=territory)
    territory.save_revision().publish()
    case = PracticePage(
        title=f"{PAGE_WORD} placement pilot",
        slug=f"{PAGE_WORD.lower()}-placement-pilot",
        listing_summary=f"Job coaching in the {PAGE_TEXT_WORD} network.",
        start_year=2024,
        territory=territory,
    )
    territory.add_child(instance=case)
    case.save_revision().publish()
    case.refresh_from_db()
    return case


@pytest.mark.parametrize("restrict", ["page", "ancestor"])
def test_login_only_page_word_reaches_no_anonymous_visitor(client, secret_case, restrict):
    """Search, suggestions, did-you-mean, API, exports, listing, compare, feeds and the
    sitemap show a case while it is public, and nothing of it once it needs a login
    (on the case itself, or on the territory above it)."""
    routes = _page_routes(secret_case)
    before = _bodies(client, routes.values())
    shown_before = [name for name, url in routes.items() if PAGE_WORD.lower() in before[url]]
    assert set(shown_before) == set(routes), set(routes) - set(shown_before)

    find = f"/api/v2/pages/find/?id={secret_case.pk}"
    assert client.get(find).status_code == 302

    target = secret_case if restrict == "page" else secret_case.get_parent()
    PageViewRestriction.objects.create(page=target, restriction_type=PageViewRestriction.LOGIN)
    after = _bodies(client, routes.values())
    leaks = [name for name, url in routes.items() if PAGE_WORD.lower() in after[url]]
    assert leaks == []
    assert client.get(find).status_code == 404
    # Compare echoes the address it was given, so look for the title itself there.
    compare = client.get(f"/en/compare/?practices={secret_case.slug},ip-integration-partnership")
    assert compare.status_code == 200
    assert secret_case.title not in compare.content.decode()


def _document_routes(document):
    word, typo = DOCUMENT_TEXT_WORD, DOCUMENT_TYPO
    return {
        "search": f"/en/search/?q={word}",
        "search in German": f"/de/search/?q={word}",
        "did you mean": f"/en/search/?q={typo}",
        "API search": f"/api/v2/documents/?search={word}&fields=*",
        "API list": "/api/v2/documents/?fields=*&limit=100",
        "API detail": f"/api/v2/documents/{document.pk}/",
        "library": "/en/library/",
        "library search": f"/en/library/?q={word}",
        "library in Swedish": f"/sv/library/?q={word}",
    }


def test_members_only_document_word_reaches_no_anonymous_visitor(client):
    """A document's title and file text are found while it is in a public collection,
    and by nobody anonymous once it is moved into a child of the members-only collection;
    its file then needs a login."""
    members = Collection.objects.get(name="Network members only")
    child = members.add_child(name="Members: hand-over notes")
    document = PortalDocument(
        title=f"{DOCUMENT_WORD} hand-over notes",
        summary="Notes of the coordinators' meeting.",
        collection=Collection.get_first_root_node(),
    )
    text = f"Agreed operating modes. The {DOCUMENT_TEXT_WORD} protocol is confidential.\n"
    document.file.save("hand-over-notes.txt", ContentFile(text.encode()), save=False)
    document.save()
    assert DOCUMENT_TEXT_WORD in document.extracted_text
    routes = _document_routes(document)
    before = _bodies(client, routes.values())
    shown_before = [name for name, url in routes.items() if DOCUMENT_WORD.lower() in before[url]]
    assert set(shown_before) == set(routes), set(routes) - set(shown_before)
    assert client.get(document.url).status_code == 200

    document.collection = child
    document.save()
    after = _bodies(client, routes.values())
    leaks = [name for name, url in routes.items() if DOCUMENT_WORD.lower() in after[url]]
    assert leaks == []
    download = client.get(document.url)
    assert download.status_code in (302, 403)
    assert DOCUMENT_WORD.encode() not in b"".join(getattr(download, "streaming_content", [b""]))


@pytest.fixture
def sendfile_settings(settings):
    from wagtail.utils import sendfile

    settings.SENDFILE_BACKEND = "library.sendfile"
    settings.SENDFILE_ROOT = settings.MEDIA_ROOT
    settings.SENDFILE_URL = "/protected-media/"
    sendfile._get_sendfile.clear()
    yield settings
    sendfile._get_sendfile.clear()


@pytest.mark.parametrize("header", ["X-Accel-Redirect", "X-Sendfile"])
def test_permitted_downloads_are_handed_to_the_proxy(client, sendfile_settings, header):
    """With DOCUMENTS_SENDFILE set, Django checks the collection, then the proxy sends the
    file; a members-only file still gets no such header for an anonymous visitor."""
    sendfile_settings.SENDFILE_HEADER = header
    public = PortalDocument(title="Public form", collection=Collection.get_first_root_node())
    public.file.save("public-form.txt", ContentFile(b"A public form.\n"), save=False)
    public.save()
    members = Collection.objects.get(name="Network members only")
    private = PortalDocument(title="Members' form", collection=members)
    private.file.save("members-form.txt", ContentFile(b"Members only.\n"), save=False)
    private.save()

    response = client.get(public.url)
    assert response.status_code == 200
    assert response.content == b""
    assert response["Content-Disposition"].startswith("attachment")
    if header == "X-Accel-Redirect":
        assert response[header] == f"/protected-media/{public.file.name}"
    else:
        assert response[header] == public.file.path

    refused = client.get(private.url)
    assert refused.status_code in (302, 403)
    assert not refused.has_header(header)


def test_a_collection_moved_under_the_members_only_one_in_the_admin_hides_its_documents(
    client, admin_client
):
    """Wagtail's admin saves a collection, then moves it (treebeard sends no signal):
    the restricted collections, kept in the fragment cache, follow the move at once."""
    from django.db.models.signals import post_save
    from django.urls import reverse

    from portal import visibility
    from portal.cache import fragment

    members = Collection.objects.get(name="Network members only")
    notes = Collection.get_first_root_node().add_child(name="Coordinators' notes")
    document = PortalDocument(
        title=f"{DOCUMENT_WORD} coordinators' notes", collection=notes, summary="Notes."
    )
    text = f"The {DOCUMENT_TEXT_WORD} agreement.\n"
    document.file.save("coordinators-notes.txt", ContentFile(text.encode()), save=False)
    document.save()
    routes = _document_routes(document)
    search = routes["search"]
    assert DOCUMENT_WORD.lower() in _bodies(client, [search])[search]

    def visitor_between_save_and_move(sender, instance, **kwargs):
        # Another worker's request, served between the save and the move, caches the
        # restricted collections as they were.
        if instance.pk == notes.pk:
            fragment("restricted-collections", (), visibility._restricted_collection_ids)

    post_save.connect(visitor_between_save_and_move, sender=Collection)
    try:
        response = admin_client.post(
            reverse("wagtailadmin_collections:edit", args=[notes.pk]),
            {"name": notes.name, "parent": members.pk},
        )
    finally:
        post_save.disconnect(visitor_between_save_and_move, sender=Collection)
    assert response.status_code == 302, response.content.decode()[:500]
    notes.refresh_from_db()
    assert notes.get_parent() == members
    after = _bodies(client, routes.values())
    leaks = [name for name, url in routes.items() if DOCUMENT_WORD.lower() in after[url]]
    assert leaks == []
