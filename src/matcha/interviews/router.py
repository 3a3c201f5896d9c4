"""HTTP routes for interviews."""

from fastapi import APIRouter

router = APIRouter(tags=["interviews"])
