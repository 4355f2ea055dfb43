"""The public address of the site, from ``BASE_URL``.

Wagtail builds every absolute page URL (canonical links, OpenGraph, the sitemap,
feeds, exports, the API's ``html_url``) from the default Site's hostname and port,
so that Site must carry the real address, not the ``localhost`` of a fresh install.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Warning as CheckWarning
from django.core.checks import register

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0", ""}


def site_address(url):
    """``https://portal.example.org`` -> ``("portal.example.org", 443)``."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"Not an http(s) address: {url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname, port


def apply_base_url(site, url=None):
    """Give ``site`` the hostname and port of ``url`` (default: ``BASE_URL``).
    Returns True when the site changed."""
    hostname, port = site_address(url or settings.BASE_URL)
    if (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return True


@register(deploy=True)
def check_base_url(app_configs, **kwargs):
    """A production site addressed as localhost publishes links nobody can follow."""
    try:
        hostname, _port = site_address(settings.BASE_URL)
    except ValueError:
        hostname = ""
    if hostname in LOCAL_HOSTS or hostname.startswith("127."):
        return [
            CheckWarning(
                f"BASE_URL is {settings.BASE_URL!r}: canonical links, the sitemap, feeds, "
                "exports and API URLs would point at this machine.",
                hint="Set BASE_URL to the public address (e.g. https://portal.example.org) "
                "and run 'manage.py set_site_url'.",
                id="portal.W001",
            )
        ]
    return []
