"""What a subscription follows: validating a filter when subscribing, and finding
the items published since it was confirmed. Case filters are the case listing's
own (``practices.listing``), so an alert holds exactly what the listing shows."""

import uuid

from django.http import QueryDict
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from wagtail.models import Locale

from practices.listing import PracticeListing
from workshops.models import WorkshopReportPage, WorkshopSeriesPage

from .models import Kind

IGNORED = {"page", "sort"}


class FilterError(ValueError):
    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


def _listing(query):
    return PracticeListing(QueryDict(query))


def case_filter(params):
    """``(normalised query, description)`` for the listing parameters ``params``;
    FilterError naming the values the listing does not know."""
    params = params.copy()
    for name in IGNORED | {"series"}:
        params.pop(name, None)
    listing = _listing(params.urlencode())
    if listing.unknown:
        raise FilterError(
            [
                _("“%(value)s” is not a known value for %(label)s.")
                % {"value": value, "label": label}
                for label, value in listing.unknown
                if str(label) != _("Sort order")
            ]
            or [_("This filter is not valid.")]
        )
    pairs, labels = [], []
    for name, value, filter_label, value_label in listing.chosen():
        pairs.append((name, value))
        labels.append(f"{filter_label}: {value_label}")
    if listing.query:
        pairs.append(("q", listing.query))
        labels.append(f"{_('Words')}: {listing.query}")
    return urlencode(pairs), "; ".join(labels) or _("All cases")


def series_for(key, language):
    """The workshop series with translation key ``key`` in ``language`` (or its original)."""
    try:
        key = uuid.UUID(str(key))
    except ValueError:
        return None
    pages = WorkshopSeriesPage.objects.live().public().filter(translation_key=key)
    return (
        pages.filter(locale__language_code=language).first()
        or pages.filter(locale=Locale.get_default()).first()
    )


def new_items(subscription):
    """Live pages the subscription matches, published since it was confirmed and
    not sent to it yet, oldest first."""
    if not subscription.is_confirmed:
        return []
    with translation.override(subscription.language):
        if subscription.kind == Kind.SERIES:
            series = series_for(subscription.series_key, subscription.language)
            if series is None:
                return []
            pages = WorkshopReportPage.objects.child_of(series).live().public()
        else:
            pages = _listing(subscription.query).all_results()
        sent = subscription.sent.values("page_id")
        return list(
            pages.filter(first_published_at__gte=subscription.confirmed_at)
            .exclude(pk__in=sent)
            .order_by("first_published_at", "pk")
        )
