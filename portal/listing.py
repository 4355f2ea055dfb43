"""The one listing layer: filters declared once, parsed once, counted once.

Every listing (cases, methods, workshops, library, search facets) and every
machine answer (API filters, exports) declares its filters as a ``FilterSet``
of ``Filter`` objects. A filter has a kind of value, a parser for that kind and,
for choices, a vocabulary of stable identifiers:

- pages and snippets are identified by their ``translation_key``; a URL carries
  the visitor locale's own slug, and any locale's slug (or the key itself) is
  understood, so ``/da/`` and ``/en/`` links with their own slugs select the
  same content;
- codes (country, evidence level, phase key, document type...) are the same in
  every language.

Bad values get one behaviour per audience. ``FilterSet.parse(params)`` for a page
a person reads: the value is named in ``unknown`` and ignored (answer 200).
``FilterSet.parse(params, strict=True)`` for the API and exports: a
``BadParameter`` naming the parameter (answer 400).

Nothing here keeps state between calls: a parsed ``Selection`` is a value, and
facets are counted from it and a base queryset (or a list of classified items).
"""

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy

from wagtail.coreutils import get_supported_content_language_variant

from portal.paging import parse_int
from portal.visibility import public_pages

# The years any listing, the API or an export accepts: one range for the portal.
YEAR_MIN, YEAR_MAX = 1900, 2100
YEAR_PARAMETER = "year"  # the name every listing that filters by year gives it
MAX_VALUE_LENGTH = 80


class BadParameter(ValueError):
    """A parameter whose value cannot be used; ``str()`` is the message for a 400."""

    def __init__(self, name, raw, expected):
        self.name = name
        self.raw = raw
        super().__init__(f"'{name}' must be {expected}, not '{str(raw)[:40]}'")


# -- vocabularies: stable identifier <-> what a URL and a person see -----------------
@dataclass
class Vocabulary:
    """``entries``: identifier -> (value in the visitor's URLs, label), in display
    order; ``aliases``: every accepted spelling -> identifier."""

    entries: dict = field(default_factory=dict)
    aliases: dict = field(default_factory=dict)
    upper: bool = False  # codes written in capitals (countries) accept any case

    def resolve(self, raw):
        text = raw.upper() if self.upper else raw
        return self.aliases.get(text, text if text in self.entries else None)

    def value(self, key):
        return self.entries[key][0]

    def label(self, key):
        return self.entries[key][1]


def code_vocabulary(choices, upper=False):
    """A vocabulary of codes that read the same in every language (``TextChoices``)."""
    entries = {code: (code, label) for code, label in choices}
    return Vocabulary(entries, {}, upper=upper)


def _default_language():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def translated_vocabulary(rows, locale, by_label=False):
    """Pages or snippets keyed on ``translation_key``.

    ``rows``: (translation_key, slug, label, language code) of every locale. Each key is
    shown with the visitor locale's slug and label (the default locale's while it is
    untranslated); every locale's slug and the key itself are accepted."""
    chosen, aliases = {}, {}
    default = _default_language()
    for key, slug, label, code in rows:
        key = str(key)
        aliases.setdefault(slug, key)
        aliases[key] = key
        rank = 0 if code == locale.language_code else 1 if code == default else 2
        if key not in chosen or rank < chosen[key][0]:
            chosen[key] = (rank, slug, label)
    # The visitor's own slug wins when two languages happen to share a spelling.
    for key, (rank, slug, _label) in chosen.items():
        if rank == 0:
            aliases[slug] = key
    entries = {key: (slug, label) for key, (_rank, slug, label) in chosen.items()}
    if by_label:
        entries = dict(sorted(entries.items(), key=lambda item: str(item[1][1])))
    return Vocabulary(entries, aliases)


def page_vocabulary(model, locale, order=None):
    """Public pages of ``model`` keyed on ``translation_key`` (one query); in
    ``order`` of a field, else by title in the visitor's language."""
    rows = (
        public_pages(model.objects.all())
        .order_by(order or "title")
        .values_list("translation_key", "slug", "title", "locale__language_code")
    )
    return translated_vocabulary(rows, locale, by_label=not order)


def code_page_vocabulary(model, locale, code_field="key", order="sort_order"):
    """Public pages that carry a language-neutral code (a phase's ``key``): the code is
    both the identifier and the value in URLs; the label is the visitor's title."""
    rows = (
        public_pages(model.objects.all())
        .order_by(order)
        .values_list(code_field, code_field, "title", "locale__language_code")
    )
    return translated_vocabulary(rows, locale)


def snippet_vocabulary(model, locale, label_field="name", order="sort_order"):
    rows = model.objects.order_by(order).values_list(
        "translation_key", "slug", label_field, "locale__language_code"
    )
    return translated_vocabulary(rows, locale)


# -- filters ----------------------------------------------------------------------
@dataclass
class Filter:
    """A filter on a choice of identifiers.

    ``lookup``: the ORM path compared with the identifier (``territory__translation_key``),
    used both to filter and to count; ``vocabulary(locale)`` builds the values."""

    name: str
    label: str
    lookup: str = ""
    vocabulary: object = None  # callable(locale) -> Vocabulary

    kind = "choice"

    def parse(self, raw, vocabulary):
        key = vocabulary.resolve(raw) if len(raw) <= MAX_VALUE_LENGTH else None
        if key is None:
            values = [value for value, _label in vocabulary.entries.values()]
            expected = (
                "one of " + ", ".join(values)
                if len(values) <= 12
                else "a known value (a slug of any language, or a code)"
            )
            raise BadParameter(self.name, raw, expected)
        return key

    def q(self, value):
        return Q(**{self.lookup: value})


@dataclass
class YearFilter(Filter):
    """A year within the portal's one range; ``covers(year)`` says what matches it."""

    covers: object = None  # callable(year) -> Q

    kind = "year"

    def parse(self, raw, vocabulary=None):
        year = parse_int(raw, YEAR_MIN, YEAR_MAX)
        if year is None:
            raise BadParameter(self.name, raw, f"a year from {YEAR_MIN} to {YEAR_MAX}")
        return year

    def q(self, value):
        return self.covers(value) if self.covers else Q(**{self.lookup: value})


def parse_page(raw, strict=False, name="page"):
    """A page number (1, 2, ...) from a URL; None when absent or ignored."""
    if raw in (None, ""):
        return None
    number = parse_int(raw, minimum=1)
    if number is None and strict:
        raise BadParameter(name, raw, "a whole number from 1")
    return number


@dataclass
class Selection:
    """What a request asked for, parsed: identifiers per filter, ignored values."""

    values: dict  # filter name -> identifier (or year)
    unknown: list  # (label, raw value) pairs a page names in its notice
    params: QueryDict
    page: int | None = None

    @cached_property
    def kept_lists(self):
        """The parameters as (name, values) pairs in request order, without ``page``."""
        return [(key, values) for key, values in self.params.lists() if key != "page"]


class _Vocabularies(dict):
    """Each filter's vocabulary, built the first time it is read (one query at most)."""

    def __init__(self, filters, locale):
        super().__init__()
        self.makers = {filt.name: filt.vocabulary for filt in filters if filt.vocabulary}
        self.locale = locale

    def __missing__(self, name):
        maker = self.makers.get(name)
        value = self[name] = maker(self.locale) if maker else None
        return value

    def get(self, name, default=None):
        return self[name] if name in self.makers else default


class FilterSet:
    """A listing's filters, for one locale."""

    def __init__(self, filters, locale):
        self.filters = filters
        self.locale = locale
        self.vocabularies = _Vocabularies(filters, locale)

    def only(self, names):
        """The same declaration narrowed to the filters ``names`` (an API type's filters)."""
        return FilterSet([filt for filt in self.filters if filt.name in names], self.locale)

    def parse(self, params, strict=False):
        values, unknown = {}, []
        for filt in self.filters:
            raw = params.get(filt.name, "").strip()
            if not raw:
                continue
            try:
                values[filt.name] = filt.parse(raw, self.vocabularies.get(filt.name))
            except BadParameter:
                if strict:
                    raise
                unknown.append((filt.label, raw[:MAX_VALUE_LENGTH]))
        raw_year = params.get(YEAR_PARAMETER, "").strip()
        if raw_year and not strict and YEAR_PARAMETER not in {filt.name for filt in self.filters}:
            # Every listing of the portal but this one filters by year: say the value
            # is not used here rather than drop it silently.
            unknown.append((gettext_lazy("Year"), raw_year[:MAX_VALUE_LENGTH]))
        raw_page = params.get("page", "")
        page = parse_page(raw_page, strict=strict)
        if raw_page and page is None:
            unknown.append((gettext_lazy("Page"), raw_page[:40]))
        return Selection(values, unknown, params, page)

    def apply(self, queryset, selection, skip=None):
        for filt in self.filters:
            if filt.name != skip and filt.name in selection.values:
                queryset = queryset.filter(filt.q(selection.values[filt.name]))
        return queryset

    def matches(self, item_values, selection, skip=None):
        """For lists classified in Python: ``item_values`` is {filter name: set of identifiers}."""
        return all(
            value in item_values.get(name, ())
            for name, value in selection.values.items()
            if name != skip
        )

    # -- facets -----------------------------------------------------------------
    def option(self, filt, selection, identifier, value, label, count):
        """One facet option, with the query string that toggles it (page dropped)."""
        selected = selection.values.get(filt.name) == identifier
        # The request's parameters in their order, page dropped: what QueryDict.copy()
        # and pop/assign gave, without a deep copy per option (a listing has ~60).
        lists = dict(selection.kept_lists)
        if selected:
            lists.pop(filt.name, None)
        else:
            lists[filt.name] = [str(value)]
        query = QueryDict(mutable=True)
        for key, values in lists.items():
            query.setlist(key, values)
        return {
            "value": str(value),
            "label": label,
            "count": count,
            "selected": selected,
            "query": query,
            # "?" alone when no filter is left: an empty href would reload the same
            # filtered address, so the last filter could not be removed without JS.
            "href": "?"
            + urlencode([(key, item) for key, values in lists.items() for item in values]),
        }

    def choice_options(self, filt, selection, counts):
        """Options of a choice filter from ``counts`` (identifier -> n), in vocabulary order."""
        vocabulary = self.vocabularies[filt.name]
        chosen = selection.values.get(filt.name)
        return [
            self.option(
                filt,
                selection,
                key,
                vocabulary.value(key),
                vocabulary.label(key),
                counts.get(key, 0),
            )
            for key in vocabulary.entries
            if counts.get(key) or chosen == key
        ]

    def year_options(self, filt, selection, counts):
        return [
            self.option(filt, selection, year, year, str(year), count)
            for year, count in sorted(counts.items(), key=lambda item: item[0] or 0, reverse=True)
            if year is not None
        ]

    def facet(self, filt, selection, counts):
        if filt.kind == "year":
            options = self.year_options(filt, selection, counts)
        else:
            options = self.choice_options(filt, selection, counts)
        return {"name": filt.name, "label": filt.label, "options": options}

    def queryset_counts(self, filt, base, selection):
        """Identifier -> number of distinct rows, the other filters applied (one query)."""
        rows = (
            self.apply(base, selection, skip=filt.name)
            .order_by()
            .values_list(filt.lookup)
            .annotate(n=Count("pk", distinct=True))
            .values_list(filt.lookup, "n")
        )
        return {str(value) if filt.kind != "year" else value: n for value, n in rows}

    def item_counts(self, filt, items, selection):
        """Identifier -> number of ``items`` ({name: set}) having it, the other filters applied."""
        counts = {}
        for values in items:
            if self.matches(values, selection, skip=filt.name):
                for value in values.get(filt.name, ()):
                    counts[value] = counts.get(value, 0) + 1
        return counts

    def facets_from_queryset(self, base, selection, year_counts=None):
        """Every facet counted in the database; ``year_counts(queryset)`` for a year filter
        whose count is not a plain lookup (a period that covers several years)."""
        facets = []
        for filt in self.filters:
            if filt.kind == "year" and year_counts is not None:
                counts = year_counts(self.apply(base, selection, skip=filt.name))
            else:
                counts = self.queryset_counts(filt, base, selection)
            facets.append(self.facet(filt, selection, counts))
        return facets

    def facets_from_items(self, items, selection):
        return [
            self.facet(filt, selection, self.item_counts(filt, items, selection))
            for filt in self.filters
        ]


def get_page(items, selection, per_page):
    """The page asked for, with Django's rules: past the end -> the last page."""
    return Paginator(items, per_page).get_page(selection.page)
