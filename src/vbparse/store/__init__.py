"""Store / export stage: an archive of parsed documents in SQLite or PostgreSQL, and its queries."""

from .archive import Archive
from .backend import StoreError

__all__ = ["Archive", "StoreError"]
