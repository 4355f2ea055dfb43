import io

from django.conf import settings
from django.core.management import call_command

from wagtail.search.backends import get_search_backend

import pytest


def pytest_collection_modifyitems(items):
    """Search tests read the shared content; say so, so the test database is set up
    even when only this directory runs."""
    for item in items:
        if "tests/search/" in str(item.path) and item.get_closest_marker("browser") is None:
            item.add_marker(pytest.mark.django_db)


def on_elasticsearch():
    return "elasticsearch" in settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]


@pytest.fixture(scope="session", autouse=True)
def _search_index(django_db_setup, django_db_blocker):
    """On Elasticsearch, build the index (atomically, with the language analysers) once the
    shared content is loaded; the database backend indexes as content is saved."""
    if on_elasticsearch():
        with django_db_blocker.unblock():
            call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())


def refresh_index():
    """Make what a test just saved searchable (Elasticsearch refreshes once a second)."""
    backend = get_search_backend()
    if hasattr(backend, "es"):
        backend.es.indices.refresh(index="_all")
