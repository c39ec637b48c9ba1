"""Query parameters of the pages, read by hand: a value that cannot be read becomes a 400 page naming
the parameter and why (FastAPI's own validation would answer with JSON)."""

from __future__ import annotations

import datetime as dt

from ..pattern_cache import compiled
from ..query import user_date

#: Highest result page: 20 results a page, a thousand results is more than anyone reads.
DEFAULT_MAX_PAGE = 50
#: Longest text parameter accepted (a query, an issuer, an assignee).
DEFAULT_MAX_PARAM_CHARS = 500
_DOC_ID = compiled(r"[0-9a-f]{16}")
_CONTROL = compiled(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class BadParam(Exception):
    """A parameter that cannot be used; ``name`` as in the URL, ``label`` as on the form."""

    def __init__(self, name: str, label: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name, self.label, self.reason = name, label, reason

    def __reduce__(self):
        """Made again from its three parts (raised in a download process, told to the request)."""
        return (BadParam, (self.name, self.label, self.reason))


def text_param(value: str | None, name: str, label: str) -> str:
    value = (value or "").strip()
    if len(value) > DEFAULT_MAX_PARAM_CHARS:
        raise BadParam(name, label, f"dài quá {DEFAULT_MAX_PARAM_CHARS} ký tự")
    if _CONTROL.search(value):
        raise BadParam(name, label, "có ký tự điều khiển")
    return value


def date_param(value: str | None, name: str, label: str) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return user_date(value)
    except ValueError:
        raise BadParam(name, label, f"“{value[:40]}” không phải là ngày (viết 30/9/2023 hoặc 2023-09-30)") from None


def page_param(value: str | None) -> int:
    value = (value or "").strip()
    if not value:
        return 1
    if not value.isascii() or not value.isdecimal() or not 1 <= int(value) <= DEFAULT_MAX_PAGE:
        raise BadParam("page", "Trang", f"phải là một số từ 1 đến {DEFAULT_MAX_PAGE}")
    return int(value)


def choice_param(value: str | None, name: str, label: str, choices: dict[str, str]) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    if value not in choices:
        shown = ", ".join(f"{k} ({v})" for k, v in choices.items())
        raise BadParam(name, label, f"“{value[:40]}” không phải là một lựa chọn ({shown})")
    return value


def flag_param(value: str | None, name: str, label: str) -> bool:
    value = (value or "").strip().lower()
    if value in ("", "0", "false", "off"):
        return False
    if value in ("1", "true", "on", "yes"):
        return True
    raise BadParam(name, label, "phải là 1 hoặc 0")


def doc_id(value: str) -> str | None:
    """A document id as the archive writes it (16 hex digits), or ``None``: anything else is no document."""
    value = value.strip().lower()
    return value if _DOC_ID.fullmatch(value) else None
