from django.core.management.base import BaseCommand

from practices import scale


class Command(BaseCommand):
    help = (
        "Create synthetic territories, methods and cases (titles start with '[Synthetic]') "
        "for benchmarks and query-count tests; --remove deletes them again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cases", type=int, default=100)
        parser.add_argument("--territories", type=int, default=10)
        parser.add_argument("--methods", type=int, default=20)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--remove", action="store_true", help="Delete all synthetic content.")

    def handle(self, *args, **options):
        if options["remove"]:
            scale.remove()
            self.stdout.write(self.style.SUCCESS("Synthetic content removed."))
            return
        scale.generate(
            cases=options["cases"],
            territories=options["territories"],
            methods=options["methods"],
            seed=options["seed"],
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {options['cases']} synthetic cases, {options['territories']} "
                f"territories and {options['methods']} methods."
            )
        )
