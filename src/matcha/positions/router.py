"""HTTP routes for positions."""

from fastapi import APIRouter

router = APIRouter(tags=["positions"])
