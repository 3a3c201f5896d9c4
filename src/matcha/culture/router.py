"""HTTP routes for culture."""

from fastapi import APIRouter

router = APIRouter(tags=["culture"])
