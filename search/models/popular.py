"""What visitors search for, kept so "Popular searches" never publishes unreviewed text.

A query is stored only after it returned results, normalised (words only, lower
case), with a keyed hash of each visitor's address (never the address itself).
It is listed once several distinct visitors searched it and it matches an
indexed title or a crosswalk term; an editor can hide any entry.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchTerm(models.Model):
    """A normalised query that returned results."""

    query_string = models.CharField(_("query"), max_length=100, unique=True)
    hidden = models.BooleanField(
        _("hidden from popular searches"),
        default=False,
        help_text=_("Never list this query under “Popular searches”, however often it is used."),
    )
    first_seen = models.DateField(_("first searched"), auto_now_add=True)
    last_seen = models.DateField(_("last searched"), auto_now=True)

    class Meta:
        ordering = ["query_string"]
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.query_string


class SearchTermVisitor(models.Model):
    """One distinct visitor of a term: a keyed hash, so addresses are not stored."""

    term = models.ForeignKey(SearchTerm, on_delete=models.CASCADE, related_name="visitors")
    visitor = models.CharField(max_length=64)
    last_seen = models.DateField()

    class Meta:
        verbose_name = _("search term visitor")
        constraints = [
            models.UniqueConstraint(fields=["term", "visitor"], name="unique_term_visitor")
        ]

    def __str__(self):
        return f"{self.term}: {self.visitor[:8]}"
