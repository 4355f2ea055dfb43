"""Django's LocaleMiddleware, minus its redirect of unprefixed 404s where that is wrong."""

from django.middleware.locale import LocaleMiddleware

# URLs outside the language prefixes whose 404s are final: an API client
# asking for a missing page must get a 404, not a redirect to /en/api/...
UNPREFIXED = ("/api/", "/documents/", "/admin/")


class PortalLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
