"""What the result page shows for each hit: type, title, link, territory, snippet."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.text import slugify

from wagtail.models import Page

from portal.cache import fragment
from portal.localization import default_language
from portal.visibility import public_pages

from . import fragments
from .facets import TYPE_LABELS
from .fragments import cached_many
from .highlight import snippet
from .spelling import page_text


@dataclass
class Item:
    kind: str
    type_label: str
    title: str
    url: str
    snippet: str
    territory: str = ""
    language: str = ""


def _library_page(language):
    model = apps.get_model("library", "LibraryPage")
    pages = {
        page.locale.language_code: page
        for page in public_pages(model.objects.all()).select_related("locale")
    }
    return pages.get(language) or pages.get(default_language())


def _library_url(language):
    """The URL of the library in ``language`` (else English), where documents are shown."""

    def compute():
        library = _library_page(language)
        return library.get_url() if library is not None else ""

    return fragment("search-library-url", (language,), compute)


def _page_item(fact, profile, terms, languages, territories):
    kind = next(iter(profile["type"]), "page")
    passage = snippet(fact["text"], terms, languages) if terms else ""
    if not passage or "<mark>" not in passage:
        passage = snippet(fact["lead"] or fact["text"], terms, languages)
    territory = next(iter(sorted(profile.get("territory", ()))), "")
    return Item(
        kind=kind,
        type_label=str(TYPE_LABELS.get(kind, TYPE_LABELS["page"])),
        title=fact["title"],
        url=fact["url"],
        snippet=passage,
        territory=territories.get(territory, ""),
        language=fact["language"],
    )


def _specific_pages(page_ids, known):
    """The specific pages of ``page_ids``, with their locales: one query per page type
    when ``known`` (pk -> Page) gives their types, as the search's hits do."""
    from .engine import all_locales

    if not all(pk in known for pk in page_ids):
        pages = Page.objects.filter(pk__in=page_ids).specific().select_related("locale")
        return {page.pk: page for page in pages}
    by_type = {}
    for pk in page_ids:
        by_type.setdefault(known[pk].content_type_id, []).append(pk)
    locales = {locale.pk: locale for locale in all_locales().values()}
    pages = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        for page in model.objects.filter(pk__in=ids):
            if page.locale_id in locales:
                page.locale = locales[page.locale_id]
            pages[page.pk] = page
    return pages


def _facts(keys, known_pages):
    """What the result list shows of each result, independent of the query and the visitor:
    ``{key: facts}`` (kept in the fragment cache by ``build``)."""
    facts = {}
    page_ids = [pk for kind, pk in keys if kind == "page"]
    for pk, page in (_specific_pages(page_ids, known_pages) if page_ids else {}).items():
        lead = " ".join(
            filter(None, [getattr(page, "listing_summary", ""), page.search_description])
        )
        facts[("page", pk)] = {
            "title": page.title,
            "url": page.get_url(),
            "lead": lead,
            "text": page_text(page),
            "language": page.locale.language_code,
        }
    for pk, document in _documents(keys).items():
        facts[("document", pk)] = {
            "title": document.title,
            "url": document.url,
            "slug": slugify(document.title) or "document",
            "text": " ".join([document.summary, document.extracted_text]),
            "language": document.language,
        }
    return facts


def build(keys, profiles, terms, language, territories, known_pages=None):
    """Display items for one page of results, in order; ``known_pages`` (pk -> Page)
    are the search's hits, whose types spare a query. What each result shows apart from
    its snippet comes from the fragment cache where an earlier search read it."""
    languages = tuple(dict.fromkeys([language, default_language()]))
    wanted = [key for key in keys if key[0] in ("page", "document")]
    facts = cached_many("search-item", wanted, lambda missing: _facts(missing, known_pages or {}))
    library_url = _library_url(language) if any(key[0] == "document" for key in facts) else ""
    nodes = fragments.critical_nodes() if any(kind == "node" for kind, _pk in keys) else {}
    items = []
    for key in keys:
        kind, pk = key
        fact = facts.get(key)
        if kind == "page" and fact:
            own = tuple(dict.fromkeys([*languages, fact["language"]]))
            items.append(_page_item(fact, profiles[key], terms, own, territories))
        elif kind == "document" and fact:
            items.append(
                _document_item(pk, fact, library_url, terms, languages, territories, profiles[key])
            )
        elif kind == "node" and pk in nodes:
            items.append(_node_item(nodes[pk], terms, languages))
    return items


def _documents(keys):
    ids = [pk for kind, pk in keys if kind == "document"]
    if not ids:
        return {}
    model = apps.get_model("library", "PortalDocument")
    return model.objects.in_bulk(ids)


def _document_item(pk, fact, library_url, terms, languages, territories, profile):
    url = fact["url"]
    if library_url:
        route = (
            apps.get_model("library", "LibraryPage")
            .get_resolver()
            .reverse("document", document_id=pk, slug=fact["slug"])
        )
        url = library_url + route
    territory = next(iter(sorted(profile.get("territory", ()))), "")
    return Item(
        kind="document",
        type_label=str(TYPE_LABELS["document"]),
        title=fact["title"],
        url=url,
        snippet=snippet(fact["text"], terms, languages),
        territory=territories.get(territory, ""),
        language=fact["language"],
    )


def _node_item(node, terms, languages):
    text = f"{node['risk']} {node['operating_mode']}"
    return Item(
        kind="node",
        type_label=str(TYPE_LABELS["node"]),
        title=node["title"],
        url=node["url"],
        snippet=snippet(text, terms, languages),
    )
