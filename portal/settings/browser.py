"""Settings for the server that the browser tests drive: test settings, but
served by runserver with WhiteNoise finding static files without collectstatic."""

from .test import *  # noqa: F403

WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
