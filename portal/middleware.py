"""Django's LocaleMiddleware, minus its redirect of unprefixed 404s where that is wrong;
the Content-Security-Policy and Permissions-Policy headers."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware

from csp.middleware import CSPMiddleware
from csp.utils import default_config

# URLs outside the language prefixes whose 404s are final: an API client
# asking for a missing page must get a 404, not a redirect to /en/api/...
UNPREFIXED = ("/api/", "/documents/", "/admin/")


class PortalLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp with one policy for the public site (settings.CONTENT_SECURITY_POLICY)
    and another for the Wagtail admin (settings.ADMIN_CONTENT_SECURITY_POLICY).

    The admin is not simply excluded: it keeps a policy that still confines
    scripts, frames and form targets to the portal, only allowing the inline
    code Wagtail's own widgets need."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and self._is_admin(request):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY)
            parts.nonce = None  # a nonce would make browsers ignore 'unsafe-inline'
        return parts

    @staticmethod
    def _is_admin(request):
        return request.path_info.startswith(tuple(settings.ADMIN_PATH_PREFIXES))


class PermissionsPolicyMiddleware:
    """Sends settings.PERMISSIONS_POLICY as the Permissions-Policy header:
    ``{"camera": []}`` becomes ``camera=()``, ``{"fullscreen": ["self"]}`` ``fullscreen=(self)``."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
