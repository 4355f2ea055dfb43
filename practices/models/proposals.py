"""Who proposed a case through the public form: kept for editors, never shown publicly."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class CaseProposal(models.Model):
    """The proposer's contact and the draft case their proposal became."""

    page = models.OneToOneField(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="proposal",
        verbose_name=_("draft case"),
    )
    contact_name = models.CharField(_("contact name"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_organisation = models.CharField(_("contact's organisation"), max_length=255)
    results_text = models.TextField(_("results as described"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    # The form's one-time token (or a digest of what was typed, when a client sends
    # none): unique, so a retried post, even a concurrent one, never makes a second draft.
    submission_key = models.CharField(
        _("submission key"), max_length=64, unique=True, null=True, blank=True, editable=False
    )

    panels = [
        FieldPanel("contact_name", read_only=True),
        FieldPanel("contact_email", read_only=True),
        FieldPanel("contact_organisation", read_only=True),
        FieldPanel("results_text", read_only=True),
    ]

    class Meta:
        verbose_name = _("case proposal")
        verbose_name_plural = _("case proposals")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.page.title} ({self.contact_organisation})"
