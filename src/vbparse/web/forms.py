"""Reading the pages' forms: a form-encoded body, and the page of this server to go back to after it."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from fastapi import Request


class FormError(Exception):
    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name, self.reason = name, reason


def read_form(body: bytes) -> dict[str, str]:
    try:
        text = body.decode("utf-8")
        fields = parse_qs(text, keep_blank_values=True, strict_parsing=False, max_num_fields=40)
    except (UnicodeDecodeError, ValueError):
        raise FormError("form", "không đọc được biểu mẫu (không phải UTF-8)") from None
    return {k: v[-1] for k, v in fields.items()}


def safe_back(value: str | None) -> str | None:
    """A page of this site to go back to: a path, never another site (``//host``, ``/\\host``, a scheme)."""
    value = (value or "").strip()
    if value.startswith("/") and not value.startswith(("//", "/\\")) and "\n" not in value and "\r" not in value:
        return value
    return None


def referer(request: Request) -> str | None:
    """The page of this server the form was on (a browser names it in ``Referer``), as a path."""
    ref = urlsplit(request.headers.get("referer") or "")
    if ref.netloc and ref.netloc != request.headers.get("host"):
        return None
    return safe_back(ref.path + (f"?{ref.query}" if ref.query else "")) if ref.path else None
