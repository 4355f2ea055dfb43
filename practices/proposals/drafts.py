"""Turn a valid proposal into a draft case in moderation."""

from django.db import transaction
from django.utils.html import linebreaks
from django.utils.text import slugify

from wagtail.models import Locale

from portal.localization import localize

from ..models import (
    CaseProposal,
    Organisation,
    OutcomeIndicator,
    PracticeOrganisation,
    PracticePage,
)


def _in_default_locale(objects):
    """Relations point at the default-language objects, like the initial content's."""
    return localize(objects, Locale.get_default())


def _unique_slug(parent, title):
    base = slugify(title)[:70] or "proposed-case"
    slug, number = base, 1
    while parent.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _paragraphs(text):
    # linebreaks() escapes with autoescape=True: a proposer's HTML stays text.
    return linebreaks(text, autoescape=True)


class AlreadyReceived(Exception):
    """This submission already became a draft; carries its ``CaseProposal``."""

    def __init__(self, proposal):
        super().__init__(proposal)
        self.proposal = proposal


@transaction.atomic
def create_draft(data, indicators, submission_key=None):
    """A draft (never live) case under the chosen territory, submitted to moderation.

    Returns the page. Everything happens in one transaction: a failure leaves
    nothing behind. Raises ``AlreadyReceived`` if ``submission_key`` already
    made a draft.
    """
    territory = data["territory"]
    # A retry of the same form: on SQLite no other writer runs between this check and
    # the insert (IMMEDIATE transaction); on PostgreSQL a concurrent twin fails on the
    # unique submission_key and the view answers with the first one.
    earlier = CaseProposal.objects.filter(submission_key=submission_key).first()
    if submission_key and earlier:
        raise AlreadyReceived(earlier)
    page = PracticePage(
        title=data["title"],
        slug=_unique_slug(territory, data["title"]),
        listing_summary=data["summary"],
        start_year=data["start_year"],
        end_year=data.get("end_year"),
        ongoing=data.get("ongoing", False),
        problem=_paragraphs(data["description"]),
        success_factors=_paragraphs(data["results"]) if data.get("results") else "",
        original_language=territory.locale.language_code[:2],
        live=False,
    )
    territory.add_child(instance=page)
    page.target_groups.set(_in_default_locale(data["target_groups"]))
    page.methods.set(_in_default_locale(data["methods"]))
    # A new organisation stays off public pages until its case is published.
    organisation, _created = Organisation.objects.get_or_create(
        name=data["organisation"].strip(),
        territory=_in_default_locale([territory])[0],
        defaults={"kind": data["organisation_kind"], "is_public": False},
    )
    page.organisation_roles.add(
        PracticeOrganisation(organisation=organisation, role=data.get("organisation_role", ""))
    )
    for number, row in enumerate(indicators):
        page.indicators.add(
            OutcomeIndicator(
                label=row["label"],
                value=row["value"],
                denominator=row.get("denominator"),
                unit=row.get("unit", ""),
                source="Proposal form",
                sort_order=number,
            )
        )
    page.save()
    revision = page.save_revision(log_action=True)
    CaseProposal.objects.create(
        page=page,
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
        contact_organisation=data["contact_organisation"],
        results_text=data.get("results", ""),
        submission_key=submission_key,
    )
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, None)
    return page, revision
