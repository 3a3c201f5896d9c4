"""An uploaded CSV file waiting for (or done with) its import job, and the job's full report."""

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
    content: Mapped[bytes] = mapped_column(LargeBinary)
    archive: Mapped[bytes | None] = mapped_column(LargeBinary)  # a zip of résumé files
    rows: Mapped[int] = mapped_column(default=0)
    report: Mapped[dict[str, Any] | None]
