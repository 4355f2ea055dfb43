#!/usr/bin/env python
"""Peak memory of a document upload through the admin, for a PDF, a DOCX and a CSV.

Usage: .venv/bin/python scripts/upload_bench.py [--size-mb 20] [--kind pdf docx csv]

Migrates a throwaway SQLite database in a temporary directory, then, for each kind, in a
fresh process: builds a file of the given size, encodes the multipart body, and posts it
to /admin/documents/add/ as a superuser (Django's test client: request parsing, the
upload form's checks, storage, text extraction, search indexing; no network). Reports the
process's resident memory before the request (Django, Wagtail and the encoded body already
loaded), its peak during the request (VmHWM, reset just before) and the difference, which
is the upload's own cost, and, with ``--trace``, the peak of Python allocations during it
(tracemalloc). Not a test: figures go to docs/benchmarks.md.
"""

import argparse
import contextlib
import gc
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = [
    "job",
    "coach",
    "workplace",
    "buddy",
    "training",
    "refugees",
    "municipality",
    "placement",
    "assessment",
    "follow-up",
    "employer",
    "language",
    "teaching",
    "network",
    "cooperative",
    "canton",
    "province",
    "agency",
    "support",
]


def _text(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words))


def make_pdf(size, rng):
    """A PDF of ``size`` bytes: 200 pages of text and one large incompressible image."""
    # Objects 1-4: catalog, page tree, font, image (filled in last, to reach the size).
    catalog = b"<</Type/Catalog/Pages 2 0 R>>"
    objects = [catalog, b"", b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>", b""]
    pages = []
    for number in range(200 if size > 5 * 2**20 else 5):
        lines = "".join(
            f"BT /F1 10 Tf 40 {800 - 14 * line} Td ({_text(rng, 12)}) Tj ET\n" for line in range(50)
        ).encode()
        stream = zlib.compress(lines)
        objects.append(
            b"<</Length %d/Filter/FlateDecode>>stream\n" % len(stream) + stream + b"\nendstream"
        )
        content_id = len(objects)
        image = b"/XObject<</Im1 4 0 R>>" if number == 0 else b""
        objects.append(
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents %d 0 R"
            b"/Resources<</Font<</F1 3 0 R>>%s>>>>" % (content_id, image)
        )
        pages.append(len(objects))
    objects[1] = b"<</Type/Pages/Count %d/Kids[%s]>>" % (
        len(pages),
        b" ".join(b"%d 0 R" % page for page in pages),
    )
    used = sum(len(obj) + 40 for obj in objects) + 400
    side = max(int((max(size - used, 3) / 3) ** 0.5), 1)
    pixels = rng.randbytes(side * side * 3)
    image = (
        b"<</Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/DeviceRGB"
        b"/BitsPerComponent 8/Length %d>>stream\n"
        % (side, side, len(pixels))
        + pixels
        + b"\nendstream"
    )
    objects[3] = image
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def make_docx(size, rng):
    """A DOCX of ``size`` bytes: 2 MB of text paragraphs and an incompressible image."""
    paragraphs = "".join(f"<w:p><w:r><w:t>{_text(rng, 40)}</w:t></w:r></w:p>" for _ in range(8000))
    document = f"<w:document xmlns:w='w'><w:body>{paragraphs}</w:body></w:document>".encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
        left = size - buffer.tell() - 2000
        archive.writestr("word/media/image1.png", rng.randbytes(max(left, 0)), zipfile.ZIP_STORED)
    return buffer.getvalue()


def make_csv(size, rng):
    rows = [f"{number},{_text(rng, 6)},{rng.randint(0, 999)}\n" for number in range(2000)]
    block = "".join(rows).encode()
    return block * (size // len(block))  # one allocation, whole rows


MAKERS = {"pdf": make_pdf, "docx": make_docx, "csv": make_csv}


def _status_mb(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss():
    """Linux: start the peak resident size (VmHWM) again from the current size."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def measure(kind, size, trace):
    """Runs in its own process (see main); prints one JSON line."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.test.client import MULTIPART_CONTENT, encode_multipart

    from wagtail.models import Collection

    from library.models import PortalDocument

    user, _created = get_user_model().objects.get_or_create(
        username="bench", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client()
    client.force_login(user)
    fields = {
        "title": f"Benchmark {kind}",
        "collection": Collection.get_first_root_node().pk,
        "document_type": "model",
        "language": "en",
    }

    def body(name, content):
        upload = io.BytesIO(content)
        upload.name = name
        return encode_multipart("BoUnDaRy", dict(fields, file=upload))

    # Warm up (imports, templates, first queries) with a small file of the same kind.
    rng = random.Random(1)
    small = body(f"warm.{kind}", MAKERS[kind](200_000, rng))
    client.generic("POST", "/admin/documents/add/", small, MULTIPART_CONTENT)
    content = MAKERS[kind](size, rng)
    file_mb = len(content) / 2**20
    payload = body(f"bench.{kind}", content)
    del content
    gc.collect()
    reset_peak_rss()
    before = _status_mb("VmRSS")  # Django, Wagtail and the encoded request body
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    response = client.generic(
        "POST", "/admin/documents/add/", payload, "multipart/form-data; boundary=BoUnDaRy"
    )
    seconds = time.perf_counter() - started
    traced_peak = tracemalloc.get_traced_memory()[1] if trace else 0
    tracemalloc.stop()
    document = PortalDocument.objects.filter(title=f"Benchmark {kind}").order_by("-pk").first()
    print(
        json.dumps(
            {
                "kind": kind,
                "file_mb": round(file_mb, 1),
                "status": response.status_code,
                "saved": bool(document),
                "extracted_chars": len(document.extracted_text) if document else 0,
                "seconds": round(seconds, 2),
                "rss_before_mb": round(before),
                "peak_rss_during_mb": round(_status_mb("VmHWM")),
                "upload_peak_growth_mb": round(_status_mb("VmHWM") - before),
                "python_alloc_peak_mb": round(traced_peak / 2**20) if trace else None,
            }
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=20)
    parser.add_argument("--kind", nargs="+", choices=sorted(MAKERS), default=["pdf", "docx", "csv"])
    parser.add_argument(
        "--trace", action="store_true", help="also trace Python allocations (slower)"
    )
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    size = int(args.size_mb * 2**20) - 64 * 1024  # room for the form's other fields
    if args.one:
        measure(args.one, size, args.trace)
        return
    with tempfile.TemporaryDirectory(prefix="upload-bench-") as tmp:
        env = dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="portal.settings.test",
            DATABASE_URL=f"sqlite:///{tmp}/db.sqlite3",
            MEDIA_ROOT=f"{tmp}/media",
        )
        manage = [sys.executable, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, cwd=ROOT, check=True)
        for kind in args.kind:
            result = subprocess.run(
                [sys.executable, __file__, "--one", kind, "--size-mb", str(args.size_mb)]
                + (["--trace"] if args.trace else []),
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            )
            print(result.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
