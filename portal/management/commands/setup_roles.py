from django.core.management.base import BaseCommand

from portal.roles import setup_roles


class Command(BaseCommand):
    help = "Create or update the Editors, Moderators and per-territory coordinator groups and the moderation workflow."

    def handle(self, *args, **options):
        setup_roles()
        self.stdout.write(self.style.SUCCESS("Roles and moderation workflow are in place."))
