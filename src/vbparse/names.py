"""What a person types as a unit's name, read the same whatever the spelling (issue 53): its name folded and
spelled out as the lexicon spells it (``VPUBND``, ``vp ubnd`` and ``Văn phòng Ủy ban nhân dân`` → ``van phong
uy ban nhan dan``; ``SNV`` → ``so noi vu``), its place with or without the place word (``Lâm Đồng`` → ``tinh
lam dong``), and the keys a document's name may be stored under (``van phong ubnd``).  ``query.assignee_query``
asks it for the CLI, the API, the pages and the follow-up alike.

Like ``query``, imported at every start of the CLI: the tables and the grammar are imported by the functions
that use them, and the readings built from them are made once (``lru_cache``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract.assignees import NameSpan


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


def typed_unit(text: str, span: NameSpan | None) -> tuple[str, str | None] | None:
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
