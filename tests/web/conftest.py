"""A browser-like client for the UI (cookies, no bearer token) and the demo data to look at."""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from rich.console import Console
from sqlalchemy.orm import Session

from matcha.accounts.models import Role, User
from matcha.cli.demo import run_demo
from matcha.demo.loader import Sample
from tests.conftest import PASSWORD, Account, password_hash

CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')


@pytest.fixture
def web() -> Iterator[TestClient]:
    """The app in-process, called as a browser would: no Authorization header, a cookie jar."""
    from matcha.main import create_app

    with TestClient(create_app(background=False), follow_redirects=False) as c:
        yield c


def login(web: TestClient, email: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the page's CSRF token for later form posts."""
    response = web.post("/ui/login", data={"email": email, "password": password})
    assert response.status_code == 303, response.text
    return csrf_of(web.get("/ui/companies").text)


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found is not None, "no CSRF field on the page"
    return found.group(1)


def add_user(session: Session, account: Account, role: Role) -> str:
    """Another user in `account`'s organisation; returns their email."""
    email = f"{role}-{uuid.uuid4().hex[:6]}@example.com"
    session.add(User(org_id=account.org_id, email=email, password_hash=password_hash(), role=role))
    session.commit()
    return email


@pytest.fixture
def demo(session: Session) -> Sample:
    """The demo sample in `account`'s organisation, with every job run on it."""
    return run_demo(session, Console(file=io.StringIO()))


@pytest.fixture
def logged_in(web: TestClient, account: Account) -> str:
    """`web` logged in as `account`'s admin; the CSRF token of its pages."""
    return login(web, account.email)
