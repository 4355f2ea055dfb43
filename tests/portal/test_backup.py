"""Backup and restore round-trip a fresh installation: the Makefile's own
``backup`` and ``restore`` commands, into a fresh database and media folder."""

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

from django.core.management import call_command

from wagtail.models import Page, PageLogEntry

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What a person would check after a restore: the pages (and which are live), their
# revisions, the documents with their metadata, and the bytes of every file.
FACTS = r"""
import hashlib, io, json
from django.core.files.storage import default_storage
from django.core.management import call_command
from wagtail.models import Page, Revision
from library.models import PortalDocument
out = io.StringIO()
call_command("fixtree", interactive=False, stdout=out)
dump = io.StringIO()
call_command("dumpdata", "wagtailcore", natural_foreign=True, natural_primary=True, stdout=dump)
files = {}
for document in PortalDocument.objects.order_by("pk"):
    with default_storage.open(document.file.name) as handle:
        files[document.file.name] = hashlib.sha256(handle.read()).hexdigest()
print(json.dumps({
    "pages": sorted([p.pk, p.url_path, p.title, p.live] for p in Page.objects.all()),
    "revisions": Revision.objects.count(),
    "documents": sorted(
        [d.pk, d.title, d.file.name, d.collection.name] for d in PortalDocument.objects.all()
    ),
    "files": files,
    "fixtree": out.getvalue(),
    "dump_objects": len(json.loads(dump.getvalue())),
}))
"""


def _makefile_commands(target):
    """The recipe of a Makefile target, as the commands a shell would run here."""
    lines = (ROOT / "Makefile").read_text().splitlines()
    start = lines.index(next(line for line in lines if line.startswith(f"{target}:")))
    commands = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        command = line.strip()
        if command.startswith("@"):
            continue  # listing, not part of the backup
        commands.append(command.replace("$(PY)", sys.executable))
    return commands


def _run(command, env, shell=False):
    result = subprocess.run(
        command, shell=shell, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _facts(env):
    out = _run([sys.executable, "-c", "import django; django.setup()\n" + FACTS], env)
    return json.loads(out.strip().splitlines()[-1])


def _postgres_databases():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("not the PostgreSQL pass (DATABASE_URL is not postgres://)")
    missing = [tool for tool in ("pg_dump", "pg_restore") if not shutil.which(tool)]
    if missing:
        pytest.skip(f"{', '.join(missing)} not on PATH (Debian package postgresql-client)")
    import psycopg

    suffix = uuid.uuid4().hex[:8]
    names = [f"backup_src_{suffix}", f"backup_fresh_{suffix}"]
    base = url.rsplit("/", 1)[0]
    with psycopg.connect(url, autocommit=True) as connection:
        for name in names:
            connection.execute(f'CREATE DATABASE "{name}"')
    return [f"{base}/{name}" for name in names], lambda: _drop(url, names)


def _drop(url, names):
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        for name in names:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_backup_and_restore_round_trip_a_fresh_installation(tmp_path, engine):
    """`make backup`, then `make restore` into an empty database and media folder,
    gives back the same pages, revisions, documents and downloadable files."""
    cleanup = None
    if engine == "sqlite" and os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("the SQLite round trip runs in the SQLite pass")
    if engine == "sqlite":
        source_url = f"sqlite:///{tmp_path / 'portal.sqlite3'}"
        fresh_url = f"sqlite:///{tmp_path / 'restored' / 'portal.sqlite3'}"
        (tmp_path / "restored").mkdir()
    else:
        (source_url, fresh_url), cleanup = _postgres_databases()
    base_env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "MEDIA_ROOT", "SEARCH_URL"}
    }
    base_env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.test", BACKUP_DIR=str(tmp_path / "backups")
    )
    source = dict(base_env, DATABASE_URL=source_url, MEDIA_ROOT=str(tmp_path / "media"))
    fresh = dict(base_env, DATABASE_URL=fresh_url, MEDIA_ROOT=str(tmp_path / "fresh-media"))
    try:
        _run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], source)
        _run([sys.executable, "manage.py", "load_initial_content"], source)
        before = _facts(source)
        assert len(before["pages"]) > 50 and before["revisions"] > 50
        assert before["files"], "the initial content has downloadable documents"

        for command in _makefile_commands("backup"):
            _run(command, source, shell=True)
        archives = sorted(os.listdir(tmp_path / "backups"))
        assert any(name.endswith(".gz") and ".tar" not in name for name in archives), archives
        assert any(name.endswith(".tar.gz") for name in archives), archives

        for command in _makefile_commands("restore"):
            _run(command, fresh, shell=True)
        after = _facts(fresh)
    finally:
        if cleanup:
            cleanup()

    assert after["pages"] == before["pages"]
    assert after["revisions"] == before["revisions"]
    assert after["documents"] == before["documents"]
    assert after["files"] == before["files"]
    assert after["dump_objects"] == before["dump_objects"]
    assert after["fixtree"].count("No problems found") == 2, after["fixtree"]


def test_initial_content_leaves_no_dangling_log_entries_and_a_clean_tree():
    """No audit-log entry points at a deleted page, so a natural-key dump works,
    and fixtree finds nothing to repair."""
    dangling = PageLogEntry.objects.exclude(page_id__in=Page.objects.values("pk"))
    assert list(dangling.values_list("page_id", "action", "label")) == []
    import io

    dump = io.StringIO()
    call_command("dumpdata", "wagtailcore", natural_foreign=True, natural_primary=True, stdout=dump)
    assert json.loads(dump.getvalue())
    out = io.StringIO()
    call_command("fixtree", interactive=False, stdout=out)
    assert out.getvalue().count("No problems found") == 2, out.getvalue()
