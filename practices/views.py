from django.shortcuts import render
from django.utils.translation import gettext as _

from portal.localization import active_locale, in_locale_or_default
from portal.visibility import public_pages

from .models import PracticeIndexPage, PracticePage
from .presentation import case_details, decorate_cards

MIN_COMPARE, MAX_COMPARE = 2, 4


def compare(request):
    """Two to four cases side by side: ``?practices=slug-a,slug-b``.

    The compare checkboxes of the listing submit repeated ``practices``
    parameters; both forms are accepted.
    """
    raw = ",".join(request.GET.getlist("practices"))
    slugs = []
    for slug in (part.strip()[:100] for part in raw.replace("\x00", "").split(",")):
        if slug and slug not in slugs:
            slugs.append(slug)
    messages = []
    if len(slugs) > MAX_COMPARE:
        messages.append(
            _("At most %(n)d cases can be compared; the first %(n)d are shown.")
            % {"n": MAX_COMPARE}
        )
        slugs = slugs[:MAX_COMPARE]
    locale = active_locale()
    found = {
        page.slug: page
        for page in in_locale_or_default(public_pages(PracticePage.objects.all()), locale)
        .filter(slug__in=slugs)
        .select_related("territory", "locale")
        .prefetch_related("target_groups", "indicators", "methods", "phases")
    }
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        messages.append(
            _("No published case has the address %(slugs)s; it is left out.")
            % {"slugs": ", ".join(missing)}
        )
    practices = decorate_cards([found[slug] for slug in slugs if slug in found], locale)
    columns = []
    for practice in practices:
        details = case_details(practice, request, with_related=False)
        columns.append({"practice": practice, **details})
    if len(columns) < MIN_COMPARE:
        messages.append(_("Choose at least two cases to compare them side by side."))
    index = in_locale_or_default(PracticeIndexPage.objects.live(), locale).first()
    status = 200
    return render(
        request,
        "practices/compare.html",
        {
            "columns": columns if len(columns) >= MIN_COMPARE else [],
            "chosen": columns,
            "compare_messages": messages,
            "practices_index": index,
        },
        status=status,
    )
