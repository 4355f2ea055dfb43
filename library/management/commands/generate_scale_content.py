from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test.utils import override_settings

from library import scale as library_scale
from practices import scale
from workshops import scale as workshop_scale


class Command(BaseCommand):
    help = (
        "Create synthetic territories, methods, cases, workshop reports and library documents "
        "(titles start with '[Synthetic]') "
        "for benchmarks and query-count tests; --remove deletes them again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cases", type=int, default=100)
        parser.add_argument("--territories", type=int, default=10)
        parser.add_argument("--methods", type=int, default=20)
        parser.add_argument("--reports", type=int, default=0)
        parser.add_argument("--documents", type=int, default=0)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--remove", action="store_true", help="Delete all synthetic content.")

    def handle(self, *args, **options):
        if options["remove"]:
            library_scale.remove()
            workshop_scale.remove()
            scale.remove()
            self.stdout.write(self.style.SUCCESS("Synthetic content removed."))
            return
        # Indexed once at the end: the database search backends refresh every index
        # entry's title weight on each save, which makes saving thousands of pages one
        # by one quadratic (hours for 5,000 cases on PostgreSQL).
        backends = {
            name: {**backend, "AUTO_UPDATE": False}
            for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
        }
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            scale.generate(
                cases=options["cases"],
                territories=options["territories"],
                methods=options["methods"],
                seed=options["seed"],
            )
            workshop_scale.generate(reports=options["reports"])
            library_scale.generate(documents=options["documents"])
        call_command("update_index", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {options['cases']} synthetic cases, {options['territories']} "
                f"territories, {options['methods']} methods, {options['reports']} reports and "
                f"{options['documents']} documents."
            )
        )
