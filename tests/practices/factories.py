"""Factories for practices pages and snippets (wagtail-factories / factory_boy)."""

from wagtail.models import Locale

import factory
import wagtail_factories

from practices.models import (
    MethodPage,
    Organisation,
    OrganisationKind,
    OutcomeIndicator,
    PracticePage,
    TerritoryPage,
)


class TerritoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test territory {n}")
    slug = factory.Sequence(lambda n: f"test-territory-{n}")
    country = "IT"
    main_language = "it"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = TerritoryPage


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Test agency {n}")
    kind = OrganisationKind.ACCREDITED_AGENCY
    territory = factory.SubFactory(TerritoryPageFactory)

    class Meta:
        model = Organisation


class MethodPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test method {n}")
    slug = factory.Sequence(lambda n: f"test-method-{n}")
    what_it_is = "<p>A method used in tests.</p>"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = MethodPage


class PracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test case {n}")
    slug = factory.Sequence(lambda n: f"test-case-{n}")
    listing_summary = "A case used in tests."
    start_year = 2020
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = PracticePage


class OutcomeIndicatorFactory(factory.django.DjangoModelFactory):
    label = "Into jobs"
    value = 17
    denominator = 93
    page = factory.SubFactory(PracticePageFactory)

    class Meta:
        model = OutcomeIndicator
