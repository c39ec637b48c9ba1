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
from functools import lru_cache

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

    @property
    def bare_level(self) -> bool:
        return self.place is not None and (" " not in self.place or self.place == _CITY_LEVEL)

    @property
    def text_keys(self) -> tuple[str, ...]:
        """The whole query in every spelling a raw name may have (``ubnd cac tinh`` and ``uy ban nhan dan cac
        tinh``), and its name with its place read as one name (``ngan hang nha nuoc khu vuc 8``, where the
        document's grammar read no place), for a query no name finds."""
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


def spelled_out(text: str) -> str:
    """A query's short heads spelled out (``QUERY_ABBREVIATIONS``): ``CA tỉnh`` → ``Công an tỉnh``,
    ``VPUBND`` → ``Văn phòng UBND``, ``CAT`` → ``Công an tỉnh``; other words as typed."""
    from .tables.assignees import QUERY_ABBREVIATIONS, QUERY_GLUED_TAILS

    words = []
    for word in text.split(" "):
        if word in QUERY_ABBREVIATIONS:
            word = QUERY_ABBREVIATIONS[word]
        else:
            for short, spelled in QUERY_ABBREVIATIONS.items():
                tail = word[len(short) :]
                if word.startswith(short) and tail in QUERY_GLUED_TAILS:
                    word = spelled + QUERY_GLUED_TAILS[tail]
                    break
        words.append(word)
    return " ".join(words)


def assignee_query(text: str) -> AssigneeQuery:
    """The one reading of a name a person types (the CLI, the API, the pages, the follow-up): a person by
    the grammar of the documents; a unit as its name and its place, whatever the spelling (issue 53):
    ``VPUBND Lâm Đồng``, ``van phong uy ban nhan dan tinh lam dong`` and ``Văn phòng UBND tỉnh Lâm Đồng``
    are one query; ``SNV Lâm Đồng`` is ``Sở Nội vụ tỉnh Lâm Đồng``."""
    from .chars import match_key, nfc
    from .extract.assignees import name_at

    text = nfc(text).strip()
    if len(text) > DEFAULT_MAX_ASSIGNEE_CHARS:
        raise QueryError(f"the assignee is too long ({len(text)} characters; at most {DEFAULT_MAX_ASSIGNEE_CHARS})")
    text = spelled_out(written_abbreviations(text))
    folded = match_key(text)
    span = name_at(text, 0) if text else None
    if span is not None and span.kind == "person" and span.person_name:
        return AssigneeQuery(None, None, match_key(span.person_name))
    unit = _typed_unit(text, span)
    if unit is None:
        return AssigneeQuery(None, None, folded)  # no name the grammar or the lexicon knows: a free text
    name, place = unit
    return AssigneeQuery(name, place, folded, stored_keys(name, place))


def _typed_unit(text: str, span) -> tuple[str, str | None] | None:
    """A typed unit's name and place (folded, spelled out): the name as the lexicon spells it when it is
    one of its names (``vp ubnd`` → ``van phong uy ban nhan dan``) or the grammar of the documents reads
    one there (``công chức Văn phòng –thống kê UBND`` → ``van phong thong ke``); else as typed, as the
    board prints it, when something knows a name there (the grammar, a place, a body's head: ``bo cong
    an``); None when nothing does (a person, a free text)."""
    from .extract.assignees import make_assignee

    core, place = split_typed_place(typed_words(text))
    if not core:
        return None
    if _lexicon_span(core) == len(core):
        return lexicon_name(core), place
    if span is not None and span.kind != "person" and span.canonical and span.end >= len(text.rstrip(" .,;")) - 1:
        read = split_typed_place(typed_words(written_abbreviations(make_assignee(text, span).canonical or "")))[0]
        if read and _lexicon_span(read) == len(read):
            return lexicon_name(read), place
    if span is None and place is None and not _lexicon_span(core) and not _known_head(core):
        return None
    if place and " " in place and core[-1:] == place.split()[:1] and len(core) > 1:
        core = core[:-1]  # ``UBND Tỉnh tỉnh Đồng Tháp``: the level written twice, with the name and the place
    if place and core[-2:] == place.split()[:2] and len(core) > 2:
        core = core[:-2]  # ``Ủy ban nhân dân Thành phố thành phố Hà Nội``
    return lexicon_name(core), place


def _without_place(words: list[str], place: str | None) -> list[str]:
    """A name's words without the place read from the text at their end, with or without its level word
    (the grammar keeps ``Lâm Đồng`` of ``Sở Y tế Lâm Đồng`` in the name)."""
    if not place:
        return words
    level = next((lv for lv in _typed_levels() if place.startswith(lv + " ")), "")
    for tail in (place.split(), place[len(level) :].split()):
        if tail and words[-len(tail) :] == tail and len(words) > len(tail):
            return words[: -len(tail)]
    return words


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """Folded heads of bodies (``so``, ``bo``, ``cong an``, ``chinh phu``): a typed name that begins with
    one is a body's name even where the grammar, which reads the documents' spelling, reads none
    (``bo cong an``, ``BỘ CÔNG AN``)."""
    from .tables.collectives import HEAD_CLASSES, NATIONAL_BODY_HEADS, PROVINCE_BODY_HEADS

    return (*(head for head, _classes in HEAD_CLASSES), *NATIONAL_BODY_HEADS, *PROVINCE_BODY_HEADS)


def _known_head(words: list[str]) -> bool:
    name = " ".join(words)
    return any(name == head or name.startswith(head + " ") for head in _heads())


#: A typed abbreviation is read in any case when it is no Vietnamese syllable: it has no vowel (``snv``,
#: ``hdnd``, ``vp``) or four letters or more (``ubnd``); ``ca``, ``tu`` are words too.
_VOWELS = frozenset("aeiouy")
DEFAULT_MIN_CASELESS_ABBREVIATION = 4


@lru_cache(maxsize=1)
def _abbreviations_by_fold() -> dict[str, str]:
    """Folded abbreviation → as the tables write it (``ubnd`` → ``UBND``, ``snv`` → ``SNV``, ``vpubnd``)."""
    from .chars import fold
    from .tables.assignees import ASSIGNEE_TABLE, QUERY_ABBREVIATIONS, QUERY_GLUED_TAILS
    from .tables.issuers import ISSUER_ABBREVIATIONS

    written = [*ISSUER_ABBREVIATIONS, *QUERY_ABBREVIATIONS]
    written += [short + tail for short in QUERY_ABBREVIATIONS for tail in QUERY_GLUED_TAILS]
    written += [a for _c, _k, aliases in ASSIGNEE_TABLE for a in aliases if " " not in a and a.upper() == a]
    out: dict[str, str] = {}
    for abbreviation in written:
        key = fold(abbreviation)
        if len(key) >= DEFAULT_MIN_CASELESS_ABBREVIATION or not _VOWELS & set(key):
            out.setdefault(key, abbreviation)
    return out


def written_abbreviations(text: str) -> str:
    """Abbreviations typed in another case or without their Đ written as the tables write them: ``ubnd tinh``
    → ``UBND tinh``, ``hdnd`` → ``HĐND``, ``snv`` → ``SNV``; other words as typed (``ca trực`` stays)."""
    from .chars import fold

    table = _abbreviations_by_fold()
    return " ".join(table.get(fold(word), word) for word in text.split(" "))


def typed_words(text: str) -> list[str]:
    """The folded words of a typed name, every abbreviation spelled out (``VP UBND`` → ``van phong uy ban
    nhan dan``), punctuation and ``&`` dropped."""
    from .extract.assignees import fold_key
    from .tables.issuers import expand_abbreviations

    return fold_key(expand_abbreviations(text)).split()


def split_typed_place(words: list[str]) -> tuple[list[str], str | None]:
    """A typed name's words and its place (folded), as ``extract.assignees.split_place`` splits a name as
    written: from the first level word after the name that starts a place the gazetteer knows, the longest
    such (``... huyen tra bong``, ``... tinh ha tinh``), followed by nothing or by the place that holds it
    (``xa luong minh quang ninh``); else a province's name without its level word (``so noi vu lam dong`` →
    ``tinh lam dong``); else the level words that end the name (``cong an tinh``, ``uy ban nhan dan xa
    phuong``, ``... cap xa``).  A level word inside a name of the lexicon is no place (``... thuong binh va
    xa hoi``), nor one inside a common word (``co quan``, ``hop tac xa``: ``TYPED_LEVEL_COMPOUNDS``)."""
    from .tables.units import gazetteer, resolve_place

    start = max(1, _lexicon_span(words))
    levels = [(i, level) for i in range(start, len(words)) if (level := _level_at(words, i)) is not None]
    for i, level in levels:
        after = i + len(level.split())
        if level in _REGION_LEVELS and after < len(words):
            # ``khu vuc 8``: a region of its own body, no unit; the province it is in may follow
            end = next((k for k in range(after + 1, len(words)) if _is_province(words[k:])), len(words))
            return words[:i], " ".join(words[i:end])
        if any(words[after : after + len(c)] == list(c) for c in _level_compounds()):
            continue  # ``… đặc khu liên quan``: a common word, not thị trấn Liên Quan
        for end in range(len(words), after, -1):
            rest = words[end:]
            if (not rest or _is_province(rest)) and resolve_place(" ".join(words[i:end])):
                return words[:i], " ".join(words[i:end])
    provinces = gazetteer().provinces
    for n in range(min(_MAX_PLACE_WORDS, len(words) - start), 0, -1):
        units = provinces.get(" ".join(words[-n:]))
        if units:
            unit = min(units, key=lambda u: u.era != "2025")
            return words[:-n], " ".join(typed_words(unit.full))
    for i, _level in levels:
        if _only_levels(words[i:]):
            return words[:i], " ".join(words[i:])
    return words, None


def _is_province(words: list[str]) -> bool:
    """Whether ``words`` name a province, with or without its level word (what holds a place: ``xa luong
    minh quang ninh``)."""
    from .tables.units import resolve_place

    return any(u.level == "tinh" for u in resolve_place(" ".join(words)))


def _level_at(words: list[str], i: int) -> str | None:
    """The level word at ``words[i]`` (``tinh``, ``thanh pho``, ``cap xa``), unless a common word holds it."""
    for compound in _level_compounds():
        size = len(compound)
        if any(words[j : j + size] == list(compound) for j in range(max(0, i - size + 1), i + 1)):
            return None
    return next((lv for lv in _typed_levels() if words[i : i + len(lv.split())] == lv.split()), None)


def _only_levels(words: list[str]) -> bool:
    """Whether ``words`` are level words only (``xa phuong dac khu``, ``va`` between them)."""
    i = 0
    while i < len(words):
        if words[i] == "va" and i > 0:
            i += 1
            continue
        level = next((lv for lv in _typed_levels() if words[i : i + len(lv.split())] == lv.split()), None)
        if level is None:
            return False
        i += len(level.split())
    return bool(words)


#: Levels a body's own region follows, named as the body pleases (``Ngân hàng Nhà nước khu vực X``).
_REGION_LEVELS = frozenset({"khu vuc"})


@lru_cache(maxsize=1)
def _level_compounds() -> tuple[tuple[str, ...], ...]:
    from .tables.assignees import TYPED_LEVEL_COMPOUNDS

    return tuple(tuple(typed_words(c)) for c in TYPED_LEVEL_COMPOUNDS)


#: A province's name is this many words long at most (``Bà Rịa - Vũng Tàu`` has five).
_MAX_PLACE_WORDS = 5


@lru_cache(maxsize=1)
def _typed_levels() -> tuple[str, ...]:
    """The level words a place starts with (folded), longest first (``thanh pho`` before ``pho``)."""
    from .pattern_cache import longest_first
    from .tables.bodies import PLACE_LEVELS
    from .tables.units import CITY_WORD, LEVEL_WORDS

    return tuple(longest_first({*LEVEL_WORDS, CITY_WORD, *(" ".join(typed_words(lv)) for lv in PLACE_LEVELS)}))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """Every spelling of a name of the lexicon (``tables.assignees``), its words folded and spelled out and
    a trailing level word dropped (``Văn phòng UBND tỉnh``: the level is a place) → its name so read."""
    from .tables.assignees import ASSIGNEE_TABLE

    levels = _typed_levels()
    out: dict[str, str] = {}
    for canonical, _kind, aliases in ASSIGNEE_TABLE:
        name = " ".join(_without_level(typed_words(spelled_out(canonical)), levels))
        for alias in (canonical, *aliases):
            words = _without_level(typed_words(spelled_out(alias)), levels)
            # a single word (``thôn``) is a name only by the grammar; an abbreviation (``SNV``) is one
            if len(words) >= 2 or (words and alias.upper() == alias):
                out.setdefault(" ".join(words), name)
    return out


def _without_level(words: list[str], levels: tuple[str, ...]) -> list[str]:
    for level in levels:
        if len(words) > len(level.split()) and " ".join(words).endswith(" " + level):
            return words[: -len(level.split())]
    return words


def _lexicon_span(words: list[str]) -> int:
    """How many first words of ``words`` the longest name of the lexicon spans (0 when none)."""
    lexicon = _lexicon()
    return next((n for n in range(len(words), 0, -1) if " ".join(words[:n]) in lexicon), 0)


def lexicon_name(words: list[str]) -> str:
    """A name's words as the lexicon spells the unit they name (``so ld tb xh`` → ``so lao dong thuong binh va
    xa hoi``), or the unit an abbreviation before them names (``stc …`` → ``so tai chinh …``); else as typed."""
    lexicon = _lexicon()
    n = _lexicon_span(words)
    if n == len(words) or (n == 1 and words[0] in _abbreviations_by_fold()):
        return " ".join([lexicon[" ".join(words[:n])], *words[n:]])
    return " ".join(words)  # ``các doanh nghiệp hoạt động …`` is no ``Doanh nghiệp, HTX``


#: Words a stored name may keep abbreviated (a lexicon name is stored as written: ``Văn phòng UBND``).
_STORED_SHORT = {"uy ban nhan dan": "ubnd", "hoi dong nhan dan": "hdnd"}


def stored_keys(name: str, place: str | None = None) -> tuple[str, ...]:
    """Every key ``name`` (spelled out) may be stored under: as it is; with ``uy ban nhan dan``, ``hoi dong
    nhan dan`` kept short in any of its places (``chu tich ubnd``, ``van phong hdnd va ubnd``); with the
    level of its place kept in the name (``Ủy ban nhân dân Thành phố`` of Hà Nội, ``Công an Tỉnh``)."""
    keys = [name]
    level = _level_at(place.split(), 0) if place else None
    if level and not name.endswith(" " + level):
        keys.append(f"{name} {level}")
    for long, short in _STORED_SHORT.items():
        keys += [k.replace(long, short) for k in keys if f" {long} " in f" {k} "]
    return tuple(dict.fromkeys(keys))
