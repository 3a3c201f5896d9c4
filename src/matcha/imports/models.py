"""An uploaded CSV file waiting for its import job, and the job's full report. The file's bytes
(the CSV and any zip of résumés) are deleted when the job ends, succeeded or failed for good:
personal data is not kept past the import that needed it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from matcha.db import Base, IdMixin, TimestampMixin
from matcha.tenancy import OrgOwned


class ImportFile(IdMixin, TimestampMixin, OrgOwned, Base):
    __tablename__ = "import_files"

    kind: Mapped[str] = mapped_column(String(20))
    filename: Mapped[str] = mapped_column(String(255))
    content: Mapped[bytes | None] = mapped_column(LargeBinary)  # None once the job has ended
    archive: Mapped[bytes | None] = mapped_column(LargeBinary)  # a zip of résumé files
    rows: Mapped[int] = mapped_column(default=0)
    report: Mapped[dict[str, Any] | None]
