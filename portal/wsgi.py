import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()

# What start-up loaded (Django, Wagtail, the apps, about 200,000 objects) lives as long as
# the process: out of the collector's reach, so that a full collection during a request
# walks only what requests create (one took tens of ms in the fourth session's profiles).
gc.freeze()
