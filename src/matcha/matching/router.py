"""HTTP routes for matching."""

from fastapi import APIRouter

router = APIRouter(tags=["matching"])
