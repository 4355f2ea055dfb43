"""A publish from another process shows on the production server at once (issue 18).

The real set-up, not the test client: gunicorn with production settings and three
sync workers on loopback, a file-based SQLite database and production's shared
cache (the file cache in ``CACHE_DIR``, or Redis when the suite runs with
``CACHE_URL=redis://``). The anonymous page cache is on. A change is published from
a separate ``manage.py shell`` process, as an editor's admin process or a
scheduled command would do, and every following anonymous request, whichever
worker answers it, must show it.

Slow (a migrated copy of the site and a server start, about a minute), so one
test covers publish, unpublish and a snippet change.
"""

import importlib.util
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 3
# Enough requests that each of the three workers answers several of them.
REQUESTS = 12


def _server_tools():
    spec = importlib.util.spec_from_file_location("bench_http", ROOT / "scripts" / "bench_http.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tools = _server_tools()
    tmp = tmp_path_factory.mktemp("cross-process")
    tools._prepare(tmp)
    process, log, url = tools._start(tmp, WORKERS)

    def shell(code):
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "shell", "--no-imports", "-c", code],
            env=tools._env(tmp),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    try:
        yield url, shell
    finally:
        tools._stop(process, log)


def _get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.headers.get("X-Page-Cache"), response.read().decode()


def _every_worker_serves(url, expected=None, absent=None):
    """GET ``url`` REQUESTS times; each answer holds ``expected`` and not ``absent``."""
    states = []
    for _ in range(REQUESTS):
        status, state, html = _get(url)
        assert status == 200, url
        if expected is not None:
            assert expected in html, f"{url} ({state}) does not show {expected!r}"
        if absent is not None:
            assert absent not in html, f"{url} ({state}) still shows {absent!r}"
        states.append(state)
    return states


CASE = (
    "from practices.models import PracticePage;"
    "case = PracticePage.objects.live().get(locale__language_code='en', slug='servizi-in-rete');"
)


def test_a_publish_from_another_process_shows_on_every_worker(server):
    base, shell = server
    listing = base + "/en/practices/"
    title = shell(CASE + "print(case.title)")
    case_url = base + shell(CASE + "print(case.url)")

    # Warm: the listing and the case page are now served from the shared cache.
    states = _every_worker_serves(listing, expected=title)
    assert states[0] in ("miss", "hit") and states[-1] == "hit", states
    assert _every_worker_serves(case_url, expected=title)[-1] == "hit"

    renamed = "Servizi in rete, renamed from a shell"
    shell(CASE + f"case.title = {renamed!r}; case.save_revision().publish()")
    _every_worker_serves(listing, expected=renamed, absent=title)
    _every_worker_serves(case_url, expected=renamed)
    _every_worker_serves(base + "/en/", expected=renamed)  # the home page's latest cases

    # Unpublishing takes the case off every worker's listing, and its page answers 404.
    shell(CASE.replace(".live()", "") + "case.unpublish()")
    _every_worker_serves(listing, absent=renamed)
    with pytest.raises(urllib.error.HTTPError) as gone:
        _get(case_url)
    assert gone.value.code == 404

    # A snippet change (a target group's name, shown in the listing's filters) purges too.
    group = (
        "from practices.models import TargetGroup;"
        "g = TargetGroup.objects.filter(locale__language_code='en').order_by('pk').first();"
    )
    old_name = shell(group + "print(g.name)")
    _every_worker_serves(listing, expected=old_name)
    shell(group + "g.name = 'Target group renamed from a shell'; g.save()")
    _every_worker_serves(listing, expected="Target group renamed from a shell")
