"""Editors curate the crosswalk and the promotions in the admin."""

from django.contrib.auth import get_user_model

import pytest

from search.models import Concept


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_crosswalk_is_listed_and_editable_in_the_admin(admin_client):
    listing = admin_client.get("/admin/snippets/search/concept/")
    assert listing.status_code == 200
    assert "presa in carico" in listing.content.decode()
    response = admin_client.post(
        "/admin/snippets/search/concept/add/",
        {
            "key": "job-coach",
            "terms_en": "job coach",
            "terms_it": "tutor",
            "terms_de": "Jobcoach",
            "terms_da": "jobkonsulent",
            "terms_sv": "jobbcoach",
            "note": "",
            "tags-TOTAL_FORMS": "0",
            "tags-INITIAL_FORMS": "0",
            "tags-MIN_NUM_FORMS": "0",
            "tags-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302
    assert Concept.objects.get(key="job-coach").terms("da") == ["jobkonsulent"]


def test_search_promotions_admin_is_available(admin_client):
    assert admin_client.get("/admin/searchpicks/").status_code == 200
