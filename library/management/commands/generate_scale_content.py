from django.core.management.base import BaseCommand

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
        scale.generate(
            cases=options["cases"],
            territories=options["territories"],
            methods=options["methods"],
            seed=options["seed"],
        )
        workshop_scale.generate(reports=options["reports"])
        library_scale.generate(documents=options["documents"])
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {options['cases']} synthetic cases, {options['territories']} "
                f"territories, {options['methods']} methods, {options['reports']} reports and "
                f"{options['documents']} documents."
            )
        )
