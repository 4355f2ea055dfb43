"""Nothing lost when writers meet: concurrent proposals against a real multi-process server.

The server is gunicorn (3 worker processes, 4 threads each) with its own database, migrated
and loaded with the initial content, like the browser tests' server: a SQLite file in a
temporary directory, or, when the suite runs against PostgreSQL (``DATABASE_URL`` set by
scripts/with-postgres.sh), a fresh database on the same PostgreSQL server. The in-process
test database is not used: a live server needs committed data, and ``transactional_db``
would flush the shared content.
"""

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
POSTERS, PER_POSTER, READERS = 8, 5, 4
TITLE = "Concurrent proposal"
READ_URLS = [
    "/en/",
    "/en/practices/",
    "/de/practices/",
    "/en/practices/solothurn/",
    "/it/methods/",
    "/en/library/",
    "/sv/search/?q=work",
]
COUNT = f"""
import json
from practices.models import CaseProposal, PracticePage
from wagtail.models import Page
pages = PracticePage.objects.filter(title__startswith={TITLE!r})
print(json.dumps({{
    "drafts": pages.filter(live=False).count(),
    "live": pages.filter(live=True).count(),
    "titles": pages.values("title").distinct().count(),
    "proposals": CaseProposal.objects.filter(page__title__startswith={TITLE!r}).count(),
    "tree_problems": sum(len(problems) for problems in Page.find_problems()),
}}))
"""


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _own_postgres_database(url):
    """A fresh database next to the test database on the same server; returns (url, drop)."""
    import psycopg

    name = f"portal_concurrency_{os.getpid()}"
    parts = urllib.parse.urlsplit(url)
    admin = psycopg.connect(url, autocommit=True)
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.execute(f'CREATE DATABASE "{name}"')

    def drop():
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()

    return urllib.parse.urlunsplit(parts._replace(path="/" + name)), drop


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("concurrency-server")
    env = dict(os.environ)
    drop = None
    if env.get("DATABASE_URL", "").startswith("postgres"):
        database_url, drop = _own_postgres_database(env["DATABASE_URL"])
    else:
        database_url = f"sqlite:///{tmp / 'db.sqlite3'}"
    env.update(
        DJANGO_SETTINGS_MODULE="tests.practices.concurrency_settings",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(tmp / "media"),
        PYTHONUNBUFFERED="1",
    )
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run(
        [*manage, "load_initial_content"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL
    )
    port = _free_port()
    log = open(tmp / "server.log", "w")  # noqa: SIM115 (closed in teardown)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi",
            f"--bind=127.0.0.1:{port}",
            "--workers=3",
            "--threads=4",
            "--timeout=120",
        ],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            requests.get(url + "/en/", timeout=5)
            break
        except requests.RequestException:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                log.close()
                raise RuntimeError((tmp / "server.log").read_text()) from None
            time.sleep(0.5)

    def count():
        result = subprocess.run(
            [*manage, "shell", "-c", COUNT],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        return json.loads(result.stdout.strip().splitlines()[-1])

    yield url, count, tmp / "server.log"
    process.terminate()
    process.wait(timeout=30)
    log.close()
    if drop:
        drop()


def _form_values(html):
    """The territory, a target group and a method offered by the form, and its token."""
    select = html.split('name="territory"', 1)[1].split("</select>", 1)[0]
    territory = re.search(r'<option value="(\d+)"[^>]*>\s*Solothurn', select).group(1)
    group = re.search(r'name="target_groups" value="(\d+)"', html).group(1)
    method = re.search(r'name="methods" value="(\d+)"', html).group(1)
    token = re.search(r'name="submission" value="([0-9a-f]{32})"', html).group(1)
    return territory, group, method, token


def _post_proposals(url, poster, statuses, failures):
    session = requests.Session()
    for number in range(PER_POSTER):
        try:
            form = session.get(url + "/en/practices/propose/", timeout=120)
            territory, group, method, token = _form_values(form.text)
            response = session.post(
                url + "/en/practices/propose/",
                data={
                    "csrfmiddlewaretoken": session.cookies["csrftoken"],
                    "submission": token,
                    "title": f"{TITLE} {poster}-{number}",
                    "territory": territory,
                    "organisation": f"Concurrent organisation {poster}",
                    "organisation_kind": "social_service",
                    "target_groups": [group],
                    "methods": [method],
                    "start_year": "2022",
                    "ongoing": "on",
                    "summary": "Posted while other visitors read and write.",
                    "description": "The problem.\n\nThe approach.",
                    "contact_name": "Ada Example",
                    "contact_email": "ada@example.org",
                    "contact_organisation": "Test",
                    "consent": "on",
                    "indicators-TOTAL_FORMS": "3",
                    "indicators-INITIAL_FORMS": "0",
                    "indicators-MIN_NUM_FORMS": "0",
                    "indicators-MAX_NUM_FORMS": "3",
                    "indicators-0-label": "Participants in a job",
                    "indicators-0-value": str(number),
                    "indicators-0-denominator": "40",
                },
                headers={"Referer": url + "/en/practices/propose/"},
                allow_redirects=False,
                timeout=120,
            )
            statuses.append(response.status_code)
        except Exception as error:  # noqa: BLE001 (a failure is counted, not raised in a thread)
            failures.append(repr(error))


def _read_pages(url, stop, statuses, failures):
    session = requests.Session()
    while not stop.is_set():
        for path in READ_URLS:
            try:
                status = session.get(url + path, timeout=120).status_code
            except requests.RequestException as error:
                status = -1
                failures.append(f"{path}: {error!r}")
            statuses.append(status)
            if status >= 500:
                failures.append(f"{path}: {status}")


def test_forty_concurrent_proposals_make_forty_drafts(server):
    """8 visitors post 40 proposals while 4 others read pages: 40 drafts, no 500, no duplicate."""
    url, count, log = server
    posted, read, failures, read_failures = [], [], [], []
    stop = threading.Event()
    readers = [
        threading.Thread(target=_read_pages, args=(url, stop, read, read_failures))
        for _ in range(READERS)
    ]
    posters = [
        threading.Thread(target=_post_proposals, args=(url, poster, posted, failures))
        for poster in range(POSTERS)
    ]
    for thread in readers + posters:
        thread.start()
    for thread in posters:
        thread.join(timeout=600)
    stop.set()
    for thread in readers:
        thread.join(timeout=120)

    found = count()
    report = (
        f"posts: {sorted(posted)}; failures: {failures[:3]}; reads: {len(read)} "
        f"({len(read_failures)} failed: {read_failures[:3]}); found: {found}"
    )
    if read_failures or found["drafts"] != POSTERS * PER_POSTER or set(posted) != {302}:
        report += "\n" + "\n".join(log.read_text().splitlines()[-40:])
    assert not failures, report
    assert posted == [302] * (POSTERS * PER_POSTER), report
    assert all(200 <= status < 500 for status in read), report
    assert read, report
    assert found == {
        "drafts": POSTERS * PER_POSTER,
        "live": 0,
        "titles": POSTERS * PER_POSTER,
        "proposals": POSTERS * PER_POSTER,
        "tree_problems": 0,
    }, report
    print(report)
