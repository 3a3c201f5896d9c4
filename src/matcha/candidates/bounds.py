"""How much work reading one résumé file may take, so a zip or PDF bomb is refused, not parsed.

A .docx is a zip: its directory is checked (entries, declared sizes, compression ratios) before
anything is inflated, and `zipfile` never inflates an entry past its declared size (it stops
there and the CRC check fails). A PDF is read under pypdf's own limits, lowered to fit a
résumé, and under a wall-clock deadline checked between pages and operators.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from matcha.config import get_settings
from matcha.errors import InvalidInput

MAX_ZIP_ENTRIES = 1000
# Résumé XML deflates 5-15 to 1 and images barely at all; a bomb's filler does 1000 to 1.
MAX_ZIP_RATIO = 100
RATIO_CHECKED_ABOVE = 1024 * 1024
# pypdf's parsing budget per content stream (operands + operators): a dense page uses ~20k;
# 150k takes about half a second to parse.
PDF_PARSE_WORK = 150_000
PDF_XFORM_INVOCATIONS = 200
_CHECK_EVERY = 256


class FileTooComplex(InvalidInput):
    """A file that would take far more work to read than any résumé needs (HTTP 422)."""

    code = "file_too_complex"


class BulkBudgetSpent(InvalidInput):
    """A bulk upload used up its parsing time before it reached this file (HTTP 422)."""

    code = "bulk_budget_exceeded"


@dataclass
class Budget:
    """The limits for reading one file, and the moment its time is up."""

    filename: str
    deadline: float
    seconds: float
    max_pages: int
    max_inflated_bytes: int
    max_xml_bytes: int
    max_chars: int
    _ticks: int = 0

    @classmethod
    def for_file(cls, filename: str, *, deadline: float | None = None) -> Budget:
        """The configured limits; `deadline` (monotonic) can only shorten the file's own."""
        s = get_settings()
        now = time.monotonic()
        until = now + s.resume_parse_seconds
        if deadline is not None:
            until = min(until, deadline)
        return cls(
            filename=filename,
            deadline=until,
            seconds=max(until - now, 0.0),
            max_pages=s.resume_max_pages,
            max_inflated_bytes=s.resume_max_inflated_bytes,
            max_xml_bytes=s.resume_max_xml_bytes,
            max_chars=s.max_transcript_chars,
        )

    def refuse(self, reason: str, **details: object) -> FileTooComplex:
        return FileTooComplex(
            f"{self.filename}: refused without reading it through: {reason}",
            details={"filename": self.filename, "reason": reason, **details},
        )

    def check_time(self) -> None:
        """FileTooComplex once the deadline has passed."""
        if time.monotonic() > self.deadline:
            raise self.refuse(
                f"reading it took longer than its {self.seconds:.1f} s",
                limit_seconds=round(self.seconds, 1),
            )

    def tick(self, *_args: Any) -> None:
        """Cheap enough to call per PDF operator or paragraph: checks the clock now and then."""
        self._ticks += 1
        if self._ticks % _CHECK_EVERY == 0:
            self.check_time()

    def check_chars(self, count: int) -> None:
        """InvalidInput as soon as the text is longer than a résumé may be (no need to go on)."""
        if count > self.max_chars:
            raise InvalidInput(
                f"{self.filename}: the text is longer than {self.max_chars} characters",
                details={"filename": self.filename, "limit": self.max_chars},
            )

    def check_zip(self, archive: zipfile.ZipFile) -> None:
        """Refuse a zip whose directory promises more inflating than a résumé needs."""
        entries = archive.infolist()
        if len(entries) > MAX_ZIP_ENTRIES:
            raise self.refuse(f"{len(entries)} zip entries", limit=MAX_ZIP_ENTRIES)
        total = 0
        for info in entries:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_CHECKED_ABOVE and ratio > MAX_ZIP_RATIO:
                raise self.refuse(
                    f"{info.filename} inflates {ratio:.0f} times", limit_ratio=MAX_ZIP_RATIO
                )
            if info.filename.endswith((".xml", ".rels")) and info.file_size > self.max_xml_bytes:
                raise self.refuse(
                    f"{info.filename} holds {info.file_size} bytes of XML",
                    limit=self.max_xml_bytes,
                )
        if total > self.max_inflated_bytes:
            raise self.refuse(f"it inflates to {total} bytes", limit=self.max_inflated_bytes)

    @contextmanager
    def pypdf_limits(self) -> Iterator[None]:
        """pypdf's decompression and parsing limits, lowered to a résumé's size, in this context."""
        from pypdf import apply_configuration

        cap = self.max_inflated_bytes
        with apply_configuration(
            zlib_maximum_output_length=cap,
            lzw_maximum_output_length=cap,
            run_length_maximum_output_length=cap,
            brotli_maximum_output_length=cap,
            jbig2_maximum_output_length=cap,
            array_based_stream_maximum_output_length=cap,
            image_maximum_buffer_size=cap,
            stream_decoding_work_maximum_length=4 * cap,
            stream_parsing_work_maximum_count=PDF_PARSE_WORK,
            xform_maximum_invocations_per_extraction=PDF_XFORM_INVOCATIONS,
            jbig2dec_binary=None,
        ):
            yield
