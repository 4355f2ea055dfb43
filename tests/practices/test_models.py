"""Case, method and indicator models: rules, computed values, page-type tree."""

from decimal import Decimal

from django.core.exceptions import ValidationError

from wagtail.test.utils import WagtailPageTestCase

import pytest

from practices.models import (
    MethodIndexPage,
    MethodPage,
    OutcomeIndicator,
    PhasePage,
    PracticeIndexPage,
    PracticePage,
    ReferenceModelPage,
    TerritoryPage,
)


class TestPageTree(WagtailPageTestCase):
    def test_cases_live_under_territories_only(self):
        """A case can only be created under a territory, and has no children."""
        self.assertAllowedParentPageTypes(PracticePage, {TerritoryPage})
        self.assertAllowedSubpageTypes(PracticePage, set())

    def test_territories_live_under_the_practices_index(self):
        """Territories sit under the practices index and hold cases."""
        self.assertAllowedParentPageTypes(TerritoryPage, {PracticeIndexPage})
        self.assertAllowedSubpageTypes(TerritoryPage, {PracticePage})
        self.assertAllowedSubpageTypes(PracticeIndexPage, {TerritoryPage})

    def test_methods_live_in_the_catalogue(self):
        """Methods are children of the methods catalogue only."""
        self.assertAllowedParentPageTypes(MethodPage, {MethodIndexPage})
        self.assertAllowedSubpageTypes(MethodIndexPage, {MethodPage})

    def test_phases_live_under_the_reference_model(self):
        """Phases are children of the reference model page."""
        self.assertAllowedParentPageTypes(PhasePage, {ReferenceModelPage})


def test_share_is_computed_from_the_denominator():
    """17 of 93 is shown as 18%."""
    indicator = OutcomeIndicator(label="Into jobs", value=Decimal("17"), denominator=Decimal("93"))
    assert indicator.share == 18
    assert OutcomeIndicator(label="People", value=Decimal("93")).share is None


def test_indicator_value_cannot_exceed_its_total():
    """An indicator of 120 out of 93 is rejected with a clear message."""
    indicator = OutcomeIndicator(label="Into jobs", value=Decimal("120"), denominator=Decimal("93"))
    with pytest.raises(ValidationError) as error:
        indicator.clean()
    assert "cannot exceed" in str(error.value)


def test_indicator_total_must_be_positive():
    """A total of zero is rejected."""
    with pytest.raises(ValidationError):
        OutcomeIndicator(label="x", value=Decimal("0"), denominator=Decimal("0")).clean()


def test_end_year_before_start_year_is_rejected():
    """A case cannot end before it starts."""
    page = PracticePage(title="x", slug="x", start_year=2020, end_year=2019)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "end_year" in error.value.message_dict


def test_period_labels():
    """Periods read as a range, a single year or 'since'."""
    assert PracticePage(start_year=2015, end_year=2016).period_label == "2015–2016"
    assert PracticePage(start_year=2012, ongoing=True).period_label == "since 2012"
    assert PracticePage(end_year=2010).period_label == "2010"


def test_case_territory_is_taken_from_its_parent(locales):
    """A case's territory field follows the territory page it is created under."""
    herlev = TerritoryPage.objects.get(slug="herlev", locale=locales["en"])
    case = PracticePage.objects.get(slug="ip-integration-partnership", locale=locales["en"])
    assert case.territory_id == herlev.pk
    danish = PracticePage.objects.get(slug="ip-integration-partnership", locale=locales["da"])
    assert danish.territory.locale == locales["da"]


def test_initial_content_has_every_territory_and_case(locales):
    """Seven territories, seven or more cases, 15+ methods, each case translated."""
    assert TerritoryPage.objects.filter(locale=locales["en"]).count() == 7
    cases = PracticePage.objects.live().filter(locale=locales["en"])
    assert cases.count() >= 7
    assert MethodPage.objects.live().filter(locale=locales["en"]).count() >= 15
    for case in cases:
        original = case.original_language
        assert case.get_translation_or_none(locales[original]) is not None, case.slug
    assert {c.territory.slug for c in cases} == {
        "monza-brianza",
        "como",
        "mantova",
        "herlev",
        "sodertalje",
        "glarus",
        "solothurn",
    }


def test_initial_content_names_no_private_person():
    """No staff name or personal e-mail from the sources reaches the content."""
    import inspect

    from practices.initial_data import cases, methods, territories

    text = "".join(inspect.getsource(module) for module in (cases, methods, territories))
    for name in ["Hertel", "Clausen", "Nylund", "Magnusson", "Baraka", "@herlev.dk"]:
        assert name not in text
