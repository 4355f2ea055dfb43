"""How cases, methods and phases appear in the public API (``/api/v2/``).

Only what a visitor can read on the page is serialised: relations are
limited to live pages, people are never named, editor data never appears.
"""

from wagtail.rich_text import expand_db_html

from rest_framework import serializers

from portal.sources import source_data


class RichTextSerializer(serializers.Field):
    """Rich text as the HTML a browser renders, with internal links resolved."""

    def to_representation(self, value):
        return expand_db_html(value or "")


class ChoiceSerializer(serializers.Field):
    """A choice field as its stable code and its label in the request's language."""

    def __init__(self, choices, **kwargs):
        self.choices = dict(choices)
        super().__init__(**kwargs)

    def to_representation(self, value):
        if not value:
            return None
        return {"code": value, "label": str(self.choices.get(value, value))}


class PageReferenceSerializer(serializers.Field):
    """Related pages as id, title, slug and address; only the live ones."""

    def __init__(self, extra=(), **kwargs):
        self.extra = extra
        super().__init__(**kwargs)

    def _one(self, page):
        data = {"id": page.pk, "title": page.title, "slug": page.slug}
        for name in self.extra:
            data[name] = getattr(page, name)
        data["html_url"] = page.get_full_url(self.context.get("request"))
        return data

    def to_representation(self, value):
        if value is None:
            return None
        if hasattr(value, "all"):
            return [self._one(page) for page in value.all() if page.live]
        return self._one(value) if value.live else None


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
    cited_source = serializers.SerializerMethodField()

    def get_cited_source(self, indicator):
        if indicator.cited_source is None:
            return None
        return source_data(indicator.cited_source, request=self.context.get("request"))


class KeyFigureSerializer(serializers.Serializer):
    label = serializers.CharField()
    value = serializers.DecimalField(max_digits=14, decimal_places=2, coerce_to_string=False)
    unit = serializers.CharField()
    currency = serializers.CharField()
    year = serializers.IntegerField(allow_null=True)
    period = serializers.CharField()
    covers = serializers.CharField()
    source = serializers.SerializerMethodField()
    passage = serializers.CharField()

    def get_source(self, figure):
        if figure.cited_source is None:
            return None
        return source_data(figure.cited_source, request=self.context.get("request"))


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
