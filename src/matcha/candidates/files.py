"""Résumé files to plain text: .txt, .md, .pdf (pypdf) and .docx (python-docx).

Parsers are imported lazily, so a process that never reads a file never pays for them. Each
file is read within a `Budget` (bounds.py): a zip or PDF bomb is refused, not parsed.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from pathlib import PurePosixPath

from matcha.candidates.bounds import Budget
from matcha.errors import InvalidInput, UnsupportedMedia

ALLOWED_SUFFIXES = (".txt", ".md", ".pdf", ".docx")
_KEEP = frozenset("\n\t")
_BLANK_RUNS = re.compile(r"\n{3,}")


def suffix_of(filename: str) -> str:
    """The lower-cased extension of an uploaded file's name ("" when it has none)."""
    return PurePosixPath(filename.replace("\\", "/")).suffix.lower()


def stem_of(filename: str) -> str:
    """The file's name without directories or extension, fit to be a fallback candidate name."""
    stem = PurePosixPath(filename.replace("\\", "/")).stem
    return sanitize(stem.replace("_", " ")).strip()[:200]


def extract_text(filename: str, content: bytes, *, budget: Budget | None = None) -> str:
    """The text of a résumé file; UnsupportedMedia for other types, InvalidInput if unreadable,
    FileTooComplex (an InvalidInput) past the budget, by default the configured one."""
    budget = budget or Budget.for_file(filename)
    suffix = suffix_of(filename)
    if suffix not in ALLOWED_SUFFIXES:
        raise UnsupportedMedia(
            f"{filename or 'file'}: unsupported file type {suffix or '(none)'}; "
            f"use one of {', '.join(ALLOWED_SUFFIXES)}",
            details={"filename": filename, "allowed": list(ALLOWED_SUFFIXES)},
        )
    if suffix == ".pdf":
        raw = _pdf_text(filename, content, budget)
    elif suffix == ".docx":
        raw = _docx_text(filename, content, budget)
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


def _pdf_text(filename: str, content: bytes, budget: Budget) -> str:
    if b"%PDF-" not in content[:1024]:
        raise _unreadable(filename, "PDF")
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    try:
        with budget.pypdf_limits():
            reader = PdfReader(io.BytesIO(content))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InvalidInput(
                    f"{filename}: the PDF is encrypted", details={"filename": filename}
                )
            texts: list[str] = []
            chars = 0
            for page in reader.pages[: budget.max_pages]:
                budget.check_time()
                texts.append(page.extract_text(visitor_operand_before=budget.tick) or "")
                chars += len(texts[-1])
                budget.check_chars(chars)
            return "\n".join(texts)
    except InvalidInput:
        raise
    except LimitReachedError as exc:
        raise budget.refuse(f"pypdf's limit was reached ({exc})") from exc
    except Exception as exc:  # pypdf raises many types for malformed files
        raise _unreadable(filename, "PDF") from exc


def _docx_text(filename: str, content: bytes, budget: Budget) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            budget.check_zip(archive)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable(filename, "Word (.docx)") from exc
    import docx

    try:
        document = docx.Document(io.BytesIO(content))
        lines: list[str] = []
        chars = 0
        for paragraph in document.paragraphs:
            budget.tick()
            lines.append(paragraph.text)
            chars += len(lines[-1])
            budget.check_chars(chars)
        for table in document.tables:
            for row in table.rows:
                budget.check_time()
                lines.append("\t".join(cell.text for cell in row.cells))
                chars += len(lines[-1])
                budget.check_chars(chars)
    except InvalidInput:
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise _unreadable(filename, "Word (.docx)") from exc
    return "\n".join(lines)
