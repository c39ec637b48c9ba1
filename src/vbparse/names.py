"""What a person types as a unit's name, read the same whatever the spelling (issue 53): its name folded and
spelled out as the lexicon spells it (``VPUBND``, ``vp ubnd`` and ``Văn phòng Ủy ban nhân dân`` → ``van phong
uy ban nhan dan``; ``SNV`` → ``so noi vu``), its place with or without the place word (``Lâm Đồng`` → ``tinh
lam dong``), and the keys a document's name may be stored under (``van phong ubnd``).  ``query.assignee_query``
asks it for the CLI, the API, the pages and the follow-up alike.

Like ``query``, imported at every start of the CLI: the tables and the grammar are imported by the functions
that use them, and the readings built from them are made once (``lru_cache``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract.assignees import NameSpan


def spelled_out(text: str) -> str:
    """A query's short heads spelled out (``QUERY_ABBREVIATIONS``): ``CA tỉnh`` → ``Công an tỉnh``,
    ``VPUBND`` → ``Văn phòng UBND``, ``CAT`` → ``Công an tỉnh``; other words as typed."""
    from .tables.assignees import QUERY_ABBREVIATIONS, QUERY_GLUED_TAILS

    words: list[str] = []
    typed = text.split(" ")
    for i, word in enumerate(typed):
        city = _city_of_initials(word, typed[i - 1] if i else "")
        if city is not None:  # ``TP.HCM``, ``TPĐN``; ``TP HCM``: the ``TP`` before is the city's
            if i and typed[i - 1].upper() in _CITY_PREFIXES and words:
                words[-1] = "thành phố " + city
            else:
                words.append("thành phố " + city)
            continue
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


#: How offices write ``thành phố`` before a centrally run city's initials (``TP.HCM``, ``TPĐN``, ``TP HCM``).
_CITY_PREFIXES = ("TP", "TP.")


def _city_of_initials(word: str, before: str) -> str | None:
    """The centrally run city ``word`` names by its initials after ``TP`` (glued, ``TP.HCM``; or the word after
    ``TP``: ``HCM``), as the gazetteer names it (``Hồ Chí Minh``); None for any other word."""
    upper = word.upper()
    if upper in _CITY_PREFIXES:
        return None
    if before.upper() in _CITY_PREFIXES:
        initials = upper
    else:
        prefix = next((p for p in ("TP.", "TP") if upper.startswith(p)), None)
        if prefix is None:
            return None
        initials = upper[len(prefix) :]
    return _city_initials().get(initials.replace("Đ", "D")) if 2 <= len(initials) <= 4 else None


@lru_cache(maxsize=1)
def _city_initials() -> dict[str, str]:
    """The centrally run cities by their initials (``HCM`` → ``Hồ Chí Minh``, ``DN`` → ``Đà Nẵng``)."""
    from .tables.units import gazetteer

    out: dict[str, str] = {}
    for units in gazetteer().provinces.values():
        for u in units:
            if u.kind.lower() == "thành phố" and len(u.name.split()) > 1:
                out.setdefault("".join(w[0] for w in u.name.split()).upper().replace("Đ", "D"), u.name)
    return out


@dataclass(frozen=True)
class TypedUnit:
    """A typed unit: its name (folded, spelled out), its place (folded: ``xa luong minh``, a bare level
    ``tinh``), and the province that holds that place when the text names it (its path: ``tinh quang ninh``
    for ``xã Lương Minh, tỉnh Quảng Ninh``, not the xã Lương Minh of Nghệ An)."""

    name: str
    place: str | None
    within: str | None = None
    #: the name the grammar of the documents reads there, when it differs (asked when ``name`` finds nothing)
    alias: str | None = None
    #: every key the name may be stored under (``stored_keys``): the lexicon's name's and the name as typed
    #: (``Mặt trận Tổ quốc Việt Nam`` is ``Mặt trận Tổ quốc`` to the lexicon, and stored under both)
    keys: tuple[str, ...] = ()


def typed_unit(text: str, span: NameSpan | None) -> TypedUnit | None:
    """A typed unit's name and place: the name as the lexicon spells it when it is one of its names (``vp
    ubnd`` → ``van phong uy ban nhan dan``); else as typed, as the board prints it, when something knows a
    name there (the grammar, a place, a body's head: ``bo cong an``); else as the grammar of the documents
    reads it (``công chức Văn phòng –thống kê UBND`` → ``van phong thong ke``).  The grammar's reading, when
    it differs, is kept as ``alias``: asked when the name as typed finds nothing.  None when nothing knows a
    name there (a person, a free text)."""
    words = typed_words(text)
    core, place = split_typed_place(words)
    if not core:
        return None
    alias = _alias_name(text, span)
    if _lexicon_span(core) == len(core):
        name: str | None = lexicon_name(core)
    elif span is None and place is None and not _lexicon_span(core) and not _known_head(core):
        name = alias
    else:
        name = lexicon_name(_without_level_twice(core, place))
    if name is None:
        return None
    rest = words[len(core) + len(place.split()) :] if place else []
    typed = " ".join(_without_level_twice(core, place))
    keys = tuple(dict.fromkeys((*stored_keys(name, place), *stored_keys(typed, place))))
    return TypedUnit(name, place, _province_path(rest) if rest else None, alias if alias != name else None, keys)


def _alias_name(text: str, span: NameSpan | None) -> str | None:
    """The name of the lexicon the grammar of the documents reads the whole text as, fillers and the owning
    body left out (``công chức Văn phòng –thống kê UBND`` → ``van phong thong ke``), or None."""
    from .extract.assignees import make_assignee

    if span is None or span.kind == "person" or not span.canonical or span.end < len(text.rstrip(" .,;")) - 1:
        return None
    read = split_typed_place(typed_words(written_abbreviations(make_assignee(text, span).canonical or "")))[0]
    return lexicon_name(read) if read and _lexicon_span(read) == len(read) else None


def _without_level_twice(core: list[str], place: str | None) -> list[str]:
    """The name without the level of its place written twice, with the name and the place: ``Công an Tỉnh
    tỉnh Đồng Tháp``, ``Ủy ban nhân dân Thành phố thành phố Hà Nội`` (not ``UBND Đại Thanh thành phố …``)."""
    level = (_level_at(place.split(), 0) or "").split() if place and " " in place else []
    if level and core[-len(level) :] == level and len(core) > len(level):
        return core[: -len(level)]
    return core


def _province_path(words: list[str]) -> str | None:
    """The path of the province ``words`` name (the 2025 one first), or None."""
    from .tables.units import resolve_place

    provinces = [u for u in resolve_place(" ".join(words)) if u.level == "tinh"]
    return min(provinces, key=lambda u: u.era != "2025").path if provinces else None


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
    return _province_path(words) is not None


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


def stored_splits(text: str) -> list[tuple[str, str | None]]:
    """Every way a typed name (its folded words, in every stored spelling) may have been stored as a name and
    a place where a document's grammar split it otherwise than ``split_typed_place`` (``Ủy ban nhân dân các
    xã/ phường`` → ``uy ban nhan dan cac xa`` + ``phuong``; ``Liên minh Hợp tác xã`` → ``lien minh hop tac`` +
    ``xa``): each split before a level word, and the whole as a name without a place."""
    out: list[tuple[str, str | None]] = []
    for key in stored_keys(" ".join(typed_words(written_abbreviations(text)))):
        words = key.split()
        out.append((key, None))  # no place read at all (``Ủy ban nhân dân Thành phố Hồ Chí Minh`` of a ministry)
        for i in range(1, len(words)):
            at = i + 1 if words[i] in _PLACE_OPENERS else i  # ``các xã, phường``: the place of a collective
            if any(words[at : at + len(lv.split())] == lv.split() for lv in _typed_levels()):
                out.append((" ".join(words[:i]), " ".join(words[i:])))
    return list(dict.fromkeys(out))


#: Words a place may open with before its level (``các xã, phường``, ``của tỉnh``), as the grammar reads them.
_PLACE_OPENERS = frozenset({"cac", "cua"})
