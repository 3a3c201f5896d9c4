"""HTTP routes for jobs."""

from fastapi import APIRouter

router = APIRouter(tags=["jobs"])
