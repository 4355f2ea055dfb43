from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search.features import FEATURES, without
from search.relevance.measure import TOP, evaluate, summary


class Command(BaseCommand):
    help = (
        "Print recall@5 and MRR of the search relevance set on the configured search engine, "
        "overall and per language; with --without, with search features switched off; "
        "with --ablation, once with all features and once without each."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--verbose-misses", action="store_true", help="List the queries that miss."
        )
        parser.add_argument(
            "--without",
            action="append",
            default=[],
            metavar="FEATURE",
            help=f"Switch a feature off (repeatable): {', '.join(FEATURES)}.",
        )
        parser.add_argument(
            "--ablation",
            action="store_true",
            help="One line per feature switched off, next to the figures with all on.",
        )

    def handle(self, *args, **options):
        unknown = set(options["without"]) - set(FEATURES)
        if unknown:
            raise CommandError(f"Unknown features: {', '.join(sorted(unknown))}")
        backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
        self.stdout.write(f"engine: {backend}")
        if options["ablation"]:
            self._ablation()
            return
        with without(*options["without"]):
            recall, mrr, scores = evaluate()
        if options["without"]:
            self.stdout.write(f"without: {', '.join(options['without'])}")
        self.stdout.write(f"queries: {len(scores)}")
        self.stdout.write(f"recall@{TOP}: {recall:.3f}")
        self.stdout.write(f"MRR: {mrr:.3f}")
        for code, (count, language_recall, language_mrr) in summary(scores).items():
            self.stdout.write(
                f"  {code}: {count} queries, recall@{TOP} {language_recall:.3f}, "
                f"MRR {language_mrr:.3f}"
            )
        for item in scores:
            if item.recall < 1 and (options["verbose_misses"] or options["verbosity"] > 1):
                query = item.query
                self.stdout.write(
                    f"  miss [{query['language']}] {query['q']!r}: expected {query['expect']}, got {item.found}"
                )

    def _ablation(self):
        rows = [("all features", ())] + [(f"without {name}", (name,)) for name in FEATURES]
        languages = None
        for label, off in rows:
            with without(*off):
                recall, mrr, scores = evaluate()
            by_language = summary(scores)
            if languages is None:
                languages = list(by_language)
                header = " | ".join(f"{code} R@{TOP} / MRR" for code in languages)
                self.stdout.write(f"| | R@{TOP} | MRR | {header} |")
            cells = " | ".join(
                f"{by_language[code][1]:.3f} / {by_language[code][2]:.3f}" for code in languages
            )
            self.stdout.write(f"| {label} | {recall:.3f} | {mrr:.3f} | {cells} |")
