"""One search over pages, documents and critical nodes, on any Wagtail backend.

The query runs in tiers and the ranked lists are merged by weighted reciprocal
rank fusion: all words (strongest), the crosswalk's other-language terms, any
word, and a spelling correction when the words are unknown. Ranking, the
fallback to English, facets and snippets are computed here, the same way on
every engine; the engine supplies the ranked lists.
"""

from collections import defaultdict
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import lru_cache
from uuid import UUID

from django.db.models import Q
from django.utils import translation

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from portal import request_memo
from portal.localization import default_language
from portal.memo import memoised
from portal.search_terms import engine_guard
from portal.visibility import public_documents, public_pages

from . import decompound, features, fragments, spelling
from .analysis import base_language, content_words, fold, query_terms, stem, words
from .crosswalk import Expansion, expand

CANDIDATES = 200
RRF_K = 8
TIER_WEIGHTS = {
    "name": 1.5,
    "title": 1.0,
    "exact": 1.5,
    "all": 1.0,
    "other": 1.2,
    "corrected": 0.9,
    "concept": 0.7,
    "compound": 0.8,
    "crosswalk": 0.6,
    "any": 0.3,
}
CONCEPT_TIERS = {"concept", "crosswalk"}
# Cases are what practitioners come for; at equal relevance they come first,
# and listing pages (sections, indexes) last.
TYPE_WEIGHTS = {
    "practices.practicepage": 1.6,
    "practices.methodpage": 1.25,
    "workshops.workshopreportpage": 1.1,
    "practices.territorypage": 0.8,
    "practices.referencemodelpage": 0.7,
    "practices.practiceindexpage": 0.4,
    "practices.methodindexpage": 0.4,
    "workshops.workshopindexpage": 0.4,
    "library.librarypage": 0.4,
    "portal.homepage": 0.3,
}
# A file (a report's PDF, a presentation) below the pages that describe it at equal relevance.
DOCUMENT_WEIGHT = 0.7


@dataclass
class Outcome:
    query: str
    language: str
    terms: list
    keys: list = field(default_factory=list)  # ("page"|"document"|"node", pk), best first
    pages: dict = field(default_factory=dict)  # pk -> Page (not specific)
    expansion: Expansion = field(default_factory=Expansion)
    suggestion: str = ""  # "did you mean"
    corrected: bool = False  # results include the corrected query's

    @property
    def highlight_terms(self):
        words = list(self.terms)
        if self.suggestion:
            words += self.suggestion.split()
        return words + self.expansion.terms


def all_locales():
    """Every locale, by language code, read once per request (shared with the page's own
    locale lookups in ``portal.request_memo``)."""
    return request_memo.all_locales()


def _language_codes():
    """``{locale pk: language code}`` of every locale, from the request's one read."""
    return {locale.pk: code for code, locale in all_locales().items()}


def _locales(language, every=False):
    """The locales searched: the visitor's and the default language's, or (``every``) all of them."""
    wanted = {language, default_language()}
    return {code: locale for code, locale in all_locales().items() if every or code in wanted}


def _public_pages():
    """``public_pages()``, built once per request (each use filters a clone of it)."""
    return memoised(("search-public-pages",), public_pages)


def page_candidates(locales):
    return _public_pages().filter(locale_id__in=[loc.pk for loc in locales.values()])


def document_candidates():
    """Documents outside restricted collections: members-only files are never searched."""
    return public_documents()


def _search(query, queryset):
    """One ranked list; ``SearchUnavailable`` when the engine cannot be reached."""
    backend = get_search_backend()
    with engine_guard():
        return list(
            backend.search(query, queryset, operator=getattr(query, "operator", None))[:CANDIDATES]
        )


def _search_many(requests):
    """Several ranked lists: ``requests`` are (query, queryset, analysis language or None);
    returns per request the hits' pks and, where the engine returned them, the objects.

    The SQLite backend answers them all in one statement (``ranked_pks``); other engines
    run one search each, in the request's language."""
    backend = get_search_backend()
    if hasattr(backend, "ranked_pks"):
        with engine_guard():
            return [(pks, None) for pks in backend.ranked_pks(requests, CANDIDATES)]
    results = []
    for query, queryset, language in requests:
        with translation.override(language) if language else nullcontext():
            hits = _search(query, queryset)
        results.append(([hit.pk for hit in hits], hits))
    return results


def _tier_queries(terms, expansion):
    tiers = [("all", PlainText(" ".join(terms), operator="and"))]
    if features.on("decompounding"):
        tiers += [
            ("compound", PlainText(variant, operator="and"))
            for variant in decompound.query_variants(terms)
        ]
    if expansion and features.on("crosswalk"):
        tiers.append(
            ("crosswalk", Or([PlainText(term, operator="and") for term in expansion.terms]))
        )
    if len(terms) > 1 and features.on("any-word"):
        tiers.append(("any", PlainText(" ".join(terms), operator="or")))
    return tiers


def _tagged_keys(concepts, language):
    """The translation keys of the pages tagged with the concepts the query hit, with the
    order of their first tag: from the fragment cache.

    Cases from a territory whose main language is the visitor's first (a Swedish
    practitioner asking for a concept on the Swedish site meets the Swedish case
    before the six others tagged with it), then by concept and the tag's order.
    """
    tags = fragments.concept_tags()
    home = features.on("home-territory")
    first = {}
    for concept in sorted(concept.pk for concept in concepts):
        for order, pk, key, main_language in tags.get(concept, ()):
            elsewhere = 0 if home and main_language == language else 1
            first[key] = min(first.get(key, (2,)), (elsewhere, concept, order, pk))
    return first


def _other_language_requests(terms, every, primary):
    """The other locales' versions, each analysed in its own language (a word only
    the German text uses): a weaker tier, shown in the visitor's language by ``_rank``."""
    query = PlainText(" ".join(terms), operator="and")
    public = _public_pages()
    return [
        ("other", "page", query, public.filter(locale=locale), code)
        for code, locale in every.items()
        if code not in primary
    ]


def _named_keys(terms):
    """The translation keys of the cases an organisation named by the query took part in.

    Organisation names are few and short, so they are compared in Python on
    folded words (every query word is a word of the name, the last may be its
    beginning), the same on every engine.
    """
    wanted = [fold(term) for term in terms]
    if not features.on("names") or not wanted or sum(len(word) for word in wanted) < 3:
        return set()
    keys = set()
    for name_words, cases in fragments.organisations():
        if all(word in name_words for word in wanted[:-1]) and any(
            name_word == wanted[-1] or (len(wanted[-1]) >= 4 and name_word.startswith(wanted[-1]))
            for name_word in name_words
        ):
            keys.update(UUID(key) for key in cases.split())
    return keys


def _node_hits(terms, locale):
    """Critical nodes (hand-over points) of the locale's reference model whose text holds
    every word: a small table, from the fragment cache."""
    folded = [term.casefold() for term in terms]
    hits = []
    for pk, node in fragments.critical_nodes().items():
        if node["locale_id"] != locale.pk:
            continue
        texts = [node[name].casefold() for name in ("title", "risk", "operating_mode")]
        if all(any(term in text for text in texts) for term in folded):
            hits.append(pk)
    return hits[:CANDIDATES]


def _forms(word, code):
    """A word's folded form and stem, and the stems of its compound parts."""
    return _forms_of(word, code, features.on("decompounding"))


@lru_cache(maxsize=65536)
def _forms_of(word, code, decompounding):
    # Pure (the word lists are read once per process): every title of every hit is
    # split into compounds on each search otherwise.
    forms = {fold(word), stem(word, code)}
    if decompounding:
        forms.update(stem(part, code) for part in decompound.split(word, code))
    return frozenset(forms)


@lru_cache(maxsize=4096)
def _parts(term, code):
    return tuple(decompound.split(term, code))


def _title_hits(terms, pages):
    """Hit pages whose own title or tags hold every query word (as a word, its stem or a part
    of a compound), shortest title first: the page named by the query ranks above pages that
    mention it."""
    codes = _language_codes()
    pages = list(pages)
    # A case's tags are its editors' keywords ("Piano LIFT"): as telling as its title.
    # Only cases have tags: other pages' are not looked up.
    cases = _tagged_content_types()
    tags = fragments.cached_many(
        "search-page-tags",
        [page.pk for page in pages if page.content_type_id in cases],
        _page_tags,
    )
    hits = []
    for page in pages:
        code = base_language(codes.get(page.locale_id))
        title_forms = set()
        for word in words(" ".join([page.title, *tags.get(page.pk, ())])):
            title_forms |= _forms(word, code)
        if all(
            _forms(term, code) & title_forms
            or (parts := _parts(term, code))
            and all(stem(part, code) in title_forms for part in parts)
            for term in content_words(terms, code)
        ):
            hits.append(page)
    hits.sort(key=lambda page: (len(page.title), page.pk))
    return hits


def _tagged_content_types():
    """The content types of the pages that can have tags (``PracticeTag``'s cases)."""
    from django.contrib.contenttypes.models import ContentType

    from practices.models import PracticeTag

    model = PracticeTag._meta.get_field("content_object").related_model
    return {ContentType.objects.get_for_model(model).pk}


def _page_tags(pks):
    """{page pk: its tags' names} (an empty list for a page without tags)."""
    from practices.models import PracticeTag

    tags = {pk: [] for pk in pks}
    rows = PracticeTag.objects.filter(content_object_id__in=pks).order_by("pk")
    for pk, name in rows.values_list("content_object_id", "tag__name"):
        tags[pk].append(name)
    return tags


def _exact_titles(terms, titled):
    """Of the title hits, the pages the query names outright: every word of the title (or
    of its part before a colon) is a query word, so "Myndighetsgemensamma team" puts the
    method "Myndighetsgemensamt team" above the case that mentions it in a longer title."""
    if not features.on("exact-title"):
        return []
    codes = _language_codes()
    exact = []
    for page in titled:
        code = base_language(codes.get(page.locale_id))
        query_forms = set().union(*(_forms(term, code) for term in terms))
        title_words = content_words(words(page.title.split(":")[0]), code)
        if title_words and all(_forms(word, code) & query_forms for word in title_words):
            exact.append(page)
    return exact


class _Fusion:
    def __init__(self, pages_qs, documents_qs):
        self.pages_qs, self.documents_qs = pages_qs, documents_qs
        self.scores = defaultdict(float)  # (tier, key) -> score
        self.pages = {}

    def add(self, tier, keys):
        for rank, key in enumerate(keys):
            self.scores[(tier, key)] += TIER_WEIGHTS[tier] / (RRF_K + rank)
        return len(keys)

    def add_pages(self, tier, pages):
        self.pages.update((page.pk, page) for page in pages)
        return self.add(tier, [("page", page.pk) for page in pages])

    def requests(self, tier, query):
        """The searches of one tier: the candidate pages and documents."""
        wanted = [(tier, "page", query, self.pages_qs, None)]
        if self.documents_qs is not None:
            wanted.append((tier, "document", query, self.documents_qs, None))
        return wanted

    def run(self, requests):
        """Runs tiers' searches together; returns the number of hits per tier."""
        found = defaultdict(int)
        answers = _search_many([(query, qs, language) for _t, _k, query, qs, language in requests])
        for (tier, kind, *_rest), (pks, objects) in zip(requests, answers, strict=True):
            if kind == "page" and objects is not None:
                self.pages.update((page.pk, page) for page in objects)
            found[tier] += self.add(tier, [(kind, pk) for pk in pks])
        return found

    def fetch(self, primary, keys):
        """One query for the pages the ranking reads: the hits not read yet, and the
        public versions in the ``primary`` locales of the hits and of ``keys`` (the
        organisations' and concepts' pages). Returns those versions, by path."""
        hits = {pk for (_tier, (kind, pk)) in self.scores if kind == "page"}
        # One IN over the keys of the hits and of ``keys`` (not two ORed): SQLite then
        # reads the versions through the (translation key, locale) index rather than
        # every page of the locales.
        translation_keys = Page.objects.filter(Q(pk__in=hits) | Q(translation_key__in=keys))
        wanted = Q(locale_id__in=primary) & Q(
            translation_key__in=translation_keys.values("translation_key")
        )
        missing = hits - set(self.pages)
        if not hits and not keys:
            return []
        if missing:
            # The hits were public candidates, read here as Page.
            wanted |= Q(pk__in=missing)
        versions = []
        for page in _public_pages().filter(wanted).order_by("path"):
            if page.pk in missing:
                self.pages[page.pk] = page
            if page.locale_id in primary:
                versions.append(page)
        return versions


def run(raw_query, language):
    language = base_language(language)
    terms = query_terms(raw_query, language)
    outcome = Outcome(query=raw_query, language=language, terms=terms)
    if not terms:
        return outcome
    every = _locales(language, every=True)
    locales = {code: every[code] for code in (language, default_language()) if code in every}
    outcome.expansion = expand(" ".join(terms))
    fusion = _Fusion(page_candidates(locales), document_candidates())
    requests = []
    for tier, query in _tier_queries(terms, outcome.expansion):
        requests += fusion.requests(tier, query)
    if features.on("every-language"):
        requests += _other_language_requests(terms, every, locales)
    direct = fusion.run(requests)["all"]
    if direct < 3 and features.on("spelling"):
        outcome.suggestion = spelling.suggest(terms, language)
        if outcome.suggestion:
            fusion.run(fusion.requests("corrected", PlainText(outcome.suggestion, operator="and")))
            outcome.corrected = direct == 0
    primary = {locale.pk for locale in locales.values()}
    named = _named_keys(terms)
    tagged = {}
    if outcome.expansion.concepts and features.on("crosswalk"):
        tagged = _tagged_keys(outcome.expansion.concepts, language)
    versions = fusion.fetch(primary, named | set(tagged))
    # Cases an organisation named by the query took part in; pages tagged with its concepts.
    fusion.add_pages("name", [page for page in versions if page.translation_key in named])
    fusion.add_pages(
        "concept",
        sorted(
            (page for page in versions if page.translation_key in tagged),
            key=lambda page: (*tagged[page.translation_key], page.path),
        ),
    )
    fusion.add("all", [("node", pk) for pk in _node_hits(terms, locales[language])])
    titled = _title_hits(terms, fusion.pages.values())
    fusion.add_pages("title", titled)
    fusion.add_pages("exact", _exact_titles(terms, titled))
    outcome.pages = fusion.pages
    shown = {}
    outcome.keys = _rank(fusion.scores, fusion.pages, locales, language, shown, versions)
    # A page found through another language's version is shown in the visitor's (or
    # English), which may not be among the hits: ``_rank`` read it, so it is labelled
    # and filtered.
    for kind, pk in outcome.keys:
        if kind == "page" and pk not in fusion.pages:
            fusion.pages[pk] = shown[pk]
    return outcome


def _content_type_labels(content_type_ids):
    """{content type id: "app_label.model"}, from Django's content type cache."""
    from django.contrib.contenttypes.models import ContentType

    labels = {}
    for pk in content_type_ids:
        content_type = ContentType.objects.get_for_id(pk)
        labels[pk] = f"{content_type.app_label}.{content_type.model}"
    return labels


def _rank(scores, pages, locales, language, shown_pages=None, versions=None):
    """Weight by type, show a page in the visitor's language where a translation exists.

    A page found only through another language's version (the "other" tier)
    counts when neither its visitor's-language nor its English version was hit,
    and is shown in the visitor's language, else in English, else its own.
    The pages shown instead are put into ``shown_pages`` (pk -> Page); ``versions``
    are the public pages of the primary locales already read (``_Fusion.fetch``).
    """
    type_labels = _content_type_labels({page.content_type_id for page in pages.values()})
    visitor, english = locales[language].pk, locales[default_language()].pk
    primary = {visitor, english}
    hit_pages = [pages[pk] for _tier, (kind, pk) in scores if kind == "page"]
    primary_keys = {page.translation_key for page in hit_pages if page.locale_id in primary}
    other_keys = {page.translation_key for page in hit_pages if page.locale_id != visitor}
    shown = {}
    if other_keys:
        if versions is None:
            versions = _public_pages().filter(locale_id__in=primary, translation_key__in=other_keys)
        for row in versions:
            if row.locale_id not in primary or row.translation_key not in other_keys:
                continue
            if shown_pages is not None:
                shown_pages[row.pk] = row
            if row.locale_id == visitor or row.translation_key not in shown:
                shown[row.translation_key] = row.pk
    # The versions of one page found by one tier count once (the best of them):
    # a page hit in English and in the visitor's language is not worth twice as much.
    per_tier = defaultdict(float)
    for (tier, key), score in scores.items():
        kind, pk = key
        if kind == "page":
            page = pages[pk]
            score *= TYPE_WEIGHTS.get(type_labels.get(page.content_type_id), 1.0)
            if page.locale_id not in primary and page.translation_key in primary_keys:
                continue
            if page.locale_id != visitor and page.translation_key in shown:
                key = ("page", shown[page.translation_key])
        elif kind == "document":
            score *= DOCUMENT_WEIGHT
        per_tier[(tier, key)] = max(per_tier[(tier, key)], score)
    # The crosswalk's terms and its page tags are one piece of evidence (the query
    # names a concept): a page found by both counts it once, so that a concept's
    # tagged page does not outrank the page holding the very word typed.
    evidence = defaultdict(float)
    for (tier, key), score in per_tier.items():
        group = "concept" if tier in CONCEPT_TIERS else tier
        evidence[(group, key)] = max(evidence[(group, key)], score)
    merged = defaultdict(float)
    for (_group, key), score in evidence.items():
        merged[key] += score
    return sorted(merged, key=lambda key: (-merged[key], key))
