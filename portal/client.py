"""The address of the visitor, as far as the deployment can vouch for it.

With no trusted proxy (``TRUSTED_PROXY_COUNT=0``, the default) it is the TCP
peer, ``REMOTE_ADDR``: X-Forwarded-For, X-Real-IP and the like are typed by the
visitor and ignored. Behind N proxies that each append the address they received
the request from to X-Forwarded-For, the N-th entry from the right is the one
the outermost trusted proxy saw; anything to its left came from the visitor.

django-ipware does the parsing and validation. Its ``proxy_count`` counts the
proxies whose own addresses appear in the header (the last proxy is the TCP
peer, not in the header), so N trusted proxies are ``proxy_count=N - 1``, and
with one proxy (``proxy_count=0``) it would believe the left-most, visitor-typed
entry; the header is therefore cut to the entries the trusted proxies wrote
before ipware reads it.
"""

from django.conf import settings

from ipware import get_client_ip


def client_address(request):
    """The client's IP address as a string (used by django-ratelimit as its ``ip`` key)."""
    peer = request.META.get("REMOTE_ADDR", "") or "0.0.0.0"
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return peer
    entries = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(entries) < proxies or not entries[-proxies]:
        # The request did not come through all the trusted proxies.
        return peer
    trusted = {"HTTP_X_FORWARDED_FOR": entries[-proxies], "REMOTE_ADDR": peer}
    address, _routable = get_client_ip(
        _Meta(trusted), request_header_order=["HTTP_X_FORWARDED_FOR"], strict=True
    )
    return address or peer


class _Meta:
    """Just enough of a request for ipware: the trusted part of the headers."""

    def __init__(self, meta):
        self.META = meta
