"""Résumé files to plain text: .txt, .md, .pdf (pypdf) and .docx (python-docx).

Parsers are imported lazily, so a process that never reads a file never pays for them.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from pathlib import PurePosixPath

from matcha.errors import InvalidInput, UnsupportedMedia

ALLOWED_SUFFIXES = (".txt", ".md", ".pdf", ".docx")
MAX_PDF_PAGES = 50
# A .docx is a zip; refuse one that would inflate past this (a zip bomb, not a résumé).
MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024
_KEEP = frozenset("\n\t")
_BLANK_RUNS = re.compile(r"\n{3,}")


def suffix_of(filename: str) -> str:
    """The lower-cased extension of an uploaded file's name ("" when it has none)."""
    return PurePosixPath(filename.replace("\\", "/")).suffix.lower()


def stem_of(filename: str) -> str:
    """The file's name without directories or extension, fit to be a fallback candidate name."""
    stem = PurePosixPath(filename.replace("\\", "/")).stem
    return sanitize(stem.replace("_", " ")).strip()[:200]


def extract_text(filename: str, content: bytes) -> str:
    """The text of a résumé file; UnsupportedMedia for other types, InvalidInput if unreadable."""
    suffix = suffix_of(filename)
    if suffix not in ALLOWED_SUFFIXES:
        raise UnsupportedMedia(
            f"{filename or 'file'}: unsupported file type {suffix or '(none)'}; "
            f"use one of {', '.join(ALLOWED_SUFFIXES)}",
            details={"filename": filename, "allowed": list(ALLOWED_SUFFIXES)},
        )
    if suffix == ".pdf":
        raw = _pdf_text(filename, content)
    elif suffix == ".docx":
        raw = _docx_text(filename, content)
    else:
        raw = _plain_text(filename, content)
    text = _BLANK_RUNS.sub("\n\n", sanitize(raw)).strip()
    if not text:
        raise InvalidInput(
            f"{filename}: no text could be extracted", details={"filename": filename}
        )
    return text


def sanitize(text: str) -> str:
    """Normalise newlines and drop control characters that extractors leave behind (NUL etc.)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in _KEEP or unicodedata.category(c) not in ("Cc", "Cs"))


def _unreadable(filename: str, kind: str) -> InvalidInput:
    return InvalidInput(f"{filename}: not a readable {kind} file", details={"filename": filename})


def _plain_text(filename: str, content: bytes) -> str:
    if b"\x00" in content and not content.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _unreadable(filename, "text")
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        if encoding == "utf-16" and not content.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _unreadable(filename, "text")


def _pdf_text(filename: str, content: bytes) -> str:
    if b"%PDF-" not in content[:1024]:
        raise _unreadable(filename, "PDF")
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InvalidInput(f"{filename}: the PDF is encrypted", details={"filename": filename})
        pages = reader.pages[:MAX_PDF_PAGES]
        return "\n".join(page.extract_text() or "" for page in pages)
    except InvalidInput:
        raise
    except Exception as exc:  # pypdf raises many types for malformed files
        raise _unreadable(filename, "PDF") from exc


def _docx_text(filename: str, content: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable(filename, "Word (.docx)") from exc
    if inflated > MAX_DOCX_UNCOMPRESSED:
        raise _unreadable(filename, "Word (.docx)")
    import docx

    try:
        document = docx.Document(io.BytesIO(content))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                lines.append("\t".join(cell.text for cell in row.cells))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise _unreadable(filename, "Word (.docx)") from exc
    return "\n".join(lines)
