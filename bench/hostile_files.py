"""Hostile résumé files against a real API: time to refusal, and the API's RSS before and after.

    python3 bench/hostile_files.py [--reps 3] [--bulk 50]

Per repetition, a fresh SQLite database, a bench account and the real `matcha serve` in
always-on mode (the API process alone). Each kind of file is built here with the standard
library, as issue 12 describes them, and uploaded once to `POST /api/candidates/upload` (the
bulk kind to `/bulk-upload`):
- docx bomb: a valid .docx whose document.xml is 45 MiB of alike paragraphs (~150 KiB file);
- pdf bomb: a one-page PDF whose content is one Flate stream of 20 MiB of text operators;
- pdf dense: the same with 3 MiB: under the per-stream byte cap, past the parsing budget;
- bulk: `--bulk` files (50) in one request, the docx and pdf bombs alternating (~5 MiB of body).
Measured: the wall time from sending the request to the answer, the answer's status and code,
the API's RSS (summed over its process tree) just before the request, its peak (sampled every
0.1 s) and 2 s after, and the candidates stored (must be 0). The driver is standard-library
only (run it with /usr/bin/python3), outside the measured tree.
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import time
import uuid
import zipfile
import zlib
from typing import Any

from clients import AUTH
from common import (
    VENV_PY,
    Mem,
    PeakSampler,
    Stack,
    child_env,
    free_port,
    http_get,
    median,
    save,
    table,
    tree_mem,
    use_token,
    wait_http_ready,
)

MiB = 1024 * 1024
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def docx_bomb(inflated: int) -> bytes:
    paragraph = b"<w:p><w:r><w:t>Python engineer</w:t></w:r></w:p>"
    body = paragraph * (inflated // len(paragraph))
    document = b'<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W.encode(), body)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def pdf_bomb(inflated: int) -> bytes:
    unit = b"BT /F1 12 Tf 72 720 Td (Hello world) Tj ET\n"
    packed = zlib.compress(unit * (inflated // len(unit)), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def multipart(field: str, files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, content in files:
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{name}"'
            "\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        parts.append(head.encode() + content + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), boundary


def upload(port: int, path: str, field: str, files: list[tuple[str, bytes]]) -> tuple[int, Any]:
    body, boundary = multipart(field, files)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    headers = {**AUTH, "content-type": f"multipart/form-data; boundary={boundary}"}
    conn.request("POST", path, body=body, headers=headers)
    response = conn.getresponse()
    data = json.loads(response.read() or b"null")
    conn.close()
    return response.status, data


def kinds(bulk_files: int) -> dict[str, tuple[str, str, list[tuple[str, bytes]]]]:
    docx, pdf = docx_bomb(45 * MiB), pdf_bomb(20 * MiB)
    bulk = [(f"{i}.docx", docx) if i % 2 == 0 else (f"{i}.pdf", pdf) for i in range(bulk_files)]
    return {
        "docx bomb (45 MiB XML)": ("/api/candidates/upload", "file", [("bomb.docx", docx)]),
        "pdf bomb (20 MiB stream)": ("/api/candidates/upload", "file", [("bomb.pdf", pdf)]),
        "pdf dense (3 MiB stream)": (
            "/api/candidates/upload",
            "file",
            [("dense.pdf", pdf_bomb(3 * MiB))],
        ),
        f"bulk: {bulk_files} bombs": ("/api/candidates/bulk-upload", "files", bulk),
    }


def one_rep(bulk_files: int) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with Stack() as st:
        env = child_env(DATABASE_URL=st.database(), MATCHA_WORKER_MODE="always-on")
        use_token(st.producer("account", env=env)["token"])
        port = free_port()
        api = st.start("api", [VENV_PY, "-m", "matcha", "serve", "--port", str(port)], env)
        base = f"http://127.0.0.1:{port}"
        wait_http_ready(api, base)
        http_get(f"{base}/api/candidates")  # warm: imports and the first query
        time.sleep(2)
        for kind, (path, field, files) in kinds(bulk_files).items():
            before = tree_mem(api.pid)
            sampler = PeakSampler(lambda: [api.pid])
            sampler.start()
            started = time.monotonic()
            status, data = upload(port, path, field, files)
            seconds = time.monotonic() - started
            time.sleep(2)
            peak = sampler.stop()
            codes = (
                sorted({e["code"] for e in data["errors"]}) if "errors" in data else [data["code"]]
            )
            stored = json.loads(http_get(f"{base}/api/candidates")[1])
            out[kind] = {
                "bytes": sum(len(c) for _, c in files),
                "status": status,
                "codes": ",".join(codes),
                "seconds": round(seconds, 2),
                "before": before,
                "peak": peak,
                "after": tree_mem(api.pid),
                "stored": len(stored),
            }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--bulk", type=int, default=50, help="files in the bulk upload")
    args = parser.parse_args()
    reps = []
    for i in range(args.reps):
        reps.append(one_rep(args.bulk))
        print(f"rep {i + 1}/{args.reps} done", flush=True)
    rows = []
    for kind in reps[0]:
        runs = [rep[kind] for rep in reps]

        def rss(key: str, runs: list[dict[str, Any]] = runs) -> float:
            return median([r[key].rss_mib for r in runs if isinstance(r[key], Mem)])

        rows.append([
            kind, f"{runs[0]['bytes'] // 1024} KiB", runs[0]["status"], runs[0]["codes"],
            f"{median([r['seconds'] for r in runs]):.2f}", rss("before"), rss("peak"), rss("after"),
            max(r["stored"] for r in runs),
        ])  # fmt: skip
    raw = [{k: {f: (v.__dict__ if isinstance(v, Mem) else v) for f, v in r.items()}
            for k, r in rep.items()} for rep in reps]  # fmt: skip
    path = save("hostile_files", {"args": vars(args), "reps": raw})
    print(f"\n## Hostile résumé files (median of {args.reps}; raw: {path})\n")
    headers = [
        "file", "size", "status", "code", "s to answer", "API RSS before", "peak", "2 s after",
        "stored",
    ]  # fmt: skip
    print(table(headers, rows))


if __name__ == "__main__":
    main()
