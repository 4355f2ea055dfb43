"""A Redis cache that fails soft.

Everything in the default cache can be recomputed: pages, fragments, Wagtail's
site root paths, the spelling vocabulary. With Django's own ``RedisCache`` an
unreachable Redis raises from ``cache.get`` inside Wagtail's routing, and every
page answers 500. This backend logs the outage (at most once a minute per
process) and treats it as a miss: reads return the default, writes are dropped,
``add`` reports nothing added and ``incr`` behaves as for a missing key. Pages
are then served uncached, and the proposal rate limit (django-ratelimit, which
counts with ``add``/``incr``) lets requests through until Redis is back.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

OUTAGE = (RedisConnectionError, RedisTimeoutError, OSError)
_last_warning = 0.0


def _warn(operation):
    global _last_warning
    now = time.monotonic()
    if now - _last_warning >= 60:
        _last_warning = now
        logger.warning("Redis cache unreachable (%s); serving without it", operation, exc_info=True)


class FailSoftRedisCache(RedisCache):
    def add(self, *args, **kwargs):
        try:
            return super().add(*args, **kwargs)
        except OUTAGE:
            _warn("add")
            return False

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except OUTAGE:
            _warn("get")
            return default

    def set(self, *args, **kwargs):
        try:
            super().set(*args, **kwargs)
        except OUTAGE:
            _warn("set")

    def touch(self, *args, **kwargs):
        try:
            return super().touch(*args, **kwargs)
        except OUTAGE:
            _warn("touch")
            return False

    def delete(self, *args, **kwargs):
        try:
            return super().delete(*args, **kwargs)
        except OUTAGE:
            _warn("delete")
            return False

    def get_many(self, *args, **kwargs):
        try:
            return super().get_many(*args, **kwargs)
        except OUTAGE:
            _warn("get_many")
            return {}

    def has_key(self, *args, **kwargs):
        try:
            return super().has_key(*args, **kwargs)
        except OUTAGE:
            _warn("has_key")
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except OUTAGE:
            _warn("incr")
            raise ValueError(f"Key '{key}' not found (cache unreachable)") from None

    def set_many(self, data, *args, **kwargs):
        try:
            return super().set_many(data, *args, **kwargs)
        except OUTAGE:
            _warn("set_many")
            return list(data)

    def delete_many(self, *args, **kwargs):
        try:
            super().delete_many(*args, **kwargs)
        except OUTAGE:
            _warn("delete_many")

    def clear(self):
        try:
            return super().clear()
        except OUTAGE:
            _warn("clear")
            return False
