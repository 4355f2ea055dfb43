"""Hand a permitted document download to the web server (``SENDFILE_BACKEND``).

Wagtail's serve view checks the collection's view restriction, then calls this
backend instead of streaming the file through Python: the response carries
only a header, and the proxy sends the file from a location that is not
reachable from outside (nginx ``internal``; Apache mod_xsendfile).

- ``X-Accel-Redirect`` (nginx): ``SENDFILE_URL`` + the file's path below ``SENDFILE_ROOT``.
- ``X-Sendfile`` (Apache, lighttpd): the file's absolute path.
"""

import os
from urllib.parse import quote

from django.conf import settings
from django.http import Http404, HttpResponse

ACCEL = "X-Accel-Redirect"
XSENDFILE = "X-Sendfile"


def sendfile(request, filename, **kwargs):
    header = getattr(settings, "SENDFILE_HEADER", ACCEL)
    path = os.path.realpath(filename)
    root = os.path.realpath(settings.SENDFILE_ROOT)
    if os.path.commonpath([path, root]) != root:
        raise Http404("The file is outside the documents root.")
    response = HttpResponse()
    if header == ACCEL:
        relative = os.path.relpath(path, root).replace(os.sep, "/")
        response[ACCEL] = settings.SENDFILE_URL.rstrip("/") + "/" + quote(relative)
    else:
        response[XSENDFILE] = path
    return response
