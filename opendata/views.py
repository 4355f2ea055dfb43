"""The CSV and JSON downloads: each view checks the format, builds a table
(``exports.py``) and answers it as a file.

The practices pages route their ``export/`` addresses here (``call_view``):
exports sit above the content apps, which never import them.
"""

from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _

from portal.listing import BadParameter
from practices.evidence_map import evidence_map
from practices.finder import MethodFacets
from practices.listing import PracticeListing
from practices.reference import coverage

from . import exports


def _check(fmt):
    if fmt not in exports.FORMATS:
        raise Http404


def bad_parameter(error):
    """A 400 naming the parameter an export cannot use (``portal.listing.BadParameter``)."""
    return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")


def cases_export(request, index, fmt):
    """The filtered case listing, every page of it (``export/csv/?country=CH``).
    The listing's filters, parsed strictly: a value the page would ignore is a 400 here."""
    _check(fmt)
    try:
        listing = PracticeListing(request.GET, strict=True)
    except BadParameter as error:
        return bad_parameter(error)
    cases = listing.results()
    if listing.search_unavailable:
        # A file without the text filter would be silently wrong: refuse it instead.
        return HttpResponse(
            _(
                "Text search is unavailable right now, so this export cannot be filtered by "
                "words. Try again later, or export without the search words."
            ),
            status=503,
            content_type="text/plain; charset=utf-8",
            headers={"Retry-After": "120"},
        )
    table = exports.cases_table(cases, request)
    return exports.response(table, fmt, request, filename=f"cases.{fmt}")


def methods_export(request, index, fmt):
    """The methods catalogue with its facets applied (``export/csv/?phase=placement``)."""
    _check(fmt)
    try:
        methods = MethodFacets(request.GET, strict=True).results()
    except BadParameter as error:
        return bad_parameter(error)
    table = exports.methods_table(methods, request)
    return exports.response(table, fmt, request, filename=f"methods.{fmt}")


def coverage_export(request, model_page, fmt):
    """The reference model's coverage matrix, one row per phase and territory."""
    _check(fmt)
    table = exports.coverage_table(coverage(model_page))
    return exports.response(table, fmt, request, filename=f"reference-model-coverage.{fmt}")


def evidence_map_export(request, fmt):
    """``/<lang>/evidence-map/csv/`` and ``json/``."""
    _check(fmt)
    table = exports.evidence_map_table(evidence_map())
    return exports.response(table, fmt, request, filename=f"evidence-map.{fmt}")
