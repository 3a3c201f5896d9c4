"""The pipeline in the UI, in-process: the board on a position's page, adding from the ranking,
moving and rejecting cards, notes, and the candidate and company pages."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.accounts.models import Role
from matcha.applications.models import Application
from tests.applications.conftest import add_candidate, transcript
from tests.conftest import Account
from tests.web.conftest import add_user, login


@pytest.fixture
def ranked(client: TestClient) -> dict[str, str]:
    """A company, a position and four candidates matched to it (over the API)."""
    company = client.post("/api/companies", json={"name": "Lumen"}).json()["id"]
    position = client.post(
        "/api/positions",
        json={"company_id": company, "title": "Backend engineer", "required_skills": ["Python"]},
    ).json()["id"]
    for name, skills in (
        ("Ada Lovelace", "Python, SQL"),
        ("Alan Turing", "Python, Go"),
        ("Grace Hopper", "COBOL"),
        ("Edsger Dijkstra", "Algol"),
    ):
        add_candidate(client, name, skills)
    assert client.post(f"/api/positions/{position}/match").status_code == 200
    return {"company_id": company, "position_id": position}


def _card_ids(html: str, stage: str) -> list[str]:
    column = html.split(f'data-stage="{stage}"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'class="app-card[^"]*" data-application="([0-9a-f-]+)"', column)


def test_a_recruiter_adds_the_top_3_moves_rejects_and_writes_notes(
    web: TestClient, logged_in: str, ranked: dict[str, str], session: Session
) -> None:
    position = f"/ui/positions/{ranked['position_id']}"
    page = web.get(position).text
    assert 'id="pipeline-h"' in page and "Add the top to the pipeline" in page
    added = web.post(f"{position}/applications/top", data={"csrf": logged_in, "count": "3"})
    assert added.status_code == 303 and "added=3" in added.headers["location"]
    page = web.get(added.headers["location"]).text
    assert "Added 3 to the pipeline" in page
    applied = _card_ids(page, "applied")
    assert len(applied) == 3
    assert page.count('data-stage="applied"') >= 4  # the column and three ranked rows
    again = web.post(f"{position}/applications/top", data={"csrf": logged_in, "count": "3"})
    assert "added=0&existing=3" in again.headers["location"]

    first, second, third = applied
    moved = web.post(
        f"/ui/applications/{first}/move", data={"csrf": logged_in, "stage": "screening"}
    )
    assert moved.status_code == 303
    assert moved.headers["location"].endswith(f"?application={first}#app-panel")
    refused = web.post(
        f"/ui/applications/{third}/move", data={"csrf": logged_in, "stage": "rejected"}
    )
    assert refused.status_code == 422 and "reason" in refused.text
    rejected = web.post(
        f"/ui/applications/{third}/move",
        data={"csrf": logged_in, "stage": "rejected", "reason": "skills", "note": "No Python"},
    )
    assert rejected.status_code == 303
    noted = web.post(
        f"/ui/applications/{first}/notes", data={"csrf": logged_in, "body": "Great SQL answers"}
    )
    assert noted.status_code == 303
    page = web.get(f"{position}?application={first}").text
    assert _card_ids(page, "screening") == [first]
    assert third not in _card_ids(page, "applied")
    assert "Rejected or withdrawn (1)" in page and "No Python" in page
    panel = page.split('id="app-panel"', 1)[1]
    assert "applied → screening" in panel and "Great SQL answers" in panel
    assert "Add a screening interview with" in panel
    rows = {a.id.hex: a.stage for a in session.scalars(select(Application))}
    assert sorted(rows.values()) == ["applied", "rejected", "screening"]
    assert second.replace("-", "") in rows


def test_one_from_the_ranking_and_a_reject_from_the_list(
    web: TestClient, logged_in: str, ranked: dict[str, str], client: TestClient
) -> None:
    position = f"/ui/positions/{ranked['position_id']}"
    matches = client.get(f"/api/positions/{ranked['position_id']}/matches").json()
    one, other = matches[-1]["candidate_id"], matches[-2]["candidate_id"]
    assert (
        web.post(
            f"{position}/applications", data={"csrf": logged_in, "candidate_id": one}
        ).status_code
        == 303
    )
    assert (
        web.post(
            f"{position}/applications",
            data={
                "csrf": logged_in,
                "candidate_id": other,
                "stage": "rejected",
                "reason": "experience",
            },
        ).status_code
        == 303
    )
    stages = {
        m["candidate_id"]: m["stage"]
        for m in client.get(f"/api/positions/{ranked['position_id']}/matches").json()
    }
    assert (stages[one], stages[other]) == ("applied", "rejected")
    assert web.get(position).text.count('class="pipeline-cell" data-stage=""') == len(matches) - 2


def test_a_screening_interview_is_started_from_the_card_and_shown_with_its_person(
    web: TestClient, logged_in: str, ranked: dict[str, str], client: TestClient
) -> None:
    match = client.get(f"/api/positions/{ranked['position_id']}/matches").json()[0]
    client.post(
        f"/api/positions/{ranked['position_id']}/applications",
        json={"candidate_id": match["candidate_id"], "stage": "screening"},
    )
    company = f"/ui/companies/{ranked['company_id']}"
    form = web.get(
        f"{company}?candidate_id={match['candidate_id']}&position_id={ranked['position_id']}"
    ).text
    assert '<details id="add-interview" class="add" open>' in form
    assert f'<option value="{match["candidate_id"]}" selected>' in form
    created = web.post(
        f"{company}/interviews",
        data={
            "csrf": logged_in,
            "interview_type": "screening",
            "candidate_id": match["candidate_id"],
            "position_id": ranked["position_id"],
            "interviewer_name": "Robin",
        },
    )
    assert created.status_code == 303
    listed = web.get(company).text
    assert (
        f'<a href="/ui/candidates/{match["candidate_id"]}">{match["candidate_name"]}</a>' in listed
    )
    interview_id = client.get(f"/api/companies/{ranked['company_id']}/interviews").json()[0]["id"]
    client.patch(
        f"/api/interviews/{interview_id}", json={"transcript": transcript("screening_strong_priya")}
    )
    assert client.post(f"/api/interviews/{interview_id}/analyze").status_code == 200
    page = web.get(f"/ui/candidates/{match['candidate_id']}").text
    assert 'id="applications-h"' in page and "Backend engineer" in page
    assert 'data-stage="interview"' in page  # moved by the passing screening
    assert re.search(r"Screening \d+/100: (strong )?pass", page)
    assert f'data-interview="{interview_id}"' in page


def test_candidate_notes_and_only_ones_own_can_be_deleted(
    web: TestClient, logged_in: str, client: TestClient, session: Session, account: Account
) -> None:
    candidate = add_candidate(client, "Ada Lovelace")
    page = f"/ui/candidates/{candidate}"
    assert (
        web.post(f"{page}/notes", data={"csrf": logged_in, "body": "Met at PyCon"}).status_code
        == 303
    )
    assert web.post(f"{page}/notes", data={"csrf": logged_in, "body": "  "}).status_code == 422
    html = web.get(page).text
    assert "Met at PyCon" in html and "Delete my note" in html
    (note_id,) = re.findall(r'action="/ui/notes/([0-9a-f-]+)/delete"', html)
    colleague = TestClient(web.app, follow_redirects=False)
    csrf = login(colleague, add_user(session, account, Role.recruiter))
    assert "Delete my note" not in colleague.get(page).text
    assert colleague.post(f"/ui/notes/{note_id}/delete", data={"csrf": csrf}).status_code == 403
    gone = web.post(
        f"/ui/notes/{note_id}/delete", data={"csrf": logged_in, "back": page + "#notes"}
    )
    assert gone.status_code == 303 and gone.headers["location"] == page + "#notes"
    assert "Met at PyCon" not in web.get(page).text


def test_a_viewer_sees_the_board_without_write_buttons(
    web: TestClient, ranked: dict[str, str], client: TestClient, session: Session, account: Account
) -> None:
    match = client.get(f"/api/positions/{ranked['position_id']}/matches").json()[0]
    app = client.post(
        f"/api/positions/{ranked['position_id']}/applications",
        json={"candidate_id": match["candidate_id"]},
    ).json()
    csrf = login(web, add_user(session, account, Role.viewer))
    page = web.get(f"/ui/positions/{ranked['position_id']}?application={app['id']}").text
    assert _card_ids(page, "applied") == [app["id"]]
    assert "/move" not in page and "Add the top" not in page and "Add a note" not in page
    refused = web.post(f"/ui/applications/{app['id']}/move", data={"csrf": csrf, "stage": "offer"})
    assert refused.status_code == 403
    assert client.get(f"/api/applications/{app['id']}").json()["stage"] == "applied"


def test_the_pipeline_exports_as_csv_from_its_button(
    web: TestClient, logged_in: str, ranked: dict[str, str]
) -> None:
    position = f"/ui/positions/{ranked['position_id']}"
    export = f"/api/positions/{ranked['position_id']}/applications/export"
    assert export not in web.get(position).text  # an empty pipeline: nothing to export
    web.post(f"{position}/applications/top", data={"csrf": logged_in, "count": "2"})
    page = web.get(position).text
    assert f'href="{export}"' in page and "Export pipeline CSV" in page
    response = web.get(export)  # the page's session cookie is enough
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    lines = response.text.removeprefix("\ufeff").splitlines()
    assert lines[0].startswith("application_id,candidate_id,name,email,stage")
    assert len(lines) == 3 and all(",applied," in line for line in lines[1:])
