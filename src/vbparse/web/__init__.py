"""``vbparse serve``: the archive over HTTP, a JSON API under /api/ and HTML pages, on FastAPI + uvicorn."""

from .app import create_app

__all__ = ["create_app"]
