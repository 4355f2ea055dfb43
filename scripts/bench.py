"""Rerunnable benchmark: response time and query count of key pages at growing content sizes.

Builds a throwaway SQLite database (or uses DATABASE_URL if set), loads the
initial content, then for each size adds synthetic cases (and one workshop report and one
library document per five cases) and measures each URL
(median of --repeat requests through Django's test client, so no network or
server process is involved). Usage:

    .venv/bin/python scripts/bench.py --sizes 0 500 2000 --repeat 5

``--after-publish`` measures each address as the first request for it after a
publish (what a page-cache miss costs in production): the fragment cache starts a
new generation and only the home page of the address's language has been seen.

HTTP mode (``--http``) measures throughput instead: it builds a throwaway
SQLite database with the initial content, starts gunicorn with production
settings on loopback twice (page cache off, then on), optionally beside a
reference site given by URL (e.g. wagtail/bakerydemo served locally), and loads
each page kind with wrk, alternating the targets within each run. It prints
req/s and p50/p99 latency per page kind and target, then the median ratios:

    .venv/bin/python scripts/bench.py --http --runs 3 --duration 10 \
        --reference http://127.0.0.1:8001 \
        --reference-pages home=/,listing=/blog/,detail=/blog/<a-post>/,search=/search/?q=bread,api=/api/v2/pages/
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
    "/en/library/?type=model&sort=title",
    "/en/workshops/",
    "/en/practices/export/csv/",
    "/api/v2/pages/?type=practices.PracticePage",
    "/api/v2/pages/?type=practices.PracticePage&fields=*",
]


def _content_urls():
    """A report page and a document page of the initial content (their URLs hold ids)."""
    from django.utils.text import slugify

    from library.models import LibraryPage
    from portal.visibility import public_documents
    from workshops.models import WorkshopReportPage

    report = WorkshopReportPage.objects.live().filter(locale__language_code="en").first()
    document = public_documents().filter(is_synthetic=False).order_by("pk").first()
    library = LibraryPage.objects.live().get(locale__language_code="en")
    return [report.url, f"{library.url}{document.pk}/{slugify(document.title)}/"]


# Page kinds measured in HTTP mode, and the portal page that stands for each.
PAGE_KINDS = {
    "home": "/en/",
    "listing": "/en/practices/",
    "detail": "/en/practices/herlev/ip-integration-partnership/",
    "search": "/en/search/?q=Boston",
    # The default fields, as bakerydemo's /api/v2/pages/ serves them; and every field.
    "api": "/api/v2/pages/?type=practices.PracticePage",
    "api-all": "/api/v2/pages/?type=practices.PracticePage&fields=*",
    "static": "/static/portal/css/portal.css",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 500, 2000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--http", action="store_true", help="measure req/s through gunicorn")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--duration", type=int, default=10, help="seconds per page and target")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--reference", default="", help="base URL of a reference site")
    parser.add_argument(
        "--reference-pages",
        default="",
        help="kind=path,... on the reference site (kinds: " + ", ".join(PAGE_KINDS) + ")",
    )
    parser.add_argument(
        "--db",
        default="",
        help="SQLite file to build in, or reuse: its synthetic content counts toward --sizes",
    )
    parser.add_argument("--only", default="", help="measure only URLs containing this text")
    parser.add_argument(
        "--after-publish",
        action="store_true",
        help="measure each URL as the first request of its address after a publish "
        "(new fragment-cache generation; the home page of its language visited first)",
    )
    args = parser.parse_args()
    if args.http:
        from bench_http import run_http

        run_http(args, PAGE_KINDS)
        return

    tmp = tempfile.mkdtemp(prefix="portal-bench-")
    if args.db:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(args.db).resolve()}"
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    # A reused database keeps its files beside it.
    os.environ["MEDIA_ROOT"] = f"{Path(args.db).resolve()}.media" if args.db else f"{tmp}/media"
    # The synthetic cases are what is measured: show them as if they were real.
    os.environ["INCLUDE_SYNTHETIC"] = "1"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    from practices.models import PracticePage

    call_command("migrate", verbosity=0)
    # A reused database (--db) keeps its synthetic content: count it instead of adding it again.
    total = PracticePage.objects.filter(is_synthetic=True).count()
    if not PracticePage.objects.exists():
        call_command("load_initial_content", stdout=io.StringIO())
    client = Client()
    urls = [url for url in URLS + _content_urls() if args.only in url]
    mode = "first request after a publish" if args.after_publish else "warm fragment cache"
    print(f"database: {connection.vendor}; repeat: {args.repeat}; {mode}")
    print(f"{'cases':>6}  {'queries':>7}  {'median ms':>9}  url")
    for size in args.sizes:
        if size > total:
            started = time.perf_counter()
            added = size - total
            # One workshop report and one library document for every five cases; the
            # command indexes them once at the end.
            call_command(
                "generate_scale_content",
                cases=added,
                territories=max(1, added // 50),
                methods=20,
                reports=added // 5,
                documents=added // 5,
                stdout=io.StringIO(),
            )
            total = size
            print(
                f"# generated up to {size} synthetic cases, {size // 5} reports and "
                f"{size // 5} documents in {time.perf_counter() - started:.0f}s"
            )
        for url in urls:
            client.get(url)
            timings = []
            for _ in range(args.repeat):
                if args.after_publish:
                    _after_publish(client, url)
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(url)
                    if response.streaming:  # the CSV export: its time is the whole file's
                        b"".join(response.streaming_content)
                    timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            print(f"{size + 7:>6}  {len(queries):>7}  {statistics.median(timings):>9.1f}  {url}")


def _after_publish(client, url):
    """What a page-cache miss meets in production: a publish has started a new
    fragment-cache generation and a visitor has already seen the home page of the
    language (header, footer, locales, restrictions), but nobody this address (the
    home page is measured after the language's workshops page)."""
    from django.conf import settings

    from portal.cache import purge

    purge()
    language = url.strip("/").split("/", 1)[0]
    languages = {code for code, _name in settings.LANGUAGES}
    home = f"/{language}/" if language in languages else f"/{settings.LANGUAGE_CODE}/"
    # The home page itself is measured after another page of its language.
    client.get(home if url != home else f"{home}workshops/")


if __name__ == "__main__":
    main()
