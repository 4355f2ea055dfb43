from pathlib import Path

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from portal.sitemap import PortalSitemap

FAVICON = Path(__file__).resolve().parent / "static" / "portal" / "icons" / "favicon.ico"


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for whatever the page links."""
    return HttpResponse(FAVICON.read_bytes(), content_type="image/x-icon")


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": PortalSitemap(request)})


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: the failure may be in one of them.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render())
