"""The per-request memo itself: a dict opened for one request by
``portal.request_memo.RequestMemoMiddleware``, read by whatever repeats a lookup
while that request is answered (``portal.cache``, ``portal.visibility``).

It imports nothing of the portal, so every portal module can use it.
"""

import contextvars

_memo = contextvars.ContextVar("portal_request_memo", default=None)


def current():
    """The memo of the request being answered, or None outside one."""
    return _memo.get()


def memoised(key, compute):
    """``compute()`` once per request under ``key``; every time outside a request."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def open_memo():
    """Start a memo for the current request; returns the token for ``close_memo``."""
    return _memo.set({})


def close_memo(token):
    _memo.reset(token)
