"""Shared fixtures.

The database is built once per test session: migrations, then the portal's
real initial content (``load_initial_content``): site, locales, five home
pages, sections, and whatever the content apps load. Each test runs inside a
transaction that is rolled back, so tests may add or change content freely.
Do not use ``transactional_db`` (it would flush the shared content).
"""

import io

from django.core.management import call_command

from wagtail.models import Locale, Site

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_initial_content", stdout=io.StringIO())


@pytest.fixture
def site(db):
    return Site.objects.select_related("root_page").get(is_default_site=True)


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_in(home, locales):
    """``home_in("it")``: the home page of a locale."""

    def get(code):
        return home.get_translation(locales[code]).specific

    return get


@pytest.fixture(autouse=True)
def fresh_fragment_cache():
    """Navigation, language links and footer are cached under a generation in the
    shared cache, which outlives each test's rolled-back transaction: start every
    test with a new generation so no test sees another's content."""
    from portal.cache import purge

    purge()


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the default language. Django keeps the active language per
    thread, so a test that activates one (or renders through ``translation.override``
    and fails inside it) would otherwise leave it to the next: forms and messages
    built outside a request (tests/library/test_upload_safety.py) then come out in
    German or Swedish depending on test order."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def pytest_collection_modifyitems(items):
    """Every test may read the shared content; browser tests talk to their own
    server process and get no database of their own."""
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
        else:
            item.add_marker(pytest.mark.django_db)
