"""Résumé files inside an uploaded zip, named by a CSV's `resume_file` column: read one entry
at a time, each within the upload limit, so a zip bomb costs nothing."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

from matcha.candidates import files
from matcha.config import get_settings
from matcha.errors import InvalidInput, PayloadTooLarge

MAX_ENTRIES = 100_000


class Archive:
    """The zip's entries by name (and by base name, when that is unambiguous)."""

    def __init__(self, content: bytes) -> None:
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(content))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError):
            raise InvalidInput(
                "the archive is not a zip file", details={"field": "archive"}
            ) from None
        if len(infos) > MAX_ENTRIES:
            raise InvalidInput(f"the zip holds more than {MAX_ENTRIES} files")
        self.entries = {i.filename: i for i in infos if not i.is_dir()}
        bases: dict[str, list[zipfile.ZipInfo]] = {}
        for info in self.entries.values():
            bases.setdefault(PurePosixPath(info.filename).name, []).append(info)
        self.by_base = {name: found[0] for name, found in bases.items() if len(found) == 1}

    def text_of(self, name: str) -> str:
        """The résumé text of the entry `name` (InvalidInput, PayloadTooLarge, UnsupportedMedia)."""
        info = self.entries.get(name) or self.by_base.get(PurePosixPath(name).name)
        if info is None:
            raise InvalidInput(f"{name!r} is not in the zip", details={"field": "resume_file"})
        limit = get_settings().max_upload_bytes
        if info.file_size > limit:
            raise PayloadTooLarge(
                f"{name}: larger than {limit} bytes", details={"field": "resume_file"}
            )
        with self.zip.open(info) as entry:
            content = entry.read(limit + 1)  # the header's size can lie; the read can't
        if len(content) > limit:
            raise PayloadTooLarge(
                f"{name}: larger than {limit} bytes", details={"field": "resume_file"}
            )
        try:
            return files.extract_text(info.filename, content)
        except InvalidInput as exc:
            exc.details.setdefault("field", "resume_file")
            raise
