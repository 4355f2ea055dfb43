"""Rate limit of the subscribe form, in one place.

The same mechanism as the proposal form (``practices/proposals/views.py``): a
counter per client address in the shared cache (``CACHE_URL``), so every
process sees the same count. When the project switches to django-ratelimit,
only ``limited`` changes, e.g. to
``django_ratelimit.core.is_ratelimited(request, group=group, key="ip", rate="10/h", increment=True)``.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

DEFAULT_RATE = (10, 3600)  # posts per window (seconds)


def limited(request, group="alerts"):
    """True once this client has posted ``group`` too often in the window."""
    limit, window = getattr(settings, "ALERT_RATE", DEFAULT_RATE)
    address = request.META.get("REMOTE_ADDR", "")
    key = f"{group}-rate:" + hashlib.sha256(address.encode()).hexdigest()[:32]
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        count = 1
    return count > limit
