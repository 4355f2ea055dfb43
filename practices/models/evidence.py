"""How well a case or method is backed by evidence: a four-step scale."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class EvidenceLevel(models.TextChoices):
    DESCRIBED = "described", _("Described")
    THEORETICALLY_GROUNDED = "theoretically_grounded", _("Theoretically grounded")
    INDICATIONS_OF_EFFECT = "indications_of_effect", _("Indications of effect")
    PROVEN_EFFECTIVE = "proven_effective", _("Proven effective")


EVIDENCE_EXPLANATIONS = {
    EvidenceLevel.DESCRIBED: _(
        "The practice is written down clearly enough for others to understand and repeat it: "
        "who does what, for whom, with which steps."
    ),
    EvidenceLevel.THEORETICALLY_GROUNDED: _(
        "Beyond a description, there is a reasoned explanation, backed by research or "
        "established theory, of why it should work for its target group."
    ),
    EvidenceLevel.INDICATIONS_OF_EFFECT: _(
        "Results have been measured (for example how many participants found work) and point "
        "to an effect, without a comparison group that rules out other explanations."
    ),
    EvidenceLevel.PROVEN_EFFECTIVE: _(
        "Controlled studies (for example with a comparison group) show that the practice "
        "itself causes better outcomes than the usual approach."
    ),
}


class EvidenceMixin(models.Model):
    evidence_level = models.CharField(
        _("evidence maturity"),
        max_length=30,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.DESCRIBED,
        help_text=_("How far the effect is established; see the explanation page of the scale."),
    )
    evidence_assessed_on = models.DateField(_("assessed on"), null=True, blank=True)
    evidence_assessed_by = models.CharField(
        _("assessed by"), max_length=200, blank=True, help_text=_("A team or role.")
    )

    evidence_panels = [
        MultiFieldPanel(
            [
                FieldPanel("evidence_level"),
                FieldPanel("evidence_assessed_on"),
                FieldPanel("evidence_assessed_by"),
            ],
            heading=_("Evidence maturity"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def evidence_rank(self):
        return list(EvidenceLevel.values).index(self.evidence_level) + 1
