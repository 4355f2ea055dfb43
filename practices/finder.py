"""The methods catalogue as a finder: facets with counts on the catalogue, and a
guided finder that ranks methods for a practitioner's situation.

Facet values are stable identifiers, the same in every language: phase keys,
translation keys of target groups and territories, and the codes of evidence,
cost and duration bands. So ``/it/methods/?phase=placement`` and
``/en/methods/?phase=placement`` select the same methods. Methods are few (tens,
not thousands), so facets are counted in Python over one classified list built
with a fixed number of queries.
"""

from dataclasses import dataclass, field

from django import forms
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from portal.listing import Filter, FilterSet, code_vocabulary
from portal.localization import active_locale, in_locale_or_default
from portal.visibility import public_pages

from .models import (
    CostBand,
    DurationBand,
    EvidenceLevel,
    MethodPage,
    PhasePage,
    PracticePage,
    TargetGroup,
    TerritoryPage,
)
from .models.profiles import profiles_for
from .presentation import catalogue, decorate_cards


@dataclass
class Classified:
    """A method of the catalogue (in the visitor's language) with its facet values."""

    method: MethodPage
    values: dict = field(default_factory=dict)  # facet -> set of identifiers


def vocabularies(locale):
    """Facet -> {identifier: label in the locale}, in display order."""
    phases = dict(
        in_locale_or_default(PhasePage.objects.live(), locale)
        .order_by("sort_order")
        .values_list("key", "title")
    )
    groups = {}
    for key, name, locale_id in TargetGroup.objects.order_by("sort_order").values_list(
        "translation_key", "name", "locale_id"
    ):
        if str(key) not in groups or locale_id == locale.pk:
            groups[str(key)] = name
    territories = {
        str(key): title
        for key, title in in_locale_or_default(TerritoryPage.objects.live(), locale)
        .order_by("title")
        .values_list("translation_key", "title")
    }
    return {
        "phase": phases,
        "target_group": groups,
        "evidence": dict(EvidenceLevel.choices),
        "origin": territories,
        "cost": dict(CostBand.choices),
        "duration": dict(DurationBand.choices),
    }


def classify(locale=None):
    """Every method of the catalogue with the identifiers it has in each facet.

    Relations point at the default-locale originals (see portal.localization), so
    phases and target groups are read from the originals, whatever the locale."""
    locale = locale or active_locale()
    methods = catalogue(locale)
    relations = _relations(methods, locale)
    profiles = profiles_for(methods)
    result = []
    for method in methods:
        # The default-locale original's relations, the method's own where it has none.
        values = relations["original"].get(method.translation_key) or relations["own"].get(
            method.pk, _empty_relations()
        )
        profile = profiles.get(method.pk)
        method.profile = profile
        result.append(
            Classified(
                method,
                {
                    "phase": values["phase"],
                    "target_group": values["target_group"],
                    "evidence": {method.evidence_level},
                    "origin": values["origin"],
                    "cost": {profile.cost_band if profile else CostBand.NOT_REPORTED},
                    "duration": {profile.duration_band if profile else DurationBand.NOT_REPORTED},
                },
            )
        )
    return result


def _empty_relations():
    return {"phase": set(), "target_group": set(), "origin": set()}


def _relations(methods, locale):
    """The live phases' keys, target groups' and origin territory's translation keys
    of the methods' live default-locale originals (by translation key) and of the
    methods themselves (by pk), in one query over the joined relations."""
    from django.db.models import Q

    default = locale.get_default()
    rows = (
        MethodPage.objects.live()
        .filter(
            Q(translation_key__in=[m.translation_key for m in methods], locale=default)
            | Q(pk__in=[m.pk for m in methods])
        )
        .order_by()
        .values_list(
            "pk",
            "translation_key",
            "locale_id",
            "origin_territory__translation_key",
            "phases__key",
            "phases__live",
            "target_groups__translation_key",
        )
    )
    relations = {"original": {}, "own": {}}
    for pk, key, locale_id, origin, phase, phase_live, group in rows:
        entries = [relations["own"].setdefault(pk, _empty_relations())]
        if locale_id == default.pk:
            entries.append(relations["original"].setdefault(key, _empty_relations()))
        for values in entries:
            if origin:
                values["origin"].add(str(origin))
            if phase is not None and phase_live:
                values["phase"].add(phase)
            if group:
                values["target_group"].add(str(group))
    return relations


def method_filters():
    """The catalogue's facets, declared on the portal's listing layer."""
    from .listing import phase_vocabulary, target_group_vocabulary, territory_vocabulary

    return [
        Filter("phase", gettext_lazy("Phase"), vocabulary=phase_vocabulary),
        Filter("target_group", gettext_lazy("Target group"), vocabulary=target_group_vocabulary),
        Filter(
            "evidence",
            gettext_lazy("Evidence"),
            vocabulary=lambda locale: code_vocabulary(EvidenceLevel.choices),
        ),
        Filter("origin", gettext_lazy("Origin territory"), vocabulary=territory_vocabulary),
        Filter(
            "cost",
            gettext_lazy("Cost band"),
            vocabulary=lambda locale: code_vocabulary(CostBand.choices),
        ),
        Filter(
            "duration",
            gettext_lazy("Duration"),
            vocabulary=lambda locale: code_vocabulary(DurationBand.choices),
        ),
    ]


class MethodFacets:
    """``MethodFacets(request.GET, locale).context()``: the catalogue's matching methods
    and facet counts. Methods are few, so they are classified once and counted in Python."""

    def __init__(self, params, locale=None, strict=False):
        params = getattr(params, "GET", params)  # a request is accepted too
        self.locale = locale or active_locale()
        self.filterset = FilterSet(method_filters(), self.locale)
        self.selection = self.filterset.parse(params, strict=strict)
        self.items = classify(self.locale)

    def results(self):
        return [
            item.method
            for item in self.items
            if self.filterset.matches(item.values, self.selection)
        ]

    def facets(self):
        return self.filterset.facets_from_items(
            [item.values for item in self.items], self.selection
        )

    def context(self):
        return {
            "methods": self.results(),
            "facets": self.facets(),
            "unknown_filters": self.selection.unknown,
            "is_filtered": bool(self.selection.values),
            "method_total": len(self.items),
        }


# -- the guided finder -------------------------------------------------------------
class Need:
    EVIDENCE = "evidence"
    COSTS = "costs"
    SHORT = "short"
    TRIED = "tried"

    CHOICES = [
        (EVIDENCE, gettext_lazy("Evidence that it works")),
        (COSTS, gettext_lazy("Known staff and costs")),
        (SHORT, gettext_lazy("Something short (up to six months)")),
        (TRIED, gettext_lazy("Tried in several cases")),
    ]


class FinderForm(forms.Form):
    group = forms.ChoiceField(label=gettext_lazy("Who do you work with?"), required=False)
    phase = forms.ChoiceField(label=gettext_lazy("Which phase are you in?"), required=False)
    need = forms.MultipleChoiceField(
        label=gettext_lazy("What do you need?"),
        required=False,
        choices=Need.CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, vocabularies, **kwargs):
        super().__init__(*args, **kwargs)
        anyone = [("", _("Anyone"))]
        self.fields["group"].choices = anyone + list(vocabularies["target_group"].items())
        self.fields["phase"].choices = [("", _("Any phase"))] + list(vocabularies["phase"].items())

    def clean(self):
        data = super().clean()
        if not self.errors and not (data.get("group") or data.get("phase") or data.get("need")):
            raise forms.ValidationError(
                _("Choose who you work with, a phase or what you need."), code="empty"
            )
        return data


def _cases_by_method(locale):
    """Method translation key -> cases using it (visitor's language), and each
    case's target-group keys; a fixed number of queries."""
    cases = decorate_cards(
        in_locale_or_default(public_pages(PracticePage.objects.all()), locale)
        .select_related("territory", "locale")
        .prefetch_related("target_groups", "methods")
        .order_by("title"),
        locale,
    )
    by_method = {}
    for case in cases:
        case.group_keys = {str(group.translation_key) for group in case.target_groups.all()}
        for method in case.methods.all():
            by_method.setdefault(method.translation_key, []).append(case)
    return by_method


def rank(items, group, phase, needs, vocab, cases_by_method):
    """Score each method for the answers; return the fitting ones, best first, each
    with the reasons it fits and the cases that used it."""
    answers = []
    for item in items:
        method = item.method
        cases = cases_by_method.get(method.translation_key, [])
        score, reasons = 0, []
        matched = False
        if phase and phase in item.values["phase"]:
            score += 3
            matched = True
            reasons.append(_("serves the phase “%(phase)s”") % {"phase": vocab["phase"][phase]})
        if group:
            name = vocab["target_group"][group]
            if group in item.values["target_group"]:
                score += 3
                matched = True
                reasons.append(_("made for %(group)s") % {"group": name})
            with_group = [case for case in cases if group in case.group_keys]
            if with_group:
                score += len(with_group)
                matched = True
                reasons.append(
                    ngettext(
                        "used with %(group)s in %(count)d case",
                        "used with %(group)s in %(count)d cases",
                        len(with_group),
                    )
                    % {"group": name, "count": len(with_group)}
                )
            # Cases with the visitor's group first: they are the most telling.
            cases = sorted(cases, key=lambda case: group not in case.group_keys)
        if (group or phase) and not matched:
            continue
        profile = method.profile
        if Need.EVIDENCE in needs:
            score += method.evidence_rank - 1
            reasons.append(
                _("evidence: %(level)s") % {"level": method.get_evidence_level_display()}
            )
        if Need.COSTS in needs and profile is not None and (profile.costs or profile.total_fte):
            score += 2
            reasons.append(_("staff and costs are reported"))
        if (
            Need.SHORT in needs
            and profile is not None
            and profile.duration_band == DurationBand.SHORT
        ):
            score += 2
            reasons.append(_("runs up to six months"))
        if Need.TRIED in needs and len(cases) > 1:
            score += len(cases)
            reasons.append(
                ngettext("tried in %(count)d case", "tried in %(count)d cases", len(cases))
                % {"count": len(cases)}
            )
        answers.append({"method": method, "score": score, "reasons": reasons, "cases": cases})
    answers.sort(
        key=lambda answer: (-answer["score"], -len(answer["cases"]), answer["method"].title)
    )
    return answers


def finder_view(request, index_page):
    """``/<lang>/methods/finder/?group=..&phase=..&need=..``: a plain GET form whose
    answer is a shareable address; unknown values answer 400 with the form's message."""
    locale = active_locale()
    vocab = vocabularies(locale)
    context = {"page": index_page, "self": index_page, "answers": None}
    if not request.GET:
        context["form"] = FinderForm(vocabularies=vocab)
        return TemplateResponse(request, "practices/method_finder.html", context)
    form = FinderForm(request.GET, vocabularies=vocab)
    context["form"] = form
    if not form.is_valid():
        return TemplateResponse(request, "practices/method_finder.html", context, status=400)
    data = form.cleaned_data
    answers = rank(
        classify(locale),
        data["group"],
        data["phase"],
        set(data["need"]),
        vocab,
        _cases_by_method(locale),
    )
    context.update(
        answers=answers,
        chosen_group=vocab["target_group"].get(data["group"], ""),
        chosen_phase=vocab["phase"].get(data["phase"], ""),
    )
    return TemplateResponse(request, "practices/method_finder.html", context)
