from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

# Each content area ships its own loader; order matters (the home page and the
# section pages first, then what hangs beneath them). Every loader creates
# what is missing and leaves existing content alone, so this is safe to rerun.
LOADERS = [
    "portal.initial_content.load",
    "practices.initial_content.load",
    "practices.reference_content.load",
    "workshops.initial_content.load",
    "library.initial_content.load",
    "opendata.initial_content.load",
    "portal.roles.load",
    "search.initial_content.load",
]


class Command(BaseCommand):
    help = "Load the portal's initial content (locales, home pages, sections...). Idempotent."

    def handle(self, *args, **options):
        with transaction.atomic():
            for path in LOADERS:
                import_string(path)(stdout=self.stdout)
                self.stdout.write(f"  loaded {path}")
        self.stdout.write(self.style.SUCCESS("Initial content is in place."))
