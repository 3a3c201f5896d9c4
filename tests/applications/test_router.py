"""HTTP tests for a position's pipeline: applications, stages, history, bulk adds."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.applications.models import Application, ApplicationEvent
from tests.conftest import Account


def _add(client: TestClient, position_id: str, candidate_id: str, **body: object) -> dict[str, Any]:
    response = client.post(
        f"/api/positions/{position_id}/applications", json={"candidate_id": candidate_id, **body}
    )
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def _count(session: Session, model: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_add_then_a_second_add_is_409_with_the_existing_id(
    client: TestClient, position_id: str, candidate_ids: list[str], session: Session
) -> None:
    app = _add(client, position_id, candidate_ids[0], source="referral")
    assert app["stage"] == "applied" and app["source"] == "referral"
    assert app["candidate_name"] == "Ada Lovelace"
    assert app["position_title"] == "Backend engineer"
    assert app["scores"] is None  # not matched yet
    assert [(e["kind"], e["from_stage"], e["to_stage"]) for e in app["history"]] == [
        ("added", None, "applied")
    ]
    again = client.post(
        f"/api/positions/{position_id}/applications", json={"candidate_id": candidate_ids[0]}
    )
    assert again.status_code == 409
    assert again.json()["code"] == "conflict"
    assert again.json()["existing_id"] == app["id"]
    assert _count(session, Application) == 1


def test_stages_move_forward_and_back_and_every_move_is_recorded(
    client: TestClient, position_id: str, candidate_ids: list[str], account: Account
) -> None:
    app = _add(client, position_id, candidate_ids[0])
    url = f"/api/applications/{app['id']}"
    for stage in ("screening", "interview", "screening", "interview", "offer", "hired"):
        response = client.patch(url, json={"stage": stage, "note": f"to {stage}"})
        assert response.status_code == 200, response.text
        assert response.json()["stage"] == stage
    history = client.get(url).json()["history"]
    moves = [(e["from_stage"], e["to_stage"]) for e in history]
    assert moves == [
        (None, "applied"),
        ("applied", "screening"),
        ("screening", "interview"),
        ("interview", "screening"),
        ("screening", "interview"),
        ("interview", "offer"),
        ("offer", "hired"),
    ]
    assert history[-1]["note"] == "to hired"
    assert {e["actor"] for e in history} == {account.email}
    assert all(e["created_at"] for e in history)


def test_reject_needs_a_reason_from_the_list(
    client: TestClient, position_id: str, candidate_ids: list[str], session: Session
) -> None:
    app = _add(client, position_id, candidate_ids[0])
    url = f"/api/applications/{app['id']}"
    missing = client.patch(url, json={"stage": "rejected"})
    assert missing.status_code == 422 and missing.json()["code"] == "invalid_input"
    unknown = client.patch(url, json={"stage": "rejected", "reason": "vibes"})
    assert unknown.status_code == 422
    misplaced = client.patch(url, json={"stage": "screening", "reason": "skills"})
    assert misplaced.status_code == 422
    assert client.get(url).json()["stage"] == "applied"  # nothing changed
    assert _count(session, ApplicationEvent) == 1
    done = client.patch(url, json={"stage": "rejected", "reason": "skills", "note": "No Go"})
    assert done.status_code == 200
    body = done.json()
    assert (body["stage"], body["rejection_reason"], body["rejection_note"]) == (
        "rejected",
        "skills",
        "No Go",
    )
    assert body["history"][-1]["reason"] == "skills"
    # Closed: it can't be withdrawn too, nor rejected twice; it can be reopened.
    assert client.delete(url).status_code == 409
    assert client.patch(url, json={"stage": "rejected", "reason": "other"}).status_code == 409
    reopened = client.patch(url, json={"stage": "applied"}).json()
    assert reopened["rejection_reason"] is None


def test_delete_withdraws_and_keeps_the_history(
    client: TestClient, position_id: str, candidate_ids: list[str]
) -> None:
    app = _add(client, position_id, candidate_ids[0])
    response = client.delete(f"/api/applications/{app['id']}")
    assert response.status_code == 200
    assert response.json()["stage"] == "withdrawn"
    assert [e["to_stage"] for e in response.json()["history"]] == ["applied", "withdrawn"]
    assert client.get(f"/api/applications/{app['id']}").json()["stage"] == "withdrawn"


def test_list_is_paginated_filtered_and_scored(
    client: TestClient, position_id: str, candidate_ids: list[str]
) -> None:
    assert client.post(f"/api/positions/{position_id}/match").status_code == 200
    for cid in candidate_ids:
        _add(client, position_id, cid)
    first = client.get(f"/api/applications/{_list(client, position_id)[0]['id']}").json()
    client.patch(f"/api/applications/{first['id']}", json={"stage": "screening"})
    page = client.get(f"/api/positions/{position_id}/applications?limit=2")
    assert page.status_code == 200
    assert page.headers["X-Total-Count"] == "3" and len(page.json()) == 2
    assert 'rel="next"' in page.headers["Link"]
    scored = page.json()[0]
    assert set(scored["scores"]) == {"overall", "skills", "experience", "culture", "scored_at"}
    screening = client.get(f"/api/positions/{position_id}/applications?stage=screening").json()
    assert [a["id"] for a in screening] == [first["id"]]
    bad = client.get(f"/api/positions/{position_id}/applications?stage=nope")
    assert bad.status_code == 422


def _list(client: TestClient, position_id: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = client.get(f"/api/positions/{position_id}/applications").json()
    return rows


def test_position_shows_its_pipeline_counts_and_days_in_stage(
    client: TestClient, position_id: str, candidate_ids: list[str]
) -> None:
    apps = [_add(client, position_id, cid) for cid in candidate_ids]
    client.patch(f"/api/applications/{apps[0]['id']}", json={"stage": "screening"})
    client.patch(
        f"/api/applications/{apps[1]['id']}", json={"stage": "rejected", "reason": "culture"}
    )
    position = client.get(f"/api/positions/{position_id}").json()
    assert position["pipeline"] == {
        "applied": 1,
        "screening": 1,
        "interview": 0,
        "offer": 0,
        "hired": 0,
        "rejected": 1,
        "withdrawn": 0,
    }
    assert set(position["days_in_stage"]) == {"applied", "screening", "rejected"}
    assert all(d >= 0 for d in position["days_in_stage"].values())
    assert apps[2]["days_in_stage"] == 0.0


def test_bulk_add_answers_per_id(
    client: TestClient, position_id: str, candidate_ids: list[str]
) -> None:
    existing = _add(client, position_id, candidate_ids[0])
    stranger = str(uuid.uuid4())
    response = client.post(
        f"/api/positions/{position_id}/applications/bulk",
        json={"candidate_ids": [*candidate_ids, stranger], "source": "ranking"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["created"] == 2
    statuses = {r["candidate_id"]: r["status"] for r in body["results"]}
    assert statuses == {
        candidate_ids[0]: "exists",
        candidate_ids[1]: "created",
        candidate_ids[2]: "created",
        stranger: "not_found",
    }
    assert body["results"][0]["application_id"] == existing["id"]
    assert (
        client.post(
            f"/api/positions/{position_id}/applications/bulk", json={"candidate_ids": []}
        ).status_code
        == 422
    )


def test_ranked_matches_show_each_candidates_stage(
    client: TestClient, position_id: str, candidate_ids: list[str]
) -> None:
    assert client.post(f"/api/positions/{position_id}/match").status_code == 200
    app = _add(client, position_id, candidate_ids[1])
    client.patch(f"/api/applications/{app['id']}", json={"stage": "screening"})
    ranked = client.get(f"/api/positions/{position_id}/matches").json()
    stages = {m["candidate_id"]: (m["stage"], m["application_id"]) for m in ranked}
    assert stages[candidate_ids[1]] == ("screening", app["id"])
    assert stages[candidate_ids[0]] == (None, None)


def test_bad_input_is_a_clear_error_and_changes_nothing(
    client: TestClient, position_id: str, candidate_ids: list[str], session: Session
) -> None:
    url = f"/api/positions/{position_id}/applications"
    cases = [
        {},
        {"candidate_id": "not-a-uuid"},
        {"candidate_id": candidate_ids[0], "stage": "limbo"},
        {"candidate_id": candidate_ids[0], "org_id": str(uuid.uuid4())},
        {"candidate_id": candidate_ids[0], "source": "a\x00b"},
        {"candidate_id": candidate_ids[0], "stage": "rejected"},  # no reason
    ]
    for body in cases:
        response = client.post(url, json=body)
        assert response.status_code == 422, (body, response.text)
        assert {"detail", "code"} <= set(response.json())
    assert client.post(url, json={"candidate_id": str(uuid.uuid4())}).status_code == 404
    assert (
        client.post(
            f"/api/positions/{uuid.uuid4()}/applications", json={"candidate_id": candidate_ids[0]}
        ).status_code
        == 404
    )
    assert client.get(f"/api/applications/{uuid.uuid4()}").status_code == 404
    assert (
        client.patch(f"/api/applications/{uuid.uuid4()}", json={"stage": "offer"}).status_code
        == 404
    )
    assert _count(session, Application) == 0


def test_moving_to_the_same_stage_is_409(
    client: TestClient, position_id: str, candidate_ids: list[str]
) -> None:
    app = _add(client, position_id, candidate_ids[0])
    response = client.patch(f"/api/applications/{app['id']}", json={"stage": "applied"})
    assert response.status_code == 409
    assert len(client.get(f"/api/applications/{app['id']}").json()["history"]) == 1


def test_deleting_a_candidate_or_a_position_takes_their_applications(
    client: TestClient, position_id: str, candidate_ids: list[str], session: Session
) -> None:
    first = _add(client, position_id, candidate_ids[0])
    client.post(f"/api/applications/{first['id']}/notes", json={"body": "bye"})
    _add(client, position_id, candidate_ids[1])
    assert (
        client.delete(f"/api/candidates/{candidate_ids[0]}").status_code == 200
    )  # the erasure report (issue 16)
    assert client.get(f"/api/applications/{first['id']}").status_code == 404
    assert _count(session, Application) == 1
    assert client.delete(f"/api/positions/{position_id}").status_code == 200
    assert _count(session, Application) == 0 and _count(session, ApplicationEvent) == 0
