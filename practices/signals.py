"""Cached derivatives of a case (its PDF sheet) are dropped when the case is published."""

from django.dispatch import receiver

from wagtail.signals import page_published

from .case_sheet import forget_sheets
from .models import MethodPage, PracticePage


@receiver(page_published, sender=PracticePage)
def forget_case_sheet(sender, instance, **kwargs):
    forget_sheets(instance)


@receiver(page_published, sender=MethodPage)
def forget_sheets_of_cases_using(sender, instance, **kwargs):
    """A case sheet lists its methods' titles and profiles: a method's publish
    makes the sheets of its cases stale."""
    cases = PracticePage.objects.filter(
        methods__translation_key=instance.translation_key
    ).select_related("locale")
    for case in cases.distinct():
        for translation in case.get_translations(inclusive=True).select_related("locale"):
            forget_sheets(translation)
