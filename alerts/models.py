"""E-mail alerts: a visitor's subscription to new cases matching a listing filter,
or to new reports of a workshop series.

An address is stored only after the visitor ticked the consent box, becomes
active only once confirmed from the e-mail (double opt-in), and is deleted, not
flagged, when its owner unsubscribes. Unconfirmed addresses are purged after
``CONFIRM_DAYS`` by the digest command.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

CONFIRM_DAYS = 7


class Kind(models.TextChoices):
    CASES = "cases", _("New cases")
    SERIES = "series", _("New reports of a workshop series")


class Subscription(models.Model):
    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language"), max_length=5)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    query = models.CharField(
        _("filter"),
        max_length=1000,
        blank=True,
        help_text="The case listing's query string, normalised (known filters only).",
    )
    series_key = models.UUIDField(_("workshop series"), null=True, blank=True)
    label = models.CharField(_("description"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    consented_at = models.DateTimeField(_("consent given"))
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("alert subscription")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "kind", "query", "series_key"], name="one_alert_per_filter"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.label}"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class SentItem(models.Model):
    """A page already sent to a subscription: each item goes out once."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="sent")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscription", "page"], name="alert_item_once")
        ]
