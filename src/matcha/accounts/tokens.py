"""Opaque bearer tokens: random strings whose keyed digest is stored in the database.

Why not JWT: a token must be revocable at once (logout, a leaked script token, a removed user),
which a stateless JWT is not without a deny-list in the database anyway. One indexed lookup
per request costs less than the JWT library would in memory on a small box, and there is no
algorithm to confuse (`alg: none`) and no signature scheme to get wrong. The digest is an
HMAC with MATCHA_SECRET_KEY, so a copy of the database alone yields no usable token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from matcha.accounts.models import TokenKind
from matcha.config import get_settings

PREFIX = {TokenKind.session: "mts_", TokenKind.api: "mta_"}
MAX_TOKEN_CHARS = 200


def new_token(kind: TokenKind) -> str:
    return PREFIX[kind] + secrets.token_urlsafe(32)


def digest(token: str) -> str:
    key = get_settings().signing_key()
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()
