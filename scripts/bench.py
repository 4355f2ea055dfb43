"""Rerunnable benchmark: response time and query count of key pages at growing content sizes.

Builds a throwaway SQLite database (or uses DATABASE_URL if set), loads the
initial content, then for each size adds synthetic cases and measures each URL
(median of --repeat requests through Django's test client, so no network or
server process is involved). Usage:

    .venv/bin/python scripts/bench.py --sizes 0 500 2000 --repeat 5
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

URLS = [
    "/en/",
    "/en/practices/",
    "/en/practices/?country=IT&target_group=persons-with-disabilities",
    "/en/practices/?q=placement&sort=title&page=2",
    "/it/practices/",
    "/en/practices/herlev/ip-integration-partnership/",
    "/en/compare/?practices=ip-integration-partnership,servizi-in-rete,cm-t-continuous-monitoring",
    "/en/methods/",
    "/en/methods/step-model/",
    "/en/search/?q=Boston",
    "/en/search/?q=inserimento+lavorativo",
    "/da/search/?q=sprogundervisning&type=case",
    "/en/search/suggest/?q=plac",
    "/en/library/",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 500, 2000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="portal-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["MEDIA_ROOT"] = f"{tmp}/media"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from practices import scale

    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_initial_content", stdout=io.StringIO())
    client = Client()
    total = 0
    print(f"database: {connection.vendor}; repeat: {args.repeat}")
    print(f"{'cases':>6}  {'queries':>7}  {'median ms':>9}  url")
    for size in args.sizes:
        if size > total:
            started = time.perf_counter()
            scale.generate(cases=size - total, territories=max(1, (size - total) // 50), methods=20)
            total = size
            print(
                f"# generated up to {size} synthetic cases in {time.perf_counter() - started:.0f}s"
            )
        for url in URLS:
            client.get(url)
            timings = []
            for _ in range(args.repeat):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            print(f"{size + 7:>6}  {len(queries):>7}  {statistics.median(timings):>9.1f}  {url}")


if __name__ == "__main__":
    main()
