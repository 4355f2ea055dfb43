import pytest


def pytest_collection_modifyitems(items):
    """Search tests read the shared content; say so, so the test database is set up
    even when only this directory runs."""
    for item in items:
        if "tests/search/" in str(item.path) and item.get_closest_marker("browser") is None:
            item.add_marker(pytest.mark.django_db)
