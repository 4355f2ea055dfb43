"""schema.org JSON-LD for cases, methods, workshop reports and documents.

The JSON is escaped the way Django's ``json_script`` does it (``<``, ``>``
and ``&`` as unicode escapes), so no title or summary can close the script
element early.
"""

import json

from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Site

from portal.cache import fragment
from portal.request_memo import locale_of

_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _json(data):
    return json.dumps(data, ensure_ascii=False, default=str).translate(_ESCAPES)


def _script(data, request=None, text=None):
    if text is None:
        text = _json(data)
    # The Content-Security-Policy's nonce: browsers do not run JSON-LD, but every
    # inline script carrying it keeps the rule simple to check.
    # (A lazy object, false until read: str() makes django-csp put it in the header.)
    nonce = getattr(request, "csp_nonce", None)
    if nonce is not None:
        return format_html(
            '<script type="application/ld+json" nonce="{}">{}</script>', str(nonce), mark_safe(text)
        )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def _publisher(request):
    site = Site.find_for_request(request) if request else None
    return {"@type": "Organization", "name": site.site_name if site else ""}


def _place(territory, request):
    if territory is None:
        return None
    return {
        "@type": "Place",
        "name": territory.title,
        "url": territory.get_full_url(request),
        "address": {"@type": "PostalAddress", "addressCountry": territory.country},
    }


def _citations(page, request):
    """The page's sources (``source_references`` inline, where the page type has one)."""
    references = getattr(page, "source_references", None)
    if references is None:
        return []
    # The page view may have loaded them already (practices.presentation), saving a query.
    loaded = getattr(page, "loaded_source_references", None)
    if loaded is None:
        loaded = references.select_related("source", "source__document")
    citations = []
    for reference in loaded:
        source = reference.source
        work = {
            "@type": "CreativeWork",
            "name": source.title,
            "publisher": {"@type": "Organization", "name": source.publisher},
            "inLanguage": source.language,
        }
        if source.date:
            work["datePublished"] = source.date.isoformat()
        link = source.link
        if link:
            work["url"] = (
                request.build_absolute_uri(link) if request and link.startswith("/") else link
            )
        if reference.passage:
            work["description"] = reference.passage
        citations.append(work)
    return citations


def _page_base(page, request, kind):
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": page.title,
        "headline": page.title[:110],
        "url": page.get_full_url(request),
        "inLanguage": locale_of(page).language_code,
        "publisher": _publisher(request),
    }
    summary = page.search_description or getattr(page, "listing_summary", "")
    if summary:
        data["description"] = summary
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.date().isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.date().isoformat()
    citations = _citations(page, request)
    if citations:
        data["citation"] = citations
    return data


def _case(page, request):
    data = _page_base(page, request, "Article")
    data["genre"] = "Good-practice case"
    place = _place(page.territory, request)
    if place:
        data["spatialCoverage"] = place
    if page.start_year:
        end = page.end_year or (".." if page.ongoing else page.start_year)
        data["temporalCoverage"] = f"{page.start_year}/{end}"
    # The case view may have loaded these already (practices.presentation), saving queries.
    groups = getattr(page, "loaded_target_groups", None)
    roles = getattr(page, "loaded_organisation_roles", None)
    methods = getattr(page, "loaded_methods", None)
    data["audience"] = [
        {"@type": "Audience", "audienceType": group.name}
        for group in (page.target_groups.all() if groups is None else groups)
    ]
    data["mentions"] = [
        {"@type": "Organization", "name": role.organisation.name}
        for role in (
            page.organisation_roles.select_related("organisation") if roles is None else roles
        )
    ]
    data["about"] = [
        {"@type": "Thing", "name": method.title, "url": method.get_full_url(request)}
        for method in (page.methods.all() if methods is None else methods)
        if method.live
    ]
    return data


def _method(page, request):
    data = _page_base(page, request, "HowTo")
    steps = [block.value for block in page.steps if block.block_type == "step"]
    if steps:
        data["step"] = [
            {"@type": "HowToStep", "position": number, "text": str(text)}
            for number, text in enumerate(steps, start=1)
        ]
    if page.what_it_is and "description" not in data:
        data["description"] = strip_tags(page.what_it_is)[:500]
    return data


def _report(page, request):
    data = _page_base(page, request, "Report")
    if page.date:
        data["dateCreated"] = page.date.isoformat()
    if page.place:
        data["contentLocation"] = {"@type": "Place", "name": page.place}
    series = page.get_parent()
    data["isPartOf"] = {
        "@type": "CreativeWorkSeries",
        "name": series.title,
        "url": series.get_full_url(request),
    }
    return data


def _document(document, request):
    data = {
        "@context": "https://schema.org",
        "@type": "DigitalDocument",
        "name": document.title,
        "inLanguage": document.language,
        "encodingFormat": document.content_type,
        "contentUrl": request.build_absolute_uri(document.url) if request else document.url,
        "url": request.build_absolute_uri() if request else "",
        "publisher": _publisher(request),
    }
    if document.summary:
        data["description"] = document.summary
    if document.publication_date:
        data["datePublished"] = document.publication_date.isoformat()
    if document.version:
        data["version"] = document.version
    place = _place(document.territory, request)
    if place:
        data["spatialCoverage"] = place
    return data


def json_ld(obj, request=None):
    """The JSON-LD script for ``obj``, or an empty string for other objects."""
    from library.models import PortalDocument
    from practices.models import MethodPage, PracticePage
    from workshops.models import WorkshopReportPage

    builders = [
        (PracticePage, _case),
        (MethodPage, _method),
        (WorkshopReportPage, _report),
        (PortalDocument, _document),
    ]
    for model, build in builders:
        if isinstance(obj, model):
            if request is None or getattr(request, "is_preview", False) or obj.pk is None:
                return _script(build(obj, request), request)
            # A published object's JSON-LD changes only with a publish, a snippet or
            # document change (a new generation); the nonce is added per request.
            parts = (
                obj._meta.label_lower,
                obj.pk,
                get_language(),
                request.scheme,
                request.get_host(),
            )
            text = fragment("json-ld", parts, lambda build=build: _json(build(obj, request)))
            return _script(None, request, text=text)
    return ""
