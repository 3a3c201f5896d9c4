"""Résumé file text extraction."""

from __future__ import annotations

import io
import zipfile

import pytest

from matcha.candidates import files
from matcha.errors import InvalidInput, UnsupportedMedia

from .docs import make_docx, make_pdf


def test_txt_and_md_are_decoded_and_cleaned() -> None:
    assert files.extract_text("cv.txt", b"  Jane\r\nDoe \n") == "Jane\nDoe"
    assert files.extract_text("CV.MD", "# Zoë\n\n\n\n- Go".encode()) == "# Zoë\n\n- Go"
    assert files.extract_text("bom.txt", b"\xef\xbb\xbfhello") == "hello"
    assert files.extract_text("utf16.txt", "hé".encode("utf-16")) == "hé"
    assert files.extract_text("legacy.txt", "café".encode("cp1252")) == "café"


def test_pdf_text_is_extracted() -> None:
    text = files.extract_text("cv.pdf", make_pdf("Jane Doe", "Python engineer (8 years)"))
    assert "Jane Doe" in text
    assert "Python engineer (8 years)" in text


def test_docx_paragraphs_and_tables_are_extracted() -> None:
    content = make_docx("Jane Doe", "Backend engineer", table=[["Skills", "Go, SQL"]])
    text = files.extract_text("cv.docx", content)
    assert text.splitlines() == ["Jane Doe", "Backend engineer", "Skills\tGo, SQL"]


@pytest.mark.parametrize("name", ["tool.exe", "cv.doc", "cv", "cv.pdf.exe", "", "cv.html"])
def test_other_types_are_unsupported(name: str) -> None:
    with pytest.raises(UnsupportedMedia):
        files.extract_text(name, b"MZ\x90\x00")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cv.pdf", b"this is not a pdf"),
        ("cv.pdf", b"%PDF-1.4\ngarbage"),
        ("cv.docx", b"PK\x03\x04 not really a zip"),
        ("cv.docx", make_pdf("a pdf in disguise")),
        ("cv.txt", b"MZ\x00\x00binary"),
        ("cv.txt", b" \n\t "),
        ("cv.txt", b""),
        ("cv.docx", make_docx("", "  ")),
    ],
)
def test_unreadable_or_empty_files_are_invalid(name: str, content: bytes) -> None:
    with pytest.raises(InvalidInput):
        files.extract_text(name, content)


def test_a_zip_that_is_not_a_word_document_is_invalid() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(InvalidInput):
        files.extract_text("cv.docx", buffer.getvalue())


def test_sanitize_drops_control_characters_but_keeps_layout() -> None:
    assert files.sanitize("a\x00b\x07c\r\nd\te") == "abc\nd\te"


def test_stem_of_strips_directories_and_extension() -> None:
    assert files.stem_of("../../etc/jane_doe.pdf") == "jane doe"
    assert files.stem_of("C:\\Users\\x\\John Smith.docx") == "John Smith"
