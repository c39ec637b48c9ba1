"""What a user types, read the same way by the CLI, the Python API and the HTTP API.

Dates are ISO (``2023-09-30``) or as Vietnamese write them (``30/9/2023``); an assignee is read with the
same grammar and alias table as the documents (``STC`` = ``Sở Tài chính``; ``UBND huyện Trà Bồng`` keeps
its place; a name no grammar recognises is looked up among persons).  Limits, flags, roles, document
types and the reference to one document (``one_document``) are read here too, once for every front end:
each function raises ``QueryError`` saying what it accepts, and the caller names the parameter.

The CLI builds its options from this module at every start, so the stages a query needs (normalisation,
the name grammar, the patterns) are imported by the functions that use them, not here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .pattern_cache import compiled

#: Bounds of a search query: beyond them the answer costs more than any user's question is worth.
DEFAULT_MAX_QUERY_CHARS = 500
DEFAULT_MAX_QUERY_WORDS = 32
DEFAULT_MAX_ASSIGNEE_CHARS = 300
#: Hits a search returns unless told otherwise (the CLI, the Python API and the HTTP API alike).
DEFAULT_SEARCH_LIMIT = 20
#: Largest ``limit`` of a search or a list: more hits than anyone reads, few enough that one answer stays cheap.
DEFAULT_MAX_LIMIT = 10_000
#: Longest reference to one document that is not a path (an id, its first hex digits, a number): a
#: document number is a few dozen characters; anything much longer is a mistake, not a document.
DEFAULT_MAX_REF_CHARS = 200
#: Longest document type a filter takes: the longest type name (``Chương trình hành động``) and then some.
DEFAULT_MAX_DOC_TYPE_CHARS = 40

#: A quoted part of a query: straight or typographic quotes.
_QUOTED = compiled(r'"([^"]*)"|“([^”]*)”')
_WORD_CHAR = compiled(r"[\p{L}\p{N}]")
#: ``thành phố`` alone: a level, of a province or of a city of a province (``tables.units.CITY_WORD``).
_CITY_LEVEL = "thanh pho"


class QueryError(ValueError):
    """A query that cannot be answered as typed; the message says why (HTTP 400, CLI exit 2)."""


class AmbiguousReference(QueryError):
    """A reference that several documents answer to (a number two bodies used); ``candidates`` lists them."""

    def __init__(self, ref: str, candidates: list) -> None:
        super().__init__(f"{len(candidates)} documents match {_shown(ref)}; give an id")
        self.ref = ref
        self.candidates = candidates


def _shown(text: str, width: int = 40) -> str:
    """A user's value quoted in a message, cut short so the message stays one readable line."""
    return repr(text if len(text) <= width else text[:width] + "…")


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
    from .chars import nfc
    from .tables import patterns as P

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


_VN_DATE = compiled(r"\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*")


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


_LIMIT = compiled(r"[0-9]{1,9}")
_HEX_ID = compiled(r"[0-9a-fA-F]{6,64}")
_FLAGS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False}
ROLES = ("lead", "support")


def parse_limit(text: str, *, maximum: int = DEFAULT_MAX_LIMIT) -> int:
    """A whole number from 1 to ``maximum``, digits only (no sign, no blank, no exponent)."""
    if not _LIMIT.fullmatch(text) or not 1 <= int(text) <= maximum:
        raise QueryError(f"a whole number from 1 to {maximum}, not {_shown(text)}")
    return int(text)


def parse_flag(text: str) -> bool:
    """``1/true/yes/on`` or ``0/false/no/off`` (any case); an empty value is false."""
    value = _FLAGS.get(text.strip().lower()) if text.strip() else False
    if value is None:
        raise QueryError(f"true or false, not {_shown(text)}")
    return value


def parse_role(text: str) -> str:
    if text not in ROLES:
        raise QueryError(f"{' or '.join(ROLES)}, not {_shown(text)}")
    return text


def parse_doc_type(text: str) -> str:
    """The type's code (``KH``) from a code in any case, without its Đ (``QD``), or a name (``Kế hoạch``)."""
    from .tables.doctypes import code_for_query

    code = code_for_query(text) if len(text) <= DEFAULT_MAX_DOC_TYPE_CHARS else None
    if code is None:
        raise QueryError(f"a document type code such as KH, QĐ or CV (or a name such as Kế hoạch), not {_shown(text)}")
    return code


def document_ref(text: str, *, paths: bool = False) -> str:
    """A reference to documents as given (stripped; a hex id in lower case, as stored).  Without
    ``paths`` (a request over HTTP) it is bounded: an id, an id's first 6+ hex digits, or a number."""
    from .chars import nfc

    ref = text.strip() if paths else nfc(text).strip()  # a file's name is matched as the system spells it
    if not ref:
        raise QueryError("the document id, id prefix or number is missing")
    if not paths and len(ref) > DEFAULT_MAX_REF_CHARS:
        raise QueryError(f"longer than {DEFAULT_MAX_REF_CHARS} characters: not a document id or number")
    return ref.lower() if _HEX_ID.fullmatch(ref) else ref


def one_document(archive, ref: str, *, paths: bool = False):
    """The one document ``ref`` names (``DocumentSummary``): ``DocumentNotFound`` when none,
    ``AmbiguousReference`` (with the candidates) when several.  ``paths``: a local file path may name it
    too (the CLI); never over HTTP, where the text is a client's."""
    from .errors import DocumentNotFound

    key = document_ref(ref, paths=paths)
    found = archive.find(key, paths=paths)
    if not found:
        raise DocumentNotFound(key)
    if len(found) > 1:
        raise AmbiguousReference(key, found)
    return found[0]


@dataclass(frozen=True)
class AssigneeQuery:
    """``name``: the folded name without its place, abbreviations spelled out (``so tai chinh``, ``van phong
    uy ban nhan dan``), when it reads as one; ``place``: the folded place (``huyen tra bong``), or a bare level
    (``tinh``) that matches any place of that level; ``text``: the whole query folded, for persons and free
    text; ``names``: every key the name may be stored under (``van phong ubnd`` too: a canonical name of
    the lexicon keeps its abbreviation)."""

    name: str | None
    place: str | None
    text: str
    names: tuple[str, ...] = ()
    #: the province that holds ``place`` when the query names it (``tinh quang ninh``)
    within: str | None = None
    #: the query as the grammar of the documents reads the name, when it differs: asked when this finds nothing
    alias: AssigneeQuery | None = None

    @property
    def bare_level(self) -> bool:
        return self.place is not None and (" " not in self.place or self.place == _CITY_LEVEL)

    @property
    def text_keys(self) -> tuple[str, ...]:
        """The whole query in every spelling a raw name may have (``ubnd cac tinh`` and ``uy ban nhan dan cac
        tinh``), and its name with its place read as one name (``ngan hang nha nuoc khu vuc 8``, where the
        document's grammar read no place), for a query no name finds."""
        from .names import stored_keys, typed_words, written_abbreviations

        whole = " ".join(typed_words(written_abbreviations(self.text)))
        joined = stored_keys(f"{self.name} {self.place}") if self.name and self.place else ()
        return tuple(dict.fromkeys((self.text, *stored_keys(whole), *joined)))

    @property
    def keys(self) -> tuple[str, ...]:
        """The stored keys to look the name up by: ``names``, else the name itself."""
        return self.names or ((self.name,) if self.name else ())


def several_places(assignee: str, hits: list) -> list[tuple[str, int]]:
    """The places a name asked without one (``Sở Tài chính``) found tasks in, with how many each, when they
    are several: the answer mixes bodies of different provinces, and the person should say which (issue 41).
    Empty when the name gives a place or the tasks are of one place."""
    from collections import Counter

    asked = assignee_query(assignee)
    if asked.place or not asked.name:
        return []
    counts = Counter(h.assignee.area for h in hits if h.assignee.area and not h.shared)
    return counts.most_common() if len(counts) > 1 else []


def assignee_query(text: str) -> AssigneeQuery:
    """The one reading of a name a person types (the CLI, the API, the pages, the follow-up): a person by
    the grammar of the documents; a unit as its name and its place, whatever the spelling (issue 53):
    ``VPUBND Lâm Đồng``, ``van phong uy ban nhan dan tinh lam dong`` and ``Văn phòng UBND tỉnh Lâm Đồng``
    are one query; ``SNV Lâm Đồng`` is ``Sở Nội vụ tỉnh Lâm Đồng``."""
    from .chars import match_key, nfc
    from .extract.assignees import name_at
    from .names import spelled_out, stored_keys, typed_unit, written_abbreviations

    text = nfc(text).strip()
    if len(text) > DEFAULT_MAX_ASSIGNEE_CHARS:
        raise QueryError(f"the assignee is too long ({len(text)} characters; at most {DEFAULT_MAX_ASSIGNEE_CHARS})")
    text = spelled_out(written_abbreviations(text))
    folded = match_key(text)
    span = name_at(text, 0) if text else None
    if span is not None and span.kind == "person" and span.person_name:
        return AssigneeQuery(None, None, match_key(span.person_name))
    unit = typed_unit(text, span)
    if unit is None:
        return AssigneeQuery(None, None, folded)  # no name the grammar or the lexicon knows: a free text
    alias = AssigneeQuery(unit.alias, unit.place, folded, stored_keys(unit.alias, unit.place)) if unit.alias else None
    return AssigneeQuery(unit.name, unit.place, folded, unit.keys, unit.within, alias)
