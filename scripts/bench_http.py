"""HTTP mode of scripts/bench.py: gunicorn with production settings, loaded by wrk.

Everything runs on loopback. The portal is served twice from one throwaway
SQLite database with the initial content: once with the anonymous page cache
off (``PAGE_CACHE_SECONDS=0``, the application's own cost) and once with it on.
A reference site, if given, is measured in the same rounds, alternating with
the portal, so that both see the same machine load. Medians over the runs.
"""

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(tmp, **extra):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="bench-only-secret-key-not-for-production-use-0123456789",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"sqlite:///{tmp / 'bench.sqlite3'}",
        MEDIA_ROOT=str(tmp / "media"),
        STATIC_ROOT=str(tmp / "static"),
        SECURE_SSL_REDIRECT="false",
        BASE_URL="http://127.0.0.1",
        INCLUDE_SYNTHETIC="1",  # benchmark content is measured as if it were real
        # Production's default cache without CACHE_URL is a file cache: keep it out of the tree.
        CACHE_DIR=str(tmp / "cache"),
    )
    env.pop("SEARCH_URL", None)
    env.update(extra)
    return env


def _prepare(tmp):
    env = _env(tmp)
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([*manage, *command], env=env, cwd=ROOT, check=True)
    # Production settings may use a database cache table when CACHE_URL is unset.
    subprocess.run(
        [*manage, "createcachetable"], env=env, cwd=ROOT, check=False, capture_output=True
    )
    subprocess.run(
        [*manage, "load_initial_content"],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _start(tmp, workers, **extra):
    port = _free_port()
    log = open(tmp / f"gunicorn-{port}.log", "w")  # noqa: SIM115 (closed by _stop)
    process = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--log-level",
            "warning",
        ],
        env=_env(tmp, **extra),
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/en/", timeout=5)
            break
        except Exception:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError((tmp / f"gunicorn-{port}.log").read_text()) from None
            time.sleep(0.3)
    return process, log, url


def _stop(process, log):
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


def _ms(value, unit):
    factor = {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    return float(value) * factor


def wrk(url, duration, connections, threads):
    """req/s, p50 ms, p99 ms and error count of one wrk run."""
    result = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    out = result.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"\s50%\s+([\d.]+)(us|ms|s)", out)
    p99 = re.search(r"\s99%\s+([\d.]+)(us|ms|s)", out)
    errors = 0
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    if non2xx:
        errors += int(non2xx.group(1))
    socket_errors = re.search(r"Socket errors:.*?(\d+).*?(\d+).*?(\d+).*?(\d+)", out)
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    detail = re.findall(r"(Non-2xx or 3xx responses:.*|Socket errors:.*)", out)
    return {
        "detail": "; ".join(line.strip() for line in detail),
        "rps": rps,
        "p50": _ms(*p50.groups()) if p50 else float("nan"),
        "p99": _ms(*p99.groups()) if p99 else float("nan"),
        "errors": errors,
    }


def _check(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        if response.status != 200:
            raise RuntimeError(f"{url} answered {response.status}")


def run_http(args, page_kinds):
    if not shutil.which("wrk"):
        sys.exit("wrk is needed for --http (Debian package wrk).")
    reference_pages = dict(
        item.split("=", 1) for item in args.reference_pages.split(",") if "=" in item
    )
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-http-"))
    print(f"# preparing a production-settings copy in {tmp}")
    _prepare(tmp)
    servers = {
        "uncached": _start(tmp, args.workers, PAGE_CACHE_SECONDS="0"),
        "cached": _start(tmp, args.workers),
    }
    targets = {name: (url, page_kinds) for name, (_p, _l, url) in servers.items()}
    if args.reference:
        targets["reference"] = (args.reference.rstrip("/"), reference_pages)
    results = {}  # (target, kind) -> list of runs
    had_errors = False
    try:
        for base, pages in targets.values():
            for path in pages.values():
                _check(base + path)  # warm up and fail early on a wrong path
        for run in range(1, args.runs + 1):
            print(f"# run {run}/{args.runs}")
            for kind in page_kinds:
                for target, (base, pages) in targets.items():
                    if kind not in pages:
                        continue
                    figures = wrk(base + pages[kind], args.duration, args.connections, args.threads)
                    results.setdefault((target, kind), []).append(figures)
                    print(
                        f"  {kind:<8} {target:<10} {figures['rps']:>9.1f} req/s"
                        f"  p50 {figures['p50']:>7.1f} ms  p99 {figures['p99']:>7.1f} ms"
                        f"  errors {figures['errors']}"
                    )
                    if figures["errors"]:
                        had_errors = True
                        print(f"    wrk: {figures['detail']}")
    finally:
        for process, log, _url in servers.values():
            _stop(process, log)

    def median(target, kind, field="rps"):
        runs = results.get((target, kind))
        return statistics.median(r[field] for r in runs) if runs else None

    print()
    print(
        f"medians over {args.runs} runs, wrk -t{args.threads} -c{args.connections} "
        f"-d{args.duration}s, gunicorn {args.workers} sync workers, SQLite"
    )
    header = "| page | uncached req/s | p50 ms | cached req/s | p50 ms |"
    if args.reference:
        header += " reference req/s | uncached / reference |"
    header += " cached / static |"
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    static = median("cached", "static")
    for kind in page_kinds:
        row = (
            f"| {kind} | {median('uncached', kind):.1f} | {median('uncached', kind, 'p50'):.1f} "
            f"| {median('cached', kind):.1f} | {median('cached', kind, 'p50'):.1f} |"
        )
        if args.reference:
            ref = median("reference", kind)
            ratio = median("uncached", kind) / ref if ref else None
            row += f" {ref:.1f} | {ratio:.2f} |" if ref else " – | – |"
        row += f" {median('cached', kind) / static:.0%} |" if static else " – |"
        print(row)
    if had_errors:
        print(f"# some requests failed: the servers' logs are kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
