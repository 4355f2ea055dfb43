"""The "latest cases" block of the home page."""

from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext as _

from portal.localization import in_locale_or_default
from portal.models import register_home_section
from portal.visibility import public_pages

from .models import PracticeIndexPage, PracticePage
from .presentation import decorate_cards


@register_home_section
def latest_cases(home, request):
    """The newest cases, those of the territories that work in the home page's
    language first: a Danish visitor meets Herlev, a German one Glarus and Solothurn."""
    own_language = Case(
        When(territory__main_language=home.locale.language_code, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    cases = (
        in_locale_or_default(public_pages(PracticePage.objects.all()), home.locale)
        .select_related("territory", "locale")
        .prefetch_related("target_groups")
        .annotate(own_language=own_language)
        .order_by("own_language", "-first_published_at")[:3]
    )
    index = PracticeIndexPage.objects.live().filter(locale=home.locale).first()
    return {
        "title": _("Latest cases"),
        "template": "practices/includes/case_cards.html",
        "items": decorate_cards(cases, home.locale),
        "more_url": index.get_url(request) if index else "",
        "more_label": _("All cases"),
    }
