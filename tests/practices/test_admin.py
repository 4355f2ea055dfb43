"""Editors' forms: tabs, choosers and previews of cases and methods."""

from django.contrib.auth import get_user_model

import pytest

from practices.models import MethodPage, Organisation, PracticePage


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_case_edit_form_has_the_four_tabs(editor_client, locales):
    """The case editor groups fields under Content, Outcomes, Classification, Promotion."""
    case = PracticePage.objects.get(slug="ip-integration-partnership", locale=locales["en"])
    html = editor_client.get(f"/admin/pages/{case.pk}/edit/").content.decode()
    for tab in ["Content", "Outcomes", "Classification", "Promotion"]:
        assert f">{tab}<" in html or f"{tab}\n" in html, tab
    assert "Outcome indicators" in html and "Organisations and their roles" in html


def test_case_preview_renders_the_real_template(editor_client, locales):
    """The preview of a case shows the page as visitors will see it."""
    case = PracticePage.objects.get(slug="ip-integration-partnership", locale=locales["en"])
    response = editor_client.get(f"/admin/pages/{case.pk}/view_draft/")
    assert response.status_code == 200
    assert b'class="indicators"' in response.content


def test_method_edit_form_renders(editor_client, locales):
    """The method editor opens with its classification tab."""
    method = MethodPage.objects.get(slug="step-model", locale=locales["en"])
    response = editor_client.get(f"/admin/pages/{method.pk}/edit/")
    assert response.status_code == 200
    assert b"Classification" in response.content


def test_organisation_snippets_can_be_filtered_by_kind(editor_client):
    """The organisations listing offers a filter by kind and territory."""
    response = editor_client.get("/admin/snippets/practices/organisation/?kind=language_centre")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ballerup Sprogcenter" in html
    assert "Herlev Kommune" not in html
    assert Organisation.objects.filter(kind="language_centre").count() == 1
