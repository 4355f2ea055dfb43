from django.conf import settings
from django.core.management.base import BaseCommand

from search.relevance.measure import TOP, evaluate


class Command(BaseCommand):
    help = "Print recall@5 and MRR of the search relevance set on the configured search engine."

    def add_arguments(self, parser):
        parser.add_argument(
            "--verbose-misses", action="store_true", help="List the queries that miss."
        )

    def handle(self, *args, **options):
        backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
        recall, mrr, scores = evaluate()
        self.stdout.write(f"engine: {backend}")
        self.stdout.write(f"queries: {len(scores)}")
        self.stdout.write(f"recall@{TOP}: {recall:.3f}")
        self.stdout.write(f"MRR: {mrr:.3f}")
        by_language = {}
        for item in scores:
            by_language.setdefault(item.query["language"], []).append(item)
        for code, items in sorted(by_language.items()):
            language_recall = sum(item.recall for item in items) / len(items)
            language_mrr = sum(item.reciprocal_rank for item in items) / len(items)
            self.stdout.write(
                f"  {code}: {len(items)} queries, recall@{TOP} {language_recall:.3f}, "
                f"MRR {language_mrr:.3f}"
            )
        for item in scores:
            if item.recall < 1 and (options["verbose_misses"] or options["verbosity"] > 1):
                query = item.query
                self.stdout.write(
                    f"  miss [{query['language']}] {query['q']!r}: expected {query['expect']}, got {item.found}"
                )
