"""Settings of the server that test_concurrency.py starts: the browser tests' settings
(test settings served by a real server), with the proposal rate limit raised so that
forty posts from one loopback address are all let through."""

import os

from portal.settings.browser import *  # noqa: F403

PROPOSAL_RATE = (10_000, 3600)

# CONCURRENCY_BASELINE=1 drops the SQLite options (WAL, busy timeout, IMMEDIATE), to
# measure what was lost without them (docs/benchmarks.md); the test then fails.
if os.environ.get("CONCURRENCY_BASELINE"):
    DATABASES["default"].pop("OPTIONS", None)  # noqa: F405
