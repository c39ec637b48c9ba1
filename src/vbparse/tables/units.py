"""The gazetteer: Vietnam's administrative units, before and after the reorganisation of 1 July 2025.

From the ``vietnamadminunits`` package (its SQLite dataset: the 34 provinces and 3 321 communes, wards and
special zones of 2025, and the 63 provinces, their districts and 10 040 communes before).  The dataset is
read directly, the same tables its ``database.get_data`` reads: importing the package loads its address
parsers (0.4 s) that nothing here uses.

A unit is named by its **path**: the folded names from the province down, joined by ``/``
(``tinh lao cai/xa bat xat``, before 2025 ``tinh lao cai/huyen bat xat/thi tran bat xat``), so that "lies
within" is "starts with".  A name the gazetteer does not know keeps its folded text as its path.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from ..chars import fold
from ..pattern_cache import cache_folder, compiled, longest_first, trusted, write_kept

#: The date the 2025 units took effect (Nghị quyết 202/2025/QH15 and the resolutions on communes).
REORGANISATION_DATE = (2025, 7, 1)

Level = Literal["tinh", "huyen", "xa"]

#: The country's names, which close a national body's name as a province's name closes a provincial one's
#: (``Viện Hàn lâm Khoa học và Công nghệ Việt Nam``).
COUNTRY_NAMES: tuple[str, ...] = ("Việt Nam",)

#: The words that name a unit's kind, folded, by level: what precedes the proper name in a document.
LEVEL_WORDS: dict[str, Level] = {
    "tinh": "tinh",
    "thanh pho truc thuoc trung uong": "tinh",
    "huyen": "huyen",
    "quan": "huyen",
    "thi xa": "huyen",
    "xa": "xa",
    "phuong": "xa",
    "thi tran": "xa",
    "dac khu": "xa",
}
#: ``thành phố`` is a province (Hà Nội) or, before 2025, a city of a province (thành phố Lào Cai).
CITY_WORD = "thanh pho"
_DATASET = Path("data") / "dataset.db"
_SLASH = "/"


@dataclass(frozen=True)
class Unit:
    """One administrative unit in one era: its kind as the dataset writes it (``Xã``), its proper name, and
    the path of folded full names from its province down."""

    kind: str
    name: str
    level: Level
    path: str
    era: Literal["2025", "legacy"]
    #: the province this unit's province became on 1 July 2025 (itself after it)
    province_2025: str
    #: the units it lies in, as written: ``huyện Bát Xát, tỉnh Lào Cai``
    within: str = ""

    @property
    def full(self) -> str:
        """``xã Bát Xát`` (the kind in lower case, as in running text)."""
        return f"{self.kind.lower()} {self.name}"

    @property
    def display(self) -> str:
        """``xã Bát Xát, tỉnh Lào Cai``."""
        return f"{self.full}, {self.within}" if self.within else self.full

    @property
    def province_path(self) -> str:
        return self.path.split(_SLASH, 1)[0]


def _dataset_path() -> Path | None:
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / _DATASET
    return path if path.is_file() else None


_WORD = compiled(r"[\p{L}\p{N}]+")


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Folded words, punctuation and dashes dropped: ``Xuân Hương - Đà Lạt`` → ``xuan huong da lat``.  Kept:
    the gazetteer asks it 50 000 times for 17 000 names (a third of its building time)."""
    return " ".join(_WORD.findall(fold(text)))


def _key(kind: str, name: str) -> str:
    """``name_key(f"{kind} {name}")``, joined from the keys of its two parts: a kind is one of a few words and a
    name comes back in every row of its units, so both are kept keys (half the gazetteer's time was these)."""
    return " ".join(k for k in (name_key(str(kind)), name_key(str(name))) if k)


@dataclass
class Gazetteer:
    """Units by folded proper name (``bat xat``), each name possibly several units.  The provinces are read
    at once (from 200 distinct rows); the districts and communes, 13 000 rows and most of the 0.2 s the
    gazetteer takes, when first asked for: a query of ``Sở Tài chính Lào Cai`` needs only the provinces."""

    provinces: dict[str, list[Unit]]
    #: old province key (``tinhyenbai``) → the short name of the province it joined (``Lào Cai``)
    merged: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: reads (districts, communes); None: there are none
    _lower: Callable[[], tuple[dict[str, list[Unit]], dict[str, list[Unit]]]] | None = field(
        default=None, repr=False, compare=False
    )

    @cached_property
    def _levels(self) -> tuple[dict[str, list[Unit]], dict[str, list[Unit]]]:
        return self._lower() if self._lower is not None else ({}, {})

    @property
    def districts(self) -> dict[str, list[Unit]]:
        return self._levels[0]

    @property
    def communes(self) -> dict[str, list[Unit]]:
        return self._levels[1]

    def named(self, name: str, level: Level | None = None) -> list[Unit]:
        key = name_key(name)
        if level == "tinh":
            return list(self.provinces.get(key, ()))
        tables = {"tinh": self.provinces, "huyen": self.districts, "xa": self.communes}
        if level is not None:
            return list(tables[level].get(key, ()))
        return [u for t in tables.values() for u in t.get(key, ())]


#: The columns of a province, in the order its rows first come in each table: the provinces of the 2025 table
#: (``admin_units``), then those of before (``admin_units_legacy``) of another path.
_PROVINCE_ROWS = (
    "SELECT province, provinceShort, provinceKey FROM {table} "
    "GROUP BY province, provinceShort, provinceKey ORDER BY MIN(rowid)"
)


def _dataset(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The units, read once per process; empty when the package is not installed."""
    path = _dataset_path()
    if path is None:
        return Gazetteer({})
    provinces: dict[str, list[Unit]] = defaultdict(list)
    db = _dataset(path)
    try:
        new_province: dict[str, str] = {}
        seen: set[str] = set()
        for province, short, key in db.execute(_PROVINCE_ROWS.format(table="admin_units")):
            p_kind = province[: -len(short)].strip()
            p_path = _key(p_kind, short)
            new_province[key] = short
            if p_path not in seen:
                seen.add(p_path)
                provinces[name_key(short)].append(Unit(p_kind, short, "tinh", p_path, "2025", short))
        merged = _merged_provinces(path.parent / "converter_2025.json", new_province)
        for province, short, key in db.execute(_PROVINCE_ROWS.format(table="admin_units_legacy")):
            p_kind = province[: -len(short)].strip()
            p_path = _key(p_kind, short)
            if p_path not in seen:
                seen.add(p_path)
                after = merged.get(key, short)
                provinces[name_key(short)].append(Unit(p_kind, short, "tinh", p_path, "legacy", after))
    finally:
        db.close()
    return Gazetteer(dict(provinces), merged, lambda: _kept_lower_units(path, merged))


#: Bumped when what ``_lower_units`` makes changes shape, so that a table kept by an older vbparse is made again.
DEFAULT_UNITS_CACHE_FORMAT = 1

_Levels = tuple[dict[str, list[Unit]], dict[str, list[Unit]]]


def _kept_lower_units(path: Path, merged: dict[str, str]) -> _Levels:
    """``_lower_units``, kept between runs in the user's cache (``pattern_cache.cache_folder``) as plain values
    (``marshal``: no code runs reading it), keyed by the dataset file, this module's code and the format: read
    back in about a third of the time (issue 53: 0.19 s of a command-line question naming a commune).  A damaged,
    foreign or missing file is made again; no cache when keeping is off."""
    folder = cache_folder()
    if folder is None:
        return _lower_units(path, merged)
    st = path.stat()
    code = Path(__file__).read_bytes()
    key = hashlib.sha256(
        repr((str(path), st.st_mtime_ns, st.st_size, sorted(merged.items()), DEFAULT_UNITS_CACHE_FORMAT)).encode()
        + code
    ).hexdigest()[:20]
    kept = os.path.join(folder, f"units-{key}.marshal")
    found = _read_kept(kept)
    if found is not None:
        return found
    levels = _lower_units(path, merged)
    write_kept(kept, marshal.dumps(tuple({k: [_values(u) for u in v] for k, v in t.items()} for t in levels)))
    return levels


def _read_kept(kept: str) -> _Levels | None:
    """The levels kept at ``kept``; None when the file is missing, damaged, of another shape or not trusted."""
    try:
        if not trusted(kept):
            return None
        with open(kept, "rb") as f:
            districts, communes = marshal.load(f)
        return _units_of(districts), _units_of(communes)
    except Exception:  # noqa: BLE001 - made again by the caller
        return None


def _values(u: Unit) -> tuple:
    return (u.kind, u.name, u.level, u.path, u.era, u.province_2025, u.within)


def _units_of(table: dict) -> dict[str, list[Unit]]:
    return {k: [Unit(*t) for t in v] for k, v in table.items()}


def _lower_units(path: Path, merged: dict[str, str]) -> tuple[dict[str, list[Unit]], dict[str, list[Unit]]]:
    """The districts and the communes (of 2025, then of before), by folded proper name."""
    districts: dict[str, list[Unit]] = defaultdict(list)
    communes: dict[str, list[Unit]] = defaultdict(list)
    db = _dataset(path)
    try:
        for province, short, kind, ward in db.execute(
            "SELECT province, provinceShort, wardType, wardShort FROM admin_units"
        ):
            p_kind = province[: -len(short)].strip()
            p_path = _key(p_kind, short)
            p_full = f"{p_kind.lower()} {short}"
            communes[name_key(ward)].append(
                Unit(kind, ward, "xa", f"{p_path}{_SLASH}{_key(kind, ward)}", "2025", short, p_full)
            )
        seen_districts: set[str] = set()
        seen_communes: set[str] = set()
        for province, short, key, d_kind, district, w_kind, ward in db.execute(
            "SELECT province, provinceShort, provinceKey, districtType, districtShort, wardType, wardShort "
            "FROM admin_units_legacy"
        ):
            p_kind = province[: -len(short)].strip()
            p_path = _key(p_kind, short)
            after = merged.get(key, short)
            d_path = f"{p_path}{_SLASH}{_key(d_kind, district)}"
            p_full = f"{p_kind.lower()} {short}"
            if d_path not in seen_districts:
                seen_districts.add(d_path)
                districts[name_key(district)].append(Unit(d_kind, district, "huyen", d_path, "legacy", after, p_full))
            w_path = f"{d_path}{_SLASH}{_key(w_kind, ward)}"
            if not ward or w_path in seen_communes:  # a district without communes; a commune listed twice
                continue
            seen_communes.add(w_path)
            d_full = f"{d_kind.lower()} {district}, {p_full}"
            communes[name_key(ward)].append(Unit(w_kind, ward, "xa", w_path, "legacy", after, d_full))
    finally:
        db.close()
    return dict(districts), dict(communes)


def _merged_provinces(converter: Path, new_short: dict[str, str]) -> dict[str, str]:
    """Old province key (``tinhyenbai``) → the short name of the province it joined (``Lào Cai``)."""
    import json

    if not converter.is_file():
        return {}
    table = json.loads(converter.read_text(encoding="utf-8")).get("DICT_PROVINCE", {})
    return {old: new_short[new] for new, olds in table.items() if new in new_short for old in olds}


_LEVEL_PREFIX = compiled(
    r"^(?:(?P<level>" + "|".join(longest_first([*LEVEL_WORDS, CITY_WORD])) + r")\s+)?(?P<name>.+)$"
)


def resolve_place(place: str, *, within: str | None = None, after_2025: bool | None = None) -> list[Unit]:
    """The units a written place may be (``tỉnh Lào Cai``, ``xã Bát Xát``, ``Lào Cai``), best first:
    inside ``within`` (a path) when some are, of the era of ``after_2025`` when some are.  A city
    (``thành phố``) is a province or a city of a province; a name without its kind, any unit."""
    key = name_key(place)
    if key in LEVEL_WORDS or key == CITY_WORD:  # a level without its name (``thị trấn``): no unit is named so
        return []  # (tests/test_areas.py), and the districts and communes need not be read to say it
    m = _LEVEL_PREFIX.match(key)
    if m is None:
        return []
    word, name = m.group("level"), m.group("name").strip()
    g = gazetteer()
    if word == CITY_WORD:
        found = g.named(name, "tinh") + g.named(name, "huyen")
    elif word:
        found = g.named(name, LEVEL_WORDS[word])
        found = [u for u in found if fold(u.kind) == word] or found  # ``tỉnh Huế``: the kind as it was
    else:
        found = g.named(name, "tinh") or g.named(name)
    if within:
        inside = [u for u in found if u.path.startswith(within + _SLASH) or u.path == within]
        found = inside or found
    if after_2025 is not None:
        era = "2025" if after_2025 else "legacy"
        found = sorted(found, key=lambda u: u.era != era)
    return found


def containing_paths(unit_path: str) -> list[str]:
    """The paths of every unit that holds ``unit_path``, itself included, largest first."""
    parts = unit_path.split(_SLASH)
    return [_SLASH.join(parts[: i + 1]) for i in range(len(parts))]


def province_2025_path(unit: Unit) -> str:
    """The path of the province ``unit`` lies in since 1 July 2025."""
    found = [u for u in gazetteer().named(unit.province_2025, "tinh") if u.era == "2025"]
    return found[0].path if found else unit.province_path
