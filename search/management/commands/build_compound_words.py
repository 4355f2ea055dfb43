"""Write the compound word lists (search/wordlists/<lang>.txt) from the portal's own vocabulary."""

from django.core.management.base import BaseCommand
from django.utils.html import strip_tags

from wagtail.models import Page

from modelsearch.index import SearchField

from portal.visibility import public_pages
from search.decompound import LANGUAGES, MIN_PART, wordlist_path
from search.models import Concept

from ...analysis import words


def _page_text(page):
    texts = []
    for field in page.get_search_fields():
        if isinstance(field, SearchField) and hasattr(page, field.field_name):
            value = getattr(page, field.field_name)
            if value:
                texts.append(strip_tags(str(value)))
    return " ".join(texts)


def vocabulary(code):
    """Lower-case words of the language's public pages and crosswalk terms."""
    found = set()
    for page in public_pages(Page.objects.filter(locale__language_code=code)).specific():
        found.update(word.lower() for word in words(_page_text(page)))
    for concept in Concept.objects.all():
        for term in concept.terms(code):
            found.update(word.lower() for word in words(term))
    return sorted(word for word in found if len(word) >= MIN_PART and word.isalpha())


class Command(BaseCommand):
    help = "Build the German, Danish and Swedish compound word lists from the indexed content."

    def handle(self, *args, **options):
        for code in LANGUAGES:
            listed = vocabulary(code)
            path = wordlist_path(code)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(listed) + "\n", encoding="utf-8")
            self.stdout.write(f"{code}: {len(listed)} words -> {path}")
