"""What a user types, read the same way by the CLI, the Python API and the HTTP API.

Dates are ISO (``2023-09-30``) or as Vietnamese write them (``30/9/2023``); an assignee is read with the
same grammar and alias table as the documents (``STC`` = ``Sở Tài chính``; ``UBND huyện Trà Bồng`` keeps
its place; a name no grammar recognises is looked up among persons).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from .extract.assignees import (
    fold_key,
    make_assignee,
    name_at,
    name_key,
    place_key,
    split_place,
)
from .normalize import match_key, nfc
from .tables import patterns as P

#: Bounds of a search query: beyond them the answer costs more than any user's question is worth.
DEFAULT_MAX_QUERY_CHARS = 500
DEFAULT_MAX_QUERY_WORDS = 32
DEFAULT_MAX_ASSIGNEE_CHARS = 300

#: A quoted part of a query: straight or typographic quotes.
_QUOTED = regex.compile(r'"([^"]*)"|“([^”]*)”')
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")


class QueryError(ValueError):
    """A query that cannot be answered as typed; the message says why (HTTP 400, CLI exit 2)."""


@dataclass(frozen=True)
class SearchQuery:
    """A search as typed: document numbers, the words, and the quoted phrases (matched exactly, with
    their diacritics)."""

    numbers: tuple[str, ...]
    words: str
    phrases: tuple[str, ...]
    #: every word is inside quotes: only exact matches count
    all_quoted: bool


def search_query(text: str) -> SearchQuery:
    text = nfc(text)
    if len(text) > DEFAULT_MAX_QUERY_CHARS:
        raise QueryError(f"the query is too long ({len(text)} characters; at most {DEFAULT_MAX_QUERY_CHARS})")
    if len(text.split()) > DEFAULT_MAX_QUERY_WORDS:
        raise QueryError(f"the query has too many words ({len(text.split())}; at most {DEFAULT_MAX_QUERY_WORDS})")
    numbers = tuple(m.group() for m in P.TYPED_NUMBER.finditer(text))
    rest = P.TYPED_NUMBER.sub(" ", text)
    phrases = tuple(p for p in ((m.group(1) or m.group(2) or "").strip() for m in _QUOTED.finditer(rest)) if p)
    unquoted = _QUOTED.sub(" ", rest)
    words = rest.replace('"', " ").replace("“", " ").replace("”", " ")
    return SearchQuery(numbers, words, phrases, bool(phrases) and not _WORD_CHAR.search(unquoted))


_VN_DATE = regex.compile(r"\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*")


def user_date(text: str) -> dt.date:
    """``2023-09-30`` or ``30/9/2023``; ValueError with a message that says what is accepted."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    m = _VN_DATE.fullmatch(text)
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            pass
    raise ValueError(f"not a date: {text!r} (use 2023-09-30 or 30/9/2023)")


@dataclass(frozen=True)
class AssigneeQuery:
    """``name``: the folded name without its place (``so tai chinh``), when the grammar reads one;
    ``place``: the folded place (``huyen tra bong``), or a bare level (``tinh``) that matches any place
    of that level; ``text``: the whole query folded, for persons and free text."""

    name: str | None
    place: str | None
    text: str

    @property
    def bare_level(self) -> bool:
        return self.place is not None and " " not in self.place


def assignee_query(text: str) -> AssigneeQuery:
    text = nfc(text).strip()
    if len(text) > DEFAULT_MAX_ASSIGNEE_CHARS:
        raise QueryError(f"the assignee is too long ({len(text)} characters; at most {DEFAULT_MAX_ASSIGNEE_CHARS})")
    folded = match_key(text)
    span = name_at(text, 0) if text else None
    if span is not None and span.kind != "person" and span.end >= len(text.rstrip(" .,;")) - 1:
        a = make_assignee(text, span)
        return AssigneeQuery(name_key(a), place_key(a), folded)
    if span is not None and span.kind == "person" and span.person_name:
        return AssigneeQuery(None, None, match_key(span.person_name))
    core, place = split_place(text)
    if place and core != text:
        return AssigneeQuery(fold_key(core) or None, fold_key(place), folded)
    return AssigneeQuery(None, None, folded)
