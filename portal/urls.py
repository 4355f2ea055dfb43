from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from opendata import views as opendata_views
from opendata.api import api_router
from portal import views as portal_views
from practices import views as practices_views
from practices.evidence_map import evidence_map_view
from search import glossary as search_glossary
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Read-only open data, outside the language prefixes (``?locale=`` selects one).
    path("api/v2/", api_router.urls),
    path("sitemap.xml", portal_views.sitemap, name="sitemap"),
    path("robots.txt", portal_views.robots_txt, name="robots_txt"),
    path("favicon.ico", portal_views.favicon, name="favicon"),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under a language prefix (/en/, /it/, ...); a bare
# "/" is redirected by LocaleMiddleware to the visitor's language.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("glossary/", search_glossary.glossary, name="glossary"),
    path("glossary/<slug:key>/", search_glossary.concept_detail, name="glossary_concept"),
    path("compare/", practices_views.compare, name="compare"),
    path("alerts/", include("alerts.urls")),
    path("evidence-map/", evidence_map_view, name="evidence_map"),
    path(
        "evidence-map/<str:fmt>/",
        opendata_views.evidence_map_export,
        name="evidence_map_export",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
