"""Notes on candidates and applications; roles and tenancy for the whole pipeline."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.accounts.models import Role
from tests.conftest import Account, make_account
from tests.web.conftest import add_user


def _as(client: TestClient, account_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {account_token}"}


def test_notes_on_a_candidate_and_an_application(
    client: TestClient, position_id: str, candidate_ids: list[str], account: Account
) -> None:
    cid = candidate_ids[0]
    first = client.post(
        f"/api/candidates/{cid}/notes", json={"body": "  Strong on SQL.\nAsk about Go. "}
    )
    assert first.status_code == 201, first.text
    assert first.json()["body"] == "Strong on SQL.\nAsk about Go."
    assert first.json()["author"] == account.email
    app = client.post(
        f"/api/positions/{position_id}/applications", json={"candidate_id": cid}
    ).json()
    second = client.post(f"/api/applications/{app['id']}/notes", json={"body": "Call Friday"})
    assert second.status_code == 201
    assert second.json()["application_id"] == app["id"]
    on_app = client.get(f"/api/applications/{app['id']}/notes").json()
    assert [n["body"] for n in on_app] == ["Call Friday"]
    on_candidate = client.get(f"/api/candidates/{cid}/notes")
    assert on_candidate.headers["X-Total-Count"] == "2"
    assert {n["body"] for n in on_candidate.json()} == {
        "Call Friday",
        "Strong on SQL.\nAsk about Go.",
    }
    for bad in (
        {},
        {"body": "   "},
        {"body": "a\x00b"},
        {"body": "x" * 5001},
        {"body": "ok", "author": "me"},
    ):
        response = client.post(f"/api/candidates/{cid}/notes", json=bad)
        assert response.status_code == 422, bad
    assert len(client.get(f"/api/candidates/{cid}/notes").json()) == 2


def test_only_the_author_deletes_a_note(
    client: TestClient, candidate_ids: list[str], account: Account, session: Session
) -> None:
    from matcha.accounts.models import TokenKind, User
    from matcha.accounts.service import issue

    note = client.post(f"/api/candidates/{candidate_ids[0]}/notes", json={"body": "mine"}).json()
    email = add_user(session, account, Role.recruiter)
    colleague = session.query(User).filter_by(email=email).one()
    token = issue(session, colleague, TokenKind.api, role=Role.recruiter, ttl=None, name="t").token
    session.commit()
    theirs = client.delete(f"/api/notes/{note['id']}", headers=_as(client, token))
    assert theirs.status_code == 403 and theirs.json()["code"] == "forbidden"
    assert client.delete(f"/api/notes/{note['id']}").status_code == 204
    assert client.get(f"/api/candidates/{candidate_ids[0]}/notes").json() == []
    assert client.delete(f"/api/notes/{note['id']}").status_code == 404


def test_viewers_read_but_cannot_write(
    client: TestClient, position_id: str, candidate_ids: list[str], account: Account
) -> None:
    app = client.post(
        f"/api/positions/{position_id}/applications", json={"candidate_id": candidate_ids[0]}
    ).json()
    viewer = make_account("Org V", role="viewer")
    # A viewer of the same organisation: make_account makes a new org, so use a token in ours.
    from matcha import db
    from matcha.accounts.models import TokenKind, User
    from matcha.accounts.service import issue
    from tests.conftest import password_hash

    with db.get_sessionmaker()() as s:
        user = User(
            org_id=account.org_id,
            email="viewer@example.com",
            password_hash=password_hash(),
            role="viewer",
        )
        s.add(user)
        s.flush()
        token = issue(s, user, TokenKind.api, role=Role.viewer, ttl=None, name="t").token
        s.commit()
    headers = _as(client, token)
    assert client.get(f"/api/applications/{app['id']}", headers=headers).status_code == 200
    assert (
        client.get(f"/api/positions/{position_id}/applications", headers=headers).status_code == 200
    )
    assert (
        client.get(f"/api/candidates/{candidate_ids[0]}/notes", headers=headers).status_code == 200
    )
    writes = [
        ("post", f"/api/positions/{position_id}/applications", {"candidate_id": candidate_ids[1]}),
        (
            "post",
            f"/api/positions/{position_id}/applications/bulk",
            {"candidate_ids": candidate_ids},
        ),
        ("patch", f"/api/applications/{app['id']}", {"stage": "offer"}),
        ("delete", f"/api/applications/{app['id']}", None),
        ("post", f"/api/applications/{app['id']}/notes", {"body": "x"}),
        ("post", f"/api/candidates/{candidate_ids[0]}/notes", {"body": "x"}),
    ]
    for method, url, body in writes:
        response = client.request(method, url, json=body, headers=headers)
        assert response.status_code == 403, (method, url)
    assert client.get(f"/api/applications/{app['id']}").json()["stage"] == "applied"
    # And another organisation sees none of it.
    outsider = _as(client, viewer.token)
    for url in (
        f"/api/applications/{app['id']}",
        f"/api/applications/{app['id']}/notes",
        f"/api/positions/{position_id}/applications",
        f"/api/candidates/{candidate_ids[0]}/notes",
    ):
        assert client.get(url, headers=outsider).status_code == 404, url
