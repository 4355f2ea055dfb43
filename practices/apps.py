from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices")

    def ready(self):
        from practices import (
            home,  # noqa: F401  (registers the home-page section)
            signals,  # noqa: F401  (case sheets dropped on publish)
        )
        from practices.proposals import signals as proposal_signals  # noqa: F401  (publication reveals organisations)
