"""What a finished screening interview means for the application it was for.

A pass moves the application to `interview` (or, with MATCHA_SCREENING_ADVANCE=suggest, only
suggests it); a fail only ever suggests `rejected`: a person rejects, never the analysis.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcha.applications import service
from matcha.applications.models import Stage
from matcha.config import get_settings
from matcha.db import utcnow
from matcha.interviews.models import Interview, InterviewType

PASSING = ("strong_pass", "pass")
FAILING = ("fail",)
ADVANCE_FROM = (Stage.applied, Stage.screening)
SCREENING = service.Actor(None, "screening interview")


def record_screening(session: Session, interview: Interview) -> None:
    """Record an analysed screening's result on its application, if it names one."""
    if interview.interview_type != InterviewType.screening or not interview.screening_analysis:
        return
    if interview.candidate_id is None or interview.position_id is None:
        return
    app = service.find(session, interview.position_id, interview.candidate_id)
    if app is None:
        return
    score = float(interview.screening_analysis.get("overall_score", 0))
    recommendation = str(interview.screening_analysis.get("recommendation", ""))
    app.screening_interview_id = interview.id
    app.screening_score = score
    app.screening_recommendation = recommendation
    current = Stage(app.stage)
    note = f"Screening {score:.0f}/100: {recommendation.replace('_', ' ')}"
    target = current
    if recommendation in PASSING and current in ADVANCE_FROM:
        if get_settings().screening_advance == "move":
            target = Stage.interview
            app.stage, app.stage_changed_at, app.suggested_stage = target, utcnow(), None
        else:
            app.suggested_stage = Stage.interview
            note += "; suggests moving to interview"
    elif recommendation in FAILING and current not in (Stage.rejected, Stage.withdrawn):
        app.suggested_stage = Stage.rejected
        note += "; suggests rejecting (a person decides)"
    service.record(session, app, SCREENING, kind="screening", frm=current, to=target, note=note)
    session.flush()
