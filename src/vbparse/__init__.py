"""vbparse: Vietnamese administrative documents (Kế hoạch first) → typed, searchable data."""

from .models import SCHEMA_VERSION, Document
from .pipeline import parse
from .read import ReadError

__version__ = "0.1.0"
__all__ = ["Document", "ReadError", "SCHEMA_VERSION", "parse", "__version__"]
