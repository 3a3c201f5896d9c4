"""HTTP routes for candidates."""

from fastapi import APIRouter

router = APIRouter(tags=["candidates"])
