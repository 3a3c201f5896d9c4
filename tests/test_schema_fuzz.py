"""Schemathesis walks every operation of the OpenAPI schema: no 5xx, responses match the schema.

Two of its checks are left out, for reasons the schema cannot carry:
- `positive_data_acceptance`: cross-field rules (salary_min ≤ salary_max, min_years ≤ max_years)
  reject data that each field alone allows;
- `unsupported_method`: `GET /api/candidates/upload` matches `GET /api/candidates/{id}` and
  answers 422 for a malformed id rather than 405.
The bulk upload also runs without `negative_data_rejection`: its file parts are bytes, whatever
the generator meant them to be, and a bad file is reported per file in a 200 by design.
Every call carries an admin's bearer token, so the operations run rather than answer 401.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode, checks
from schemathesis.core.parameters import ParameterLocation

from matcha.main import create_app
from tests.conftest import Account, make_account

schema = schemathesis.openapi.from_asgi(
    "/openapi.json", create_app(background=False, api_docs=True)
)
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
    checks.negative_data_rejection,
]
EXCLUDED = [checks.positive_data_acceptance, checks.unsupported_method]
BULK = "/api/candidates/bulk-upload"
FUZZ = settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))


def _auth(case: schemathesis.Case, account: Account) -> dict[str, str]:
    """A validly generated bearer token becomes a real one (an organisation's admin; logging
    out ends a throwaway token). Headers generated invalid, or left out, stay as they are:
    that is schemathesis checking the 401."""
    header_mode = case.meta.components.get(ParameterLocation.HEADER) if case.meta else None
    valid = header_mode is None or header_mode.mode == GenerationMode.POSITIVE
    if "Authorization" not in (case.headers or {}) or not valid:
        return {}
    if case.path == "/api/auth/logout":
        return make_account("Throwaway").headers
    return account.headers


@schema.exclude(path=BULK).parametrize()
@FUZZ
def test_every_operation_answers_within_its_schema(
    case: schemathesis.Case, account: Account
) -> None:
    case.call_and_validate(headers=_auth(case, account), checks=CHECKS, excluded_checks=EXCLUDED)


@schema.include(path=BULK).parametrize()
@FUZZ
def test_the_bulk_upload_answers_within_its_schema(
    case: schemathesis.Case, account: Account
) -> None:
    case.call_and_validate(
        headers=_auth(case, account),
        checks=[c for c in CHECKS if c is not checks.negative_data_rejection],
        excluded_checks=[*EXCLUDED, checks.negative_data_rejection],
    )
