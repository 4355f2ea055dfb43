"""Request handling of the practices pages.

Page models name these functions by dotted path (``context_view`` and the
routes' ``call_view``); each takes ``(request, page, ...)``. Context views return
a dict added to the page's template context; route views return a response.
The proposal form is in ``proposals/views.py``, the finder in ``finder.py``, the
CSV/JSON exports in ``opendata/views.py``.
"""

from types import SimpleNamespace

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.localization import active_locale, in_locale_or_default
from portal.visibility import public_pages

from . import reference
from .case_sheet import cached_sheet, find_case
from .finder import MethodFacets
from .listing import PracticeListing
from .models import PracticeIndexPage, PracticePage
from .models.evidence import EVIDENCE_EXPLANATIONS, EvidenceLevel
from .models.reference import version_slug
from .presentation import (
    LazyCards,
    cached_case_details,
    decorate_cards,
    method_details,
    territory_details,
)

# -- pages: what each adds to its template context ------------------------------


def practice_index_context(request, index):
    """All cases: filtered, counted, sorted and paged (``listing.py``)."""
    locale = active_locale()  # looked up once for the listing and its cards
    context = PracticeListing(request.GET, locale).context()
    context["practices"] = LazyCards(
        context["practices"],
        lambda ids: decorate_cards(PracticeListing.cases(ids).values(), locale),
    )
    return context


def case_context(request, case):
    return cached_case_details(case, request)


def method_index_context(request, index):
    """The methods catalogue with its facets (``finder.py``)."""
    return MethodFacets(request.GET).context()


def method_context(request, method):
    return method_details(method)


def territory_context(request, territory):
    return territory_details(territory)


def reference_model_context(request, model_page):
    return reference.model_details(model_page, request)


def phase_context(request, phase):
    return reference.phase_details(phase, request)


# -- routes below the index pages -------------------------------------------------


def evidence_levels(request, index):
    """What each evidence level means, with the badge a card shows."""
    levels = [
        {
            "value": value,
            "label": label,
            "text": EVIDENCE_EXPLANATIONS[value],
            "badge": SimpleNamespace(evidence_rank=rank, get_evidence_level_display=label),
        }
        for rank, (value, label) in enumerate(EvidenceLevel.choices, start=1)
    ]
    return TemplateResponse(
        request,
        "practices/evidence_levels.html",
        {"page": index, "self": index, "levels": levels},
    )


def case_sheet(request, index, territory_slug, case_slug):
    """A case's printable one-page PDF, in the case's language."""
    case = find_case(index, territory_slug, case_slug)
    response = HttpResponse(cached_sheet(case, request), content_type="application/pdf")
    filename = f"case-sheet-{case.slug}-{case.locale.language_code}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def coverage(request, model_page):
    """Which territory's cases cover which phase of the reference model."""
    return TemplateResponse(
        request,
        "practices/coverage.html",
        {"page": model_page, "self": model_page, **reference.coverage(model_page)},
    )


def model_version(request, model_page, version):
    record = reference.version_or_404(model_page, version)
    return TemplateResponse(
        request, "practices/model_version.html", reference.version_context(model_page, record)
    )


def model_pdf(request, model_page, version=None):
    """The model as a PDF of a published version (the current one by default)."""
    version = version or version_slug(model_page.version)
    if not version:
        raise Http404("No version of the model has been published yet.")
    record = reference.version_or_404(model_page, version)
    content = reference.model_pdf(model_page, record, request)
    language = model_page.locale.language_code
    response = HttpResponse(content, content_type="application/pdf")
    filename = f"reference-model-{language}-v{record.slug}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# -- compare --------------------------------------------------------------------
MIN_COMPARE, MAX_COMPARE = 2, 4


def compare(request):
    """Two to four cases side by side: ``?practices=slug-a,slug-b``.

    The compare checkboxes of the listing submit repeated ``practices``
    parameters; both forms are accepted.
    """
    raw = ",".join(request.GET.getlist("practices"))
    slugs = []
    for slug in (part.strip()[:100] for part in raw.replace("\x00", "").split(",")):
        if slug and slug not in slugs:
            slugs.append(slug)
    messages = []
    if len(slugs) > MAX_COMPARE:
        messages.append(
            _("At most %(n)d cases can be compared; the first %(n)d are shown.")
            % {"n": MAX_COMPARE}
        )
        slugs = slugs[:MAX_COMPARE]
    locale = active_locale()
    found = {
        page.slug: page
        for page in in_locale_or_default(public_pages(PracticePage.objects.all()), locale)
        .filter(slug__in=slugs)
        .select_related("territory", "locale")
        .prefetch_related("target_groups", "indicators", "methods", "phases")
    }
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        messages.append(
            _("No published case has the address %(slugs)s; it is left out.")
            % {"slugs": ", ".join(missing)}
        )
    practices = decorate_cards([found[slug] for slug in slugs if slug in found], locale)
    columns = []
    for practice in practices:
        details = cached_case_details(practice, request, with_related=False)
        columns.append({"practice": practice, **details})
    if len(columns) < MIN_COMPARE:
        messages.append(_("Choose at least two cases to compare them side by side."))
    index = in_locale_or_default(PracticeIndexPage.objects.live(), locale).first()
    status = 200
    return render(
        request,
        "practices/compare.html",
        {
            "columns": columns if len(columns) >= MIN_COMPARE else [],
            "chosen": columns,
            "compare_messages": messages,
            "practices_index": index,
        },
        status=status,
    )
