"""A load run anyone can repeat: gunicorn with production settings on loopback,
mixed page reads and proposal posts, bounded in time and concurrency.

    .venv/bin/python scripts/load.py --duration 30 --concurrency 6 --workers 3

What it does, in a temporary directory removed afterwards:
1. builds a fresh SQLite database with the initial content (migrate,
   createcachetable, load_initial_content) and collects the static files;
2. starts gunicorn on 127.0.0.1 with portal.settings.production (a random
   SECRET_KEY, ALLOWED_HOSTS for loopback, no HTTPS redirect, the database
   cache since CACHE_URL is empty unless set), PROPOSAL_RATE raised so the
   posts measure the write path rather than the rate limit;
3. runs ``--concurrency`` client threads (http.client, keep-alive) for
   ``--duration`` seconds: each request is a page read, or with probability
   ``--post-share`` a proposal (GET the form for its CSRF token, POST it);
4. prints req/s, p50/p99 latency and errors per kind, and the number of draft
   cases created, as a Markdown table for docs/benchmarks.md.

Nothing leaves the machine: the server binds to 127.0.0.1 and the client only
talks to it.
"""

import argparse
import http.client
import os
import random
import re
import secrets
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
HOST = "127.0.0.1"
MAX_DURATION = 300
MAX_CONCURRENCY = 32

SETTINGS = """from portal.settings.production import *  # noqa: F403

# The load run measures the write path, not the limit (10 an hour per address).
PROPOSAL_RATE = (1_000_000, 3600)
"""

READS = [
    "/en/",
    "/it/",
    "/de/",
    "/en/practices/",
    "/en/practices/?country=DK",
    "/da/practices/?target_group=refugees-provisionally-admitted",
    "/en/methods/",
    "/en/reference-model/",
    "/en/library/",
    "/en/search/?q=job+coaching",
    "/sv/search/?q=arbete",
    "/en/workshops/",
]


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def run(cmd, env):
    result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{result.stdout}\n{result.stderr}")


def prepare(tmp, env, template=None):
    database = tmp / "db.sqlite3"
    if template:
        shutil.copy(template, database)
    manage = [PYTHON, "manage.py"]
    run([*manage, "migrate", "--noinput", "-v0"], env)
    run([*manage, "createcachetable"], env)
    if not template:
        run([*manage, "load_initial_content"], env)
    run([*manage, "collectstatic", "--noinput", "-v0"], env)
    return database


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = defaultdict(list)
        self.errors = defaultdict(lambda: defaultdict(int))

    def add(self, kind, seconds, error=None):
        with self.lock:
            self.times[kind].append(seconds)
            if error:
                self.errors[kind][error] += 1


class Client:
    """One keep-alive connection and its cookies."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}
        self.connection = None

    def request(self, method, path, body=None):
        headers = {"Host": f"{HOST}:{self.port}", "Accept-Language": "en"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            body = urllib.parse.urlencode(body, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
                break
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, data.decode("utf-8", "replace")


def form_choices(html):
    def options(name):
        select = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', html, re.S)
        return re.findall(r'value="(\d+)"', select.group(1)) if select else []

    def checkboxes(name):
        return re.findall(rf'name="{name}" value="(\d+)"', html)

    return options("territory"), checkboxes("target_groups"), checkboxes("methods")


def proposal(html, n):
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    territories, groups, methods = form_choices(html)
    if not (token and territories and groups):
        return None
    return {
        "csrfmiddlewaretoken": token.group(1),
        "title": f"Load run proposal {n}",
        "territory": random.choice(territories),
        "organisation": "Load run organisation",
        "organisation_kind": "social_service",
        "organisation_role": "Leads the case",
        "target_groups": [random.choice(groups)],
        "methods": [random.choice(methods)] if methods else [],
        "start_year": "2022",
        "end_year": "2024",
        "summary": "A proposal sent by the load script.",
        "description": "The problem.\n\nThe approach.",
        "results": "Measured by the load script.",
        "contact_name": "Load Run",
        "contact_email": "load@example.org",
        "contact_organisation": "Load run organisation",
        "consent": "on",
        "website": "",
        "indicators-TOTAL_FORMS": "3",
        "indicators-INITIAL_FORMS": "0",
        "indicators-MIN_NUM_FORMS": "0",
        "indicators-MAX_NUM_FORMS": "3",
    }


def worker(port, reads, deadline, post_share, recorder, counter):
    client = Client(port)
    rng = random.Random()
    while time.monotonic() < deadline:
        if rng.random() < post_share:
            kind = "proposal (GET form + POST)"
            started = time.perf_counter()
            try:
                status, html = client.request("GET", "/en/practices/propose/")
                with counter["lock"]:
                    counter["n"] += 1
                    n = counter["n"]
                data = proposal(html, n) if status == 200 else None
                if data is None:
                    recorder.add(kind, time.perf_counter() - started, f"form {status}")
                    continue
                status, _ = client.request("POST", "/en/practices/propose/", data)
                error = None if status == 302 else f"HTTP {status}"
            except (http.client.HTTPException, OSError) as exc:
                error = type(exc).__name__
            recorder.add(kind, time.perf_counter() - started, error)
        else:
            kind = "page read"
            started = time.perf_counter()
            try:
                status, _ = client.request("GET", rng.choice(reads))
                error = None if status == 200 else f"HTTP {status}"
            except (http.client.HTTPException, OSError) as exc:
                error = type(exc).__name__
            recorder.add(kind, time.perf_counter() - started, error)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=30, help="seconds of load (max 300)")
    parser.add_argument("--concurrency", type=int, default=6, help="client threads (max 32)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    parser.add_argument("--post-share", type=float, default=0.1, help="share of proposals")
    parser.add_argument("--template-db", help="an SQLite file with the initial content to copy")
    args = parser.parse_args()
    if not (0 < args.duration <= MAX_DURATION and 0 < args.concurrency <= MAX_CONCURRENCY):
        parser.error(
            f"duration must be in (0, {MAX_DURATION}], concurrency in (0, {MAX_CONCURRENCY}]"
        )

    tmp = Path(tempfile.mkdtemp(prefix="portal-load-"))
    (tmp / "load_settings.py").write_text(SETTINGS)
    port = free_port()
    env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SEARCH_URL", "EMAIL_HOST"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="load_settings",
        PYTHONPATH=os.pathsep.join([str(tmp), str(ROOT)]),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=f"{HOST},localhost",
        DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
        MEDIA_ROOT=str(tmp / "media"),
        STATIC_ROOT=str(tmp / "static"),
        SECURE_SSL_REDIRECT="false",
        BASE_URL=f"http://{HOST}:{port}",
    )
    server = None
    try:
        print(f"Preparing a fresh SQLite database in {tmp} ...", flush=True)
        started = time.monotonic()
        database = prepare(tmp, env, args.template_db)
        print(f"  ready in {time.monotonic() - started:.0f} s", flush=True)
        log = open(tmp / "gunicorn.log", "w")  # noqa: SIM115 (closed with the directory)
        server = subprocess.Popen(
            [
                str(Path(PYTHON).with_name("gunicorn")),
                "portal.wsgi",
                "--bind",
                f"{HOST}:{port}",
                "--workers",
                str(args.workers),
                "--timeout",
                "120",
            ],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_until = time.monotonic() + 60
        while True:
            try:
                status, _ = Client(port).request("GET", "/en/")
                if status == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > wait_until:
                raise SystemExit((tmp / "gunicorn.log").read_text())
            time.sleep(0.3)
        # Warm every worker, and add the case pages to the reads.
        warm = Client(port)
        _, html = warm.request("GET", "/en/practices/")
        cases = sorted(set(re.findall(r'href="(/en/practices/[a-z0-9-]+/[a-z0-9-]+/)"', html)))
        reads = READS + cases[:8]
        for path in reads * args.workers:
            warm.request("GET", path)
        drafts_before = count_drafts(database)

        recorder = Recorder()
        counter = {"n": 0, "lock": threading.Lock()}
        deadline = time.monotonic() + args.duration
        threads = [
            threading.Thread(
                target=worker, args=(port, reads, deadline, args.post_share, recorder, counter)
            )
            for _ in range(args.concurrency)
        ]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - began
        drafts = count_drafts(database) - drafts_before
        report(args, recorder, elapsed, drafts)
        causes = [
            line
            for line in (tmp / "gunicorn.log").read_text(errors="replace").splitlines()
            if re.search(r"^\w*(Error|Exception)\b|Error: ", line)
        ]
        if causes:
            print("\nErrors in the server log (most frequent first):")
            for line, n in Counter(causes).most_common(5):
                print(f"  {n} x {line[:200]}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


def count_drafts(database):
    with sqlite3.connect(database, timeout=30) as connection:
        return connection.execute("SELECT count(*) FROM practices_caseproposal").fetchone()[0]


def report(args, recorder, elapsed, drafts):
    print()
    print(
        f"{args.concurrency} client threads, {args.workers} gunicorn workers, "
        f"{elapsed:.1f} s, post share {args.post_share:.0%}, "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print()
    print("| kind | requests | req/s | p50 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|")
    total = 0
    for kind, times in sorted(recorder.times.items()):
        total += len(times)
        errors = recorder.errors[kind]
        described = ", ".join(f"{n} x {what}" for what, n in errors.items()) or "0"
        print(
            f"| {kind} | {len(times)} | {len(times) / elapsed:.1f} | "
            f"{statistics.median(times) * 1000:.0f} | {percentile(times, 0.99) * 1000:.0f} | "
            f"{described} |"
        )
    print(f"| all | {total} | {total / elapsed:.1f} | | | |")
    print()
    posted = len(recorder.times["proposal (GET form + POST)"]) - sum(
        recorder.errors["proposal (GET form + POST)"].values()
    )
    print(f"Proposals answered with a redirect: {posted}; recorded in the database: {drafts}")


if __name__ == "__main__":
    main()
