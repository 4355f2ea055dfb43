"""Publishing a case is the editors' review of the organisations a proposal typed in."""

from django.dispatch import receiver

from wagtail.signals import page_published

from ..models import Organisation, PracticePage


@receiver(page_published, sender=PracticePage)
def reveal_organisations(sender, instance, **kwargs):
    Organisation.objects.filter(is_public=False, case_roles__page=instance).update(is_public=True)
