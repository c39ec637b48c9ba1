"""vbparse: Vietnamese administrative documents (Kế hoạch first) → typed, searchable data."""

from .models import SCHEMA_VERSION, Document
from .pipeline import parse, parse_text
from .read import ReadError
from .store import Archive, StoreError

__version__ = "0.1.0"
__all__ = ["Archive", "Document", "StoreError", "ReadError", "SCHEMA_VERSION", "parse", "parse_text", "__version__"]
