"""Small reply bodies shared by the domains' routers."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel


class Deleted(BaseModel):
    """The answer to a DELETE: 200 with a body, not 204, because the original frontend parses
    every successful answer as JSON; clients that only check for a 2xx accept either."""

    status: Literal["deleted"] = "deleted"
    id: uuid.UUID
