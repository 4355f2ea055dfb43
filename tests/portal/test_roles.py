"""Coordinators work on their own territory only; publishing goes through moderation."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.permissions import policy_registry

import pytest

from practices.models import PracticePage, TerritoryPage
from workshops.models import WorkshopSeriesPage

PDF = b"%PDF-1.4\n%%EOF\n"
document_policy = policy_registry.get_by_type(get_document_model())


def _user(name, *groups):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def herlev_coordinator(db):
    return _user("herlev", "Coordinators: Herlev")


@pytest.fixture
def moderator(db):
    return _user("moderator", "Moderators")


def test_groups_exist():
    """Editors, Moderators and one coordinator group per territory are created."""
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Moderators"} <= names
    for title in [
        "Herlev",
        "Monza e Brianza",
        "Como",
        "Mantua",
        "Södertälje",
        "Glarus",
        "Solothurn",
    ]:
        assert f"Coordinators: {title}" in names


def test_herlev_coordinator_can_edit_herlev_but_not_publish(herlev_coordinator, locales):
    """Own territory: add and edit, in every locale; publishing is left to moderators."""
    case = PracticePage.objects.get(slug="ip-integration-partnership", locale=locales["da"])
    permissions = case.permissions_for_user(herlev_coordinator)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    territory = TerritoryPage.objects.get(slug="herlev", locale=locales["en"])
    assert territory.permissions_for_user(herlev_coordinator).can_add_subpage()


def test_herlev_coordinator_cannot_touch_monza(herlev_coordinator, locales, client):
    """No edit, publish or delete on Monza's case or workshop series, in the admin either."""
    monza_case = PracticePage.objects.get(slug="servizi-in-rete", locale=locales["en"])
    series = WorkshopSeriesPage.objects.get(locale=locales["en"])
    for page in (monza_case, series):
        permissions = page.permissions_for_user(herlev_coordinator)
        assert not permissions.can_edit()
        assert not permissions.can_publish()
        assert not permissions.can_delete()
    client.force_login(herlev_coordinator)
    response = client.get(f"/admin/pages/{monza_case.pk}/edit/")
    assert response.status_code in (302, 403)
    response = client.post(f"/admin/pages/{monza_case.pk}/delete/")
    assert response.status_code in (302, 403)
    assert PracticePage.objects.filter(pk=monza_case.pk).exists()


def test_monza_coordinator_can_edit_the_monza_series(locales):
    """The series of a territory is open to that territory's coordinators."""
    user = _user("monza", "Coordinators: Monza e Brianza")
    series = WorkshopSeriesPage.objects.get(locale=locales["en"])
    assert series.permissions_for_user(user).can_edit()
    assert series.permissions_for_user(user).can_add_subpage()


def test_coordinator_documents_stay_in_their_collection(herlev_coordinator):
    """A Herlev coordinator may upload to Herlev's collection, not change Monza's documents."""
    Document = get_document_model()
    herlev = Collection.objects.get(name="Herlev")
    assert herlev in document_policy.collections_user_has_permission_for(herlev_coordinator, "add")
    monza_document = Document.objects.filter(collection__name="Monza e Brianza").first()
    assert monza_document is not None
    assert not document_policy.user_has_permission_for_instance(
        herlev_coordinator, "change", monza_document
    )
    assert not document_policy.user_has_permission_for_instance(
        herlev_coordinator, "delete", monza_document
    )
    monza = Collection.objects.get(name="Monza e Brianza")
    assert monza not in document_policy.collections_user_has_permission_for(
        herlev_coordinator, "add"
    )


def test_moderation_workflow_is_enforced(herlev_coordinator, moderator, locales):
    """A coordinator's new case waits as a draft until a moderator approves it."""
    territory = TerritoryPage.objects.get(slug="herlev", locale=locales["en"])
    case = PracticePage(
        title="Language cafe at the jobcentre",
        slug="language-cafe",
        locale=locales["en"],
        live=False,
    )
    territory.add_child(instance=case)
    revision = case.save_revision(user=herlev_coordinator)
    workflow = case.get_workflow()
    assert workflow is not None and workflow.name == "Moderation"
    state = workflow.start(case, herlev_coordinator)
    case.refresh_from_db()
    assert not case.live
    task_state = state.current_task_state
    task = task_state.task.specific
    assert not case.permissions_for_user(herlev_coordinator).can_publish()
    assert not task.get_actions(case, herlev_coordinator)  # cannot approve their own case
    assert moderator in [user for group in task.groups.all() for user in group.user_set.all()]
    task.on_action(task_state, moderator, "approve")
    case.refresh_from_db()
    assert case.live
    assert case.live_revision_id == revision.pk
