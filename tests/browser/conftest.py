"""Browser harness: a real server process and a real headless Chromium.

The server is ``manage.py runserver`` on a free loopback port, with its own
SQLite database in a temporary directory, migrated and loaded with the initial
content, so the browser sees exactly what a visitor of a fresh ``make run``
sees. Chromium is Debian's (/usr/bin/chromium), driven by Playwright.
Every journey calls ``audit(page)`` to run axe-core on what it reached.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Playwright's sync API runs an event loop in this thread; the tests here do
# not touch the database in-process (the server is another process).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_env(tmp):
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.browser",
        DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
        MEDIA_ROOT=str(tmp / "media"),
        PYTHONUNBUFFERED="1",
    )
    return env


@pytest.fixture(scope="session")
def server_env(tmp_path_factory):
    return _server_env(tmp_path_factory.mktemp("browser-server"))


@pytest.fixture(scope="session")
def manage(server_env):
    """Run a management command against the live server's database; returns stdout."""

    def run(*args):
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=server_env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout

    return run


SERVER_LOGS = []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed journey carries the server's last traceback: a 500 page in the
    browser says nothing about its cause, the runserver log does."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed or not SERVER_LOGS:
        return
    text = SERVER_LOGS[0].read_text(errors="replace")
    start = text.rfind("Traceback (most recent call last)")
    tail = text[start - 2000 if start > 2000 else 0 :] if start >= 0 else text[-4000:]
    report.sections.append(("server log", tail[-12000:]))


@pytest.fixture(scope="session")
def live_url(server_env):
    env = server_env
    tmp = Path(env["MEDIA_ROOT"]).parent
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run(
        [*manage, "load_initial_content"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL
    )
    port = _free_port()
    log = open(tmp / "server.log", "w")  # noqa: SIM115 (closed in teardown)
    SERVER_LOGS[:] = [tmp / "server.log"]
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", "--nothreading", f"127.0.0.1:{port}"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/en/", timeout=2)
            break
        except Exception:
            if server.poll() is not None or time.monotonic() > deadline:
                log.close()
                raise RuntimeError((tmp / "server.log").read_text()) from None
            time.sleep(0.3)
    yield url
    server.terminate()
    server.wait(timeout=10)
    log.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test-deps`.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_url):
    context = browser.new_context(base_url=live_url, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def audit():
    """``audit(page)`` runs axe-core on the current page and fails on serious
    or critical violations, naming the rule and the offending elements."""
    if not AXE_JS.exists():
        pytest.fail("axe-core is missing: run `make test-deps` (npm ci).")
    source = AXE_JS.read_text()

    def run(page):
        # Evaluated through the DevTools protocol: an inline <script> tag would be
        # refused by the pages' Content-Security-Policy (no 'unsafe-inline').
        page.evaluate(source)
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        bad = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
        if bad:
            report = [
                {
                    "rule": v["id"],
                    "impact": v["impact"],
                    "help": v["help"],
                    "nodes": [n["target"] for n in v["nodes"][:5]],
                }
                for v in bad
            ]
            pytest.fail(f"axe-core violations on {page.url}:\n{json.dumps(report, indent=2)}")
        return result

    return run
