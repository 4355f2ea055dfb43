"""``localize_queryset``: the same objects as ``localize``, read in one query."""

from wagtail.models import PageViewRestriction

import pytest

from portal.localization import localize, localize_queryset
from portal.memo import close_memo, open_memo
from portal.request_memo import page_view_restrictions
from practices.models import MethodPage


@pytest.fixture
def step_model(locales):
    return MethodPage.objects.get(slug="step-model", locale=locales["en"])


def test_pages_in_order_with_translations_in_one_query(
    step_model, locales, django_assert_num_queries
):
    """The phases of a method in German: the German translations in the phase order."""
    phases = step_model.phases.live().order_by("sort_order")
    expected = localize(list(phases), locales["de"])
    assert len(expected) >= 2
    assert any(phase.locale_id == locales["de"].pk for phase in expected)
    token = open_memo()  # as in a request, which reads the view restrictions once
    try:
        page_view_restrictions()
        with django_assert_num_queries(1):
            found = localize_queryset(phases, locales["de"])
            assert [phase.locale.language_code for phase in found]  # locale read along
    finally:
        close_memo(token)
    assert [phase.pk for phase in found] == [phase.pk for phase in expected]


def test_a_translation_behind_a_login_is_not_swapped_in(step_model, locales):
    phases = step_model.phases.live().order_by("sort_order")
    first = list(phases)[0]
    german = first.get_translation(locales["de"])
    PageViewRestriction.objects.create(page=german, restriction_type=PageViewRestriction.LOGIN)
    found = localize_queryset(phases, locales["de"])
    assert found[0].pk == first.pk
    assert [phase.pk for phase in found] == [
        phase.pk for phase in localize(list(phases), locales["de"])
    ]


def test_snippets_fall_back_to_the_original_without_a_translation(step_model, locales):
    """Target groups in Danish; one whose Danish translation is gone stays English."""
    groups = step_model.target_groups.all()
    originals = list(groups)
    assert originals
    originals[0].get_translation(locales["da"]).delete()
    found = localize_queryset(groups, locales["da"])
    assert found[0].pk == originals[0].pk
    assert [group.pk for group in found] == [
        group.pk for group in localize(originals, locales["da"])
    ]
    assert all(group.locale_id == locales["da"].pk for group in found[1:])
