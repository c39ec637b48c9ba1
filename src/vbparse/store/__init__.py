"""Store / export stage: an archive of parsed documents in SQLite or PostgreSQL, and its queries."""

from .archive import Archive, DocumentNotFound
from .backend import StoreError

__all__ = ["Archive", "DocumentNotFound", "StoreError"]
