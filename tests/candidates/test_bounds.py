"""Zip and PDF bombs are refused with a 422 `file_too_complex` before they are read through.

Each bomb is built here: a .docx whose document.xml deflates from megabytes to kilobytes, and
PDFs with one huge Flate stream. A real multi-page résumé still parses under the same limits.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.candidates import files, service
from matcha.candidates.bounds import FileTooComplex
from matcha.candidates.models import Candidate
from matcha.config import get_settings

from .docs import make_docx, make_docx_bomb, make_long_pdf, make_pdf_bomb

MiB = 1024 * 1024
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Candidate)) or 0


@pytest.fixture
def setting(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Set MATCHA_* variables for one test: setting("MATCHA_X", "1")."""

    def set_(name: str, value: str) -> None:
        monkeypatch.setenv(name, value)
        get_settings.cache_clear()

    yield set_
    monkeypatch.undo()
    get_settings.cache_clear()


def _forbid_docx_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """python-docx must never be reached: the zip's directory alone refuses the file."""
    import docx

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("python-docx was asked to read a zip bomb")

    monkeypatch.setattr(docx, "Document", refuse)


def test_a_docx_bomb_is_refused_from_its_directory(
    client: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = make_docx_bomb(12 * MiB)
    assert len(bomb) < 300 * 1024
    _forbid_docx_parser(monkeypatch)
    response = client.post("/api/candidates/upload", files={"file": ("bomb.docx", bomb, DOCX)})
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == "file_too_complex"
    assert body["filename"] == "bomb.docx"
    assert "word/document.xml" in body["detail"]
    assert _count(session) == 0


def test_a_docx_whose_xml_is_over_the_cap_is_refused() -> None:
    # 3 MiB of XML that compresses like a real document's, against the 2 MiB default.
    content = make_docx_bomb(3 * MiB, varied=True)
    with pytest.raises(FileTooComplex, match="bytes of XML"):
        files.extract_text("long.docx", content)


def test_a_docx_with_too_many_entries_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for i in range(1001):
            archive.writestr(f"word/media/{i}.xml", b"")
    with pytest.raises(FileTooComplex, match="1001 zip entries"):
        files.extract_text("many.docx", buffer.getvalue())


def test_a_zip_that_understates_a_size_is_not_inflated_past_it() -> None:
    """zipfile stops at the declared size (and the CRC check fails): declared sizes are caps."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:p/>" * (2 * MiB))
    data = bytearray(buffer.getvalue())
    for header, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(header) + offset
        data[at : at + 4] = (1000).to_bytes(4, "little")
    with pytest.raises(files.InvalidInput) as raised:
        files.extract_text("liar.docx", bytes(data))
    assert raised.value.code == "invalid_input"


def test_a_pdf_with_one_huge_flate_stream_is_refused(client: TestClient, session: Session) -> None:
    bomb = make_pdf_bomb(16 * MiB)
    assert len(bomb) < 100 * 1024
    response = client.post(
        "/api/candidates/upload", files={"file": ("bomb.pdf", bomb, "application/pdf")}
    )
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "file_too_complex"
    assert "decompressing" in response.json()["detail"]
    assert _count(session) == 0


def test_a_pdf_stream_under_the_byte_cap_but_too_many_operators_is_refused() -> None:
    with pytest.raises(FileTooComplex, match="tokens"):
        files.extract_text("dense.pdf", make_pdf_bomb(3 * MiB))


def test_a_pdf_past_its_time_is_refused(setting: object) -> None:
    setting("MATCHA_RESUME_PARSE_SECONDS", "0.001")  # type: ignore[operator]
    with pytest.raises(FileTooComplex, match="took longer"):
        files.extract_text("slow.pdf", make_long_pdf(10))


def test_a_real_ten_page_resume_parses_under_the_default_size_limits(setting: object) -> None:
    # The page, size and XML limits are the defaults; the time limit is widened, because a busy
    # machine can take longer than the default seconds and that says nothing about the limits.
    setting("MATCHA_RESUME_PARSE_SECONDS", "120")  # type: ignore[operator]
    text = files.extract_text("cv.pdf", make_long_pdf(10))
    assert [line for line in text.splitlines() if line.startswith("Page ")] == [
        f"Page {n}" for n in range(1, 11)
    ]
    paragraphs = [f"{i}. Led the migration of service {i} to Kubernetes" for i in range(600)]
    docx_text = files.extract_text("cv.docx", make_docx(*paragraphs, table=[["Go", "SQL"]] * 40))
    assert docx_text.splitlines()[-1] == "Go\tSQL"
    assert len(docx_text.splitlines()) == 640


def test_pages_past_the_cap_are_not_read(setting: object) -> None:
    setting("MATCHA_RESUME_MAX_PAGES", "3")  # type: ignore[operator]
    text = files.extract_text("cv.pdf", make_long_pdf(5, lines=2))
    assert [line for line in text.splitlines() if line.startswith("Page ")] == [
        "Page 1",
        "Page 2",
        "Page 3",
    ]


def test_a_bulk_upload_shares_one_budget(session: Session, setting: object) -> None:
    # The first file alone takes longer than the whole upload may: it is refused by time and
    # the others are reported without being read.
    setting("MATCHA_BULK_PARSE_SECONDS", "0.02")  # type: ignore[operator]
    uploads = [("slow.pdf", make_long_pdf(10)), ("a.txt", b"Alice"), ("b.txt", b"Bob")]
    result = service.bulk_create_from_files(session, uploads=uploads)
    assert result.created == []
    assert [(e.filename, e.code) for e in result.errors] == [
        ("slow.pdf", "file_too_complex"),
        ("a.txt", "bulk_budget_exceeded"),
        ("b.txt", "bulk_budget_exceeded"),
    ]
    assert _count(session) == 0


def test_a_bulk_upload_of_bombs_stores_nothing(client: TestClient, session: Session) -> None:
    bombs = [("d.docx", make_docx_bomb(12 * MiB), DOCX)] * 5
    bombs += [("p.pdf", make_pdf_bomb(16 * MiB), "application/pdf")] * 5
    response = client.post("/api/candidates/bulk-upload", files=[("files", bomb) for bomb in bombs])
    assert response.status_code == 200, response.text
    assert {e["code"] for e in response.json()["errors"]} == {"file_too_complex"}
    assert len(response.json()["errors"]) == 10
    assert _count(session) == 0
