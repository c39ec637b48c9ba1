"""Request parameters read strictly: the query string as sent, and typed values through ``vbparse.query``.

FastAPI ignores parameters it was not told of, and Starlette decodes leniently (``%zz`` kept as is,
``%ff`` turned into U+FFFD); a typo or a mangled value would then be silently ignored.  ``strict_query``
(a dependency) refuses them with a 400 naming the parameter; the annotated types below parse each value
with the same function the CLI uses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Annotated, Any
from urllib.parse import unquote_to_bytes

from fastapi import Query, Request
from pydantic import BeforeValidator

from .. import query as Q
from ..tables.followup import REGISTER_STATE_CHOICES

#: Longest parameter value accepted: far beyond any real query, short of what makes a search slow.
DEFAULT_MAX_VALUE_CHARS = 1000

_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab and line breaks are mere white space


class BadParameter(Q.QueryError):
    """A parameter the endpoint cannot take as sent; the message starts with its name (HTTP 400)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name


def shown(text: str, width: int = 40) -> str:
    """A client's value quoted in an error, cut short so the message stays one readable line."""
    return repr(text if len(text) <= width else text[:width] + "…")


def strict_decode(raw: str, name: str, *, plus: bool) -> str:
    """Percent-decoding that refuses what ``parse_qs`` passes silently: a stray ``%``, bytes that are not
    UTF-8, control characters, and values over ``DEFAULT_MAX_VALUE_CHARS``.  ``raw`` is the Latin-1
    reading of the bytes sent."""
    if _BAD_ESCAPE.search(raw):
        raise BadParameter(name, "bad percent-encoding (a % must be followed by two hex digits)")
    if plus:
        raw = raw.replace("+", " ")
    try:
        text = unquote_to_bytes(raw.encode("latin-1")).decode("utf-8")
    except UnicodeError:
        raise BadParameter(name, "not UTF-8 once percent-decoded") from None
    if _CONTROL.search(text):
        raise BadParameter(name, "control characters are not allowed")
    if len(text) > DEFAULT_MAX_VALUE_CHARS:
        raise BadParameter(name, f"longer than {DEFAULT_MAX_VALUE_CHARS} characters")
    return text


def check_query_string(query_string: bytes, allowed: Iterable[str], where: str) -> dict[str, str]:
    """The parameters of a raw query string, each once, each one of ``allowed``, each well encoded."""
    allowed = tuple(allowed)
    params: dict[str, str] = {}
    for field in query_string.decode("latin-1").split("&"):
        if not field:
            continue
        raw_name, _, raw_value = field.partition("=")
        name = strict_decode(raw_name, f"parameter {shown(raw_name)}", plus=True)
        if name not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            raise BadParameter(name, f"not a parameter of {where} (it takes {takes})")
        if name in params:
            raise BadParameter(name, "given more than once")
        params[name] = strict_decode(raw_value, name, plus=True)
    return params


_ALLOWED: dict[int, tuple[str, ...]] = {}


def _query_names(dependant) -> list[str]:
    """The query parameters a route declares, its dependencies' included."""
    names = [p.alias for p in getattr(dependant, "query_params", ())]
    for sub in getattr(dependant, "dependencies", ()):
        names += [n for n in _query_names(sub) if n not in names]
    return names


def strict_query(request: Request) -> None:
    """Dependency: refuse parameters the matched route does not declare, repeated ones, and badly encoded
    ones (the route's own declarations are the list, so it cannot drift from the signature)."""
    route = request.scope.get("route")
    names = _ALLOWED.get(id(route))
    if names is None:
        names = tuple(_query_names(getattr(route, "dependant", None)))
        _ALLOWED[id(route)] = names
    where = re.sub(r":\w+}", "}", getattr(route, "path", request.url.path))  # {ref:path} → {ref}
    check_query_string(request.scope.get("query_string", b""), names, where)


def path_value(request: Request, prefix: str, name: str) -> str:
    """The rest of the path after ``prefix``, decoded strictly from the bytes sent (Starlette has already
    decoded ``path`` leniently, and a ``%2F`` in it is a slash of the value)."""
    raw = request.scope.get("raw_path") or request.url.path.encode("utf-8")
    raw = raw.split(b"?", 1)[0].decode("latin-1")
    if not raw.startswith(prefix):  # a mounted or proxied path: fall back on the decoded one
        return request.path_params.get(name, "")
    return strict_decode(raw[len(prefix) :], name, plus=False)


# --- typed values: one function each, shared with the CLI (vbparse.query) -----------------------------


def _strip(text: str) -> str:
    return text.strip()


def _required(what: str):
    def check(text: str) -> str:
        text = text.strip()
        if not text:
            raise Q.QueryError(f"{what} missing")
        return text

    return check


def _optional(parse):
    """An empty value means the parameter was not given (``?type=&from=`` from an HTML form)."""

    def check(text):
        if isinstance(text, str) and not text.strip():
            return None
        return parse(text) if isinstance(text, str) else text

    return check


def _limit(maximum: int):
    return lambda text: Q.parse_limit(text, maximum=maximum) if isinstance(text, str) else text


#: Largest ``offset`` of a paged list: paging further costs more than it is worth.
DEFAULT_MAX_OFFSET = 1_000_000


_OFFSET = re.compile(r"[0-9]{1,7}")


def _offset(text):
    if not isinstance(text, str):
        return text
    if not _OFFSET.fullmatch(text) or int(text) > DEFAULT_MAX_OFFSET:
        raise Q.QueryError(f"a whole number from 0 to {DEFAULT_MAX_OFFSET}, not {shown(text)}")
    return int(text)


def _flag(text):
    return Q.parse_flag(text) if isinstance(text, str) else text


def _register_state(text: str) -> str:
    value = _strip(text)
    if value not in REGISTER_STATE_CHOICES:
        raise Q.QueryError(f"one of {', '.join(sorted(REGISTER_STATE_CHOICES))}, not {shown(value)}")
    return value


SearchWords = Annotated[
    str,
    BeforeValidator(_required("the search words are")),
    Query(description='The words, numbers (42/KH-UBND) and "quoted phrases" to find.'),
]
Assignee = Annotated[
    str,
    BeforeValidator(_required("the unit, position or person is")),
    Query(description="A unit, position, body or person, in any spelling: VPTK, Sở Tài chính."),
]
Ref = Annotated[
    str,
    BeforeValidator(_required("the document id, id prefix or number is")),
    Query(description="A document id, its first 6+ hex digits, or a number (42/KH-UBND)."),
]
DocType = Annotated[
    str | None,
    BeforeValidator(_optional(Q.parse_doc_type)),
    Query(alias="type", description="Document type: a code (KH, QĐ, CV) or a name (Kế hoạch)."),
]
Issuer = Annotated[
    str | None,
    BeforeValidator(_optional(_strip)),
    Query(description="Issuing body, any spelling (UBND thị trấn Hà Trung)."),
]
DateFrom = Annotated[
    dt.date | None,
    BeforeValidator(_optional(Q.user_date)),
    Query(alias="from", description="Issued on or after (2023-09-30 or 30/9/2023)."),
]
DateTo = Annotated[
    dt.date | None,
    BeforeValidator(_optional(Q.user_date)),
    Query(alias="to", description="Issued on or before (2023-09-30 or 30/9/2023)."),
]
DueBefore = Annotated[
    dt.date | None,
    BeforeValidator(_optional(Q.user_date)),
    Query(description="Deadline before this date (2023-09-30 or 30/9/2023)."),
]
DueAfter = Annotated[
    dt.date | None,
    BeforeValidator(_optional(Q.user_date)),
    Query(description="Deadline after this date (2023-09-30 or 30/9/2023)."),
]
Today = Annotated[
    dt.date | None,
    BeforeValidator(_optional(Q.user_date)),
    Query(description="The day overdue is judged on (2026-05-10 or 10/5/2026; default: today)."),
]
RegisterState = Annotated[
    str | None,
    BeforeValidator(_optional(_register_state)),
    Query(
        description="Only the tasks in this state, as the register says it: overdue (quá hạn chưa hoàn thành), "
        "in_progress (đang thực hiện), done (on_time or late), on_time, late, answered (the unit's own "
        "document answers the task's plan)."
    ),
]
Overdue = Annotated[
    bool, BeforeValidator(_flag), Query(description="Only deadlines already passed: 1/true/yes or 0/false/no.")
]
Own = Annotated[
    bool,
    BeforeValidator(_flag),
    Query(
        description="Only tasks given to the assignee by name: not those given to a collective it is a member "
        "of (giao chung, marked shared). 1/true/yes or 0/false/no."
    ),
]
Role = Annotated[
    str | None,
    BeforeValidator(_optional(Q.parse_role)),
    Query(description="lead or support.", json_schema_extra={"enum": list(Q.ROLES)}),
]


def _whole(low: int, high: int):
    def check(text):
        if not isinstance(text, str):
            return text
        value = text.strip()
        if not value.isascii() or not value.isdecimal() or not low <= int(value) <= high:
            raise Q.QueryError(f"a whole number from {low} to {high}, not {shown(value)}")
        return int(value)

    return check


OptionalAssignee = Annotated[
    str | None,
    BeforeValidator(_optional(_strip)),
    Query(
        alias="assignee",
        description="A unit, in any spelling (Sở Tài chính tỉnh Lào Cai); none: every unit the accounts belong to.",
    ),
]
Year = Annotated[
    int | None,
    BeforeValidator(_optional(_whole(1990, 2100))),
    Query(description="The year (default: the year of today)."),
]
Quarter = Annotated[
    int | None, BeforeValidator(_optional(_whole(1, 4))), Query(description="The quarter, 1 to 4 (default: each).")
]
Offset = Annotated[
    int,
    BeforeValidator(_offset),
    Query(
        description=f"Items to skip (0 to {DEFAULT_MAX_OFFSET}); the X-Next-Offset header of "
        "the previous page gives it."
    ),
]


#: Obligations per page unless ``limit`` says otherwise: a screenful of tasks, cheap to build.
DEFAULT_OBLIGATIONS_LIMIT = 100
#: Failures per page unless ``limit`` says otherwise.
DEFAULT_FAILURES_LIMIT = 1000
#: Documents sharing a reference per page unless ``limit`` says otherwise (a common number is shared by
#: hundreds: 2.3 MB of summaries for ``1/KH-UBND`` in a synthetic archive of 20 000).
DEFAULT_DOCUMENTS_LIMIT = 100


def _limit_query(default: int, maximum: int = Q.DEFAULT_MAX_LIMIT) -> Any:
    return Query(description=f"At most this many (1 to {maximum}; default {default}).")


# one ``limit`` type per default (spelled out: a type checker takes no call in an annotation)
SearchLimit = Annotated[int, BeforeValidator(_limit(Q.DEFAULT_MAX_LIMIT)), _limit_query(Q.DEFAULT_SEARCH_LIMIT)]
ObligationsLimit = Annotated[int, BeforeValidator(_limit(Q.DEFAULT_MAX_LIMIT)), _limit_query(DEFAULT_OBLIGATIONS_LIMIT)]
FailuresLimit = Annotated[int, BeforeValidator(_limit(Q.DEFAULT_MAX_LIMIT)), _limit_query(DEFAULT_FAILURES_LIMIT)]
DocumentsLimit = Annotated[int, BeforeValidator(_limit(Q.DEFAULT_MAX_LIMIT)), _limit_query(DEFAULT_DOCUMENTS_LIMIT)]
