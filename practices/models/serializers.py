"""How cases, methods and phases appear in the public API (``/api/v2/``).

Only what a visitor can read on the page is serialised: relations are
limited to live pages, people are never named, editor data never appears.
"""

from rest_framework import serializers

from portal.sources import source_data

from .profiles import profiles_for


class CitedSourceField(serializers.Field):
    """An item's ``cited_source`` as plain data (``portal.sources.source_data``), or None."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, item):
        if item.cited_source is None:
            return None
        return source_data(item.cited_source, request=self.context.get("request"))


class TargetGroupSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()


class OrganisationSerializer(serializers.Serializer):
    name = serializers.CharField()
    kind = serializers.CharField()
    website = serializers.URLField()


class ModelVersionSerializer(serializers.Serializer):
    version = serializers.CharField()
    released_on = serializers.DateField()


class OrganisationRoleSerializer(serializers.Serializer):
    name = serializers.CharField(source="organisation.name")
    kind = serializers.CharField(source="organisation.kind")
    role = serializers.CharField()


class IndicatorSerializer(serializers.Serializer):
    label = serializers.CharField()
    value = serializers.DecimalField(max_digits=14, decimal_places=2, coerce_to_string=False)
    unit = serializers.CharField()
    denominator = serializers.DecimalField(
        max_digits=14, decimal_places=2, coerce_to_string=False, allow_null=True
    )
    share_percent = serializers.IntegerField(source="share", allow_null=True)
    population = serializers.CharField()
    period = serializers.CharField()
    date = serializers.DateField(allow_null=True)
    source = serializers.CharField()
    cited_source = CitedSourceField(source="*")


class KeyFigureSerializer(serializers.Serializer):
    label = serializers.CharField()
    value = serializers.DecimalField(max_digits=14, decimal_places=2, coerce_to_string=False)
    unit = serializers.CharField()
    currency = serializers.CharField()
    year = serializers.IntegerField(allow_null=True)
    period = serializers.CharField()
    covers = serializers.CharField()
    source = CitedSourceField(source="*")
    passage = serializers.CharField()


class AwardSerializer(serializers.Serializer):
    name = serializers.CharField()
    year = serializers.IntegerField()
    rank = serializers.CharField()


class CriticalNodeSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    from_actor = serializers.CharField()
    to_actor = serializers.CharField()
    risk = serializers.CharField()
    operating_mode = serializers.CharField()
    provenance = serializers.CharField()


class ProfileSerializer(serializers.Field):
    """A page's implementation and cost profile as plain data; ``null`` fields are
    "not reported". Given the page itself (``source="*"``), so a translation without
    its own profile serves the original's."""

    def to_representation(self, page):
        # A listing asks once for every page it serialises (constant queries);
        # the profiles are kept on the root serializer for the request.
        root = self.root
        cache = getattr(root, "_implementation_profiles", None)
        if cache is None or page.pk not in cache:
            many = isinstance(root, serializers.ListSerializer)
            siblings = root.instance if many else [page]
            pages = [item for item in siblings if isinstance(item, type(page))] or [page]
            cache = profiles_for(pages)
            root._implementation_profiles = cache
        return profile_data(cache.get(page.pk))


def profile_data(profile):
    """The profile as JSON-ready data (numbers as numbers, codes not labels)."""
    if profile is None:
        return None

    def text(value):
        return value or None

    return {
        "staff": [
            {
                "role": block.value["role"],
                "organisation": text(block.value.get("organisation")),
                "fte": _number(block.value.get("fte")),
            }
            for block in profile.staff
        ],
        "total_fte": _number(profile.total_fte),
        "duration": text(profile.duration),
        "duration_months": profile.duration_months,
        "duration_band": str(profile.duration_band),
        "intensity": text(profile.intensity),
        "preconditions": text(profile.preconditions),
        "training": text(profile.training),
        "partners": [
            {"name": block.value["name"], "contribution": text(block.value.get("contribution"))}
            for block in profile.partners
        ],
        "costs": [
            {
                "amount": _number(block.value["amount"]),
                "currency": block.value["currency"],
                "year": block.value.get("year"),
                "basis": block.value["basis"],
                "covers": text(block.value.get("covers")),
            }
            for block in profile.costs
        ],
        "cost_band": profile.cost_band,
        "targets": text(profile.targets),
        "effect_summary": text(profile.effect_summary),
        "effect_evidence_level": text(profile.effect_evidence_level),
        "source": text(profile.source),
    }


def _number(value):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
