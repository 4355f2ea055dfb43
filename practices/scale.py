"""Synthetic content for benchmarks and query-count tests.

Everything made here is marked ``is_synthetic`` (and titled "[Synthetic]", with
slugs starting "synthetic-"), so it stays out of every public route
(``portal.visibility.public_pages``) unless ``PORTAL_INCLUDE_SYNTHETIC`` is on, as it
is in the benchmarks, and can be removed with ``remove()``.
"""

import random

from django.db import transaction

from wagtail.models import Locale

from .models import (
    EvidenceLevel,
    MethodIndexPage,
    MethodPage,
    Organisation,
    OrganisationKind,
    OutcomeIndicator,
    PhasePage,
    PracticeIndexPage,
    PracticeOrganisation,
    PracticePage,
    TargetGroup,
    TerritoryPage,
)

PREFIX = "synthetic-"
LABEL = "[Synthetic]"
COUNTRIES = ["IT", "DK", "SE", "CH"]


def _add(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def generate(cases=100, territories=10, methods=20, seed=1):
    rng = random.Random(seed)
    locale = Locale.get_default()
    index = PracticeIndexPage.objects.get(locale=locale)
    catalogue = MethodIndexPage.objects.get(locale=locale)
    groups = list(TargetGroup.objects.filter(locale=locale))
    phases = list(PhasePage.objects.filter(locale=locale))
    start = TerritoryPage.objects.filter(is_synthetic=True).count()
    new_territories = []
    for number in range(start, start + territories):
        territory = _add(
            index,
            TerritoryPage(
                title=f"{LABEL} Territory {number}",
                slug=f"{PREFIX}territory-{number}",
                is_synthetic=True,
                country=COUNTRIES[number % len(COUNTRIES)],
                main_language="en",
                locale=locale,
            ),
        )
        Organisation.objects.create(
            name=f"{LABEL} Agency {number}",
            kind=OrganisationKind.ACCREDITED_AGENCY,
            territory=territory,
        )
        new_territories.append(territory)
    all_territories = new_territories or list(
        TerritoryPage.objects.filter(is_synthetic=True, locale=locale)
    )
    start = MethodPage.objects.filter(is_synthetic=True).count()
    new_methods = [
        _add(
            catalogue,
            MethodPage(
                title=f"{LABEL} Method {number}",
                slug=f"{PREFIX}method-{number}",
                is_synthetic=True,
                what_it_is="<p>A synthetic method for benchmarks.</p>",
                locale=locale,
            ),
        )
        for number in range(start, start + methods)
    ]
    all_methods = new_methods or list(MethodPage.objects.filter(slug__startswith=PREFIX))
    organisations = {
        org.territory_id: org for org in Organisation.objects.filter(territory__in=all_territories)
    }
    levels = list(EvidenceLevel.values)
    start = PracticePage.objects.filter(slug__startswith=PREFIX).count()
    for number in range(start, start + cases):
        territory = all_territories[number % len(all_territories)]
        year = 2005 + number % 20
        page = PracticePage(
            title=f"{LABEL} Case {number}",
            slug=f"{PREFIX}case-{number}",
            is_synthetic=True,
            listing_summary="A synthetic case generated for benchmarks.",
            start_year=year,
            end_year=year + rng.randint(0, 3),
            evidence_level=levels[number % len(levels)],
            locale=locale,
        )
        page.organisation_roles = [
            PracticeOrganisation(organisation=organisations[territory.pk], role="Lead")
        ]
        page.indicators = [
            OutcomeIndicator(label="Participants", value=100, unit="people"),
            OutcomeIndicator(label="Into jobs", value=rng.randint(1, 100), denominator=100),
        ]
        territory.add_child(instance=page)
        page.target_groups.set(rng.sample(groups, k=min(2, len(groups))))
        page.methods.set(rng.sample(all_methods, k=min(3, len(all_methods))))
        if phases:
            page.phases.set(rng.sample(phases, k=min(2, len(phases))))
        page.save_revision().publish()


@transaction.atomic
def remove():
    for model in (PracticePage, MethodPage, TerritoryPage):
        for page in model.objects.filter(is_synthetic=True):
            page.delete()
    Organisation.objects.filter(name__startswith=LABEL).delete()
