from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from portal.site_url import apply_base_url, site_address


class Command(BaseCommand):
    help = "Set the default Site's hostname and port from BASE_URL (or the given URL)."

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="Public address; defaults to BASE_URL.")

    def handle(self, *args, url=None, **options):
        url = url or settings.BASE_URL
        try:
            site_address(url)
        except ValueError as error:
            raise CommandError(str(error)) from error
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site yet; run load_initial_content first.")
        changed = apply_base_url(site, url)
        state = "set to" if changed else "already"
        self.stdout.write(self.style.SUCCESS(f"Default site {state} {site.root_url}"))
