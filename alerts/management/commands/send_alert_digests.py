"""Send each confirmed alert the items published since its last digest, once.

Run it on a schedule (see the README: cron or a systemd timer); safe to run at
any interval and in parallel with the web processes: an item is recorded as
sent in the same transaction that the digest is sent in.
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from alerts.mail import send_digest
from alerts.matching import new_items
from alerts.models import CONFIRM_DAYS, SentItem, Subscription


class Command(BaseCommand):
    help = "E-mail every confirmed alert subscription its new matching cases and reports."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=CONFIRM_DAYS)
        purged, _counts = Subscription.objects.filter(
            confirmed_at__isnull=True, created_at__lt=cutoff
        ).delete()
        sent = 0
        for subscription in Subscription.objects.filter(confirmed_at__isnull=False).order_by("pk"):
            with transaction.atomic():
                items = new_items(subscription)
                if not items:
                    continue
                send_digest(subscription, items)
                SentItem.objects.bulk_create(
                    [SentItem(subscription=subscription, page=page) for page in items],
                    ignore_conflicts=True,
                )
                subscription.last_digest_at = timezone.now()
                subscription.save(update_fields=["last_digest_at"])
                sent += 1
        self.stdout.write(f"{sent} digest(s) sent, {purged} unconfirmed address(es) removed.")
