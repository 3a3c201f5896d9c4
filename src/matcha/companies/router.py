"""HTTP routes for companies."""

from fastapi import APIRouter

router = APIRouter(tags=["companies"])
