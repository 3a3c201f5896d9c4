"""The original frontend's way of calling, and the data its pages show.

`Original.call` is its `request()` (client/src/api/client.ts): every call sends
`Content-Type: application/json` (a DELETE and a body-less POST too), the bearer token, the body
as JSON.stringify makes it, and parses every successful answer as JSON, so a bare 204 fails as
it would in the browser. `Original.upload` is its multipart uploads (no Content-Type of its own).
"""

from __future__ import annotations

import json
import types
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcha.demo.loader import SAMPLE_DIR

TRANSCRIPTS = SAMPLE_DIR / "transcripts"
RESUMES = SAMPLE_DIR / "resumes"
NULL = types.NoneType
TEXT = (str, NULL)  # `string | null` in client/src/types
NUMBER = (int, float)


@dataclass
class Original:
    http: TestClient

    def send(self, endpoint: str, method: str = "GET", body: Any = None) -> Any:
        """The raw answer to a call built as client.ts builds it."""
        content = None if body is None else json.dumps(body)
        headers = {"Content-Type": "application/json"}
        return self.http.request(method, f"/api{endpoint}", content=content, headers=headers)

    def call(self, endpoint: str, method: str = "GET", body: Any = None) -> Any:
        """What the client's `request<T>()` resolves to: the parsed JSON of a 2xx answer."""
        response = self.send(endpoint, method, body)
        assert response.is_success, f"the client throws: {response.status_code} {response.text}"
        return response.json()

    def upload(self, endpoint: str, field: str, files: list[tuple[str, bytes]]) -> Any:
        """A multipart upload as the client's FormData makes it; the raw answer."""
        parts = [(field, (name, data, "application/octet-stream")) for name, data in files]
        return self.http.post(f"/api{endpoint}", files=parts)


def reads(obj: Any, **fields: type | tuple[type, ...]) -> None:
    """`obj` has each field a page reads, of the type client/src/types gives it."""
    assert isinstance(obj, dict), f"the page reads fields of {obj!r}"
    for name, kind in fields.items():
        assert name in obj, f"the page reads `{name}`, missing from {sorted(obj)}"
        # bool is an int in Python; a number field must not be a boolean
        ok = isinstance(obj[name], kind) and not (
            isinstance(obj[name], bool) and bool not in _types(kind)
        )
        assert ok, f"`{name}` is {obj[name]!r}, not {kind}"


def _types(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def strings(values: Any) -> bool:
    return isinstance(values, list) and all(isinstance(v, str) for v in values)


@pytest.fixture
def original(client: TestClient) -> Iterator[Original]:
    yield Original(client)


@pytest.fixture
def cultured(original: Original) -> dict[str, Any]:
    """A company with two analysed culture interviews and its aggregated profile, made through
    the API, as the client's CompanyDetail page finds it."""
    company = original.call("/companies", "POST", {"name": "Lumen Labs", "industry": "Design"})
    for name in ("lumen_culture_founder.txt", "lumen_culture_engineer.txt"):
        made = original.call(
            f"/companies/{company['id']}/interviews",
            "POST",
            {"interview_type": "culture", "transcript": (TRANSCRIPTS / name).read_text()},
        )
        original.call(f"/interviews/{made['id']}/analyze", "POST")
    original.call(f"/companies/{company['id']}/aggregate-culture", "POST")
    return dict(original.call(f"/companies/{company['id']}"))


@pytest.fixture
def candidates(original: Original) -> list[dict[str, Any]]:
    """Five candidates from the demo's résumés."""
    made = []
    for path in sorted(RESUMES.iterdir())[:5]:
        text = path.read_text()
        body = {"name": text.splitlines()[0].strip(), "resume_text": text}
        made.append(original.call("/candidates", "POST", body))
    return made
