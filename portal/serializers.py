"""API field serialisers every content app uses (``/api/v2/``): rich text, choices, page references."""

from wagtail.rich_text import expand_db_html

from rest_framework import serializers


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
