#!/usr/bin/env python3
"""Synthesise an archive of N plans (default 100 000) from the seed corpus, with consistent citations.

Usage: python scripts/make_archive.py OUT_DIR [-n N] [--seed S]

Each document is a seed plan's body under a generated header: an issuer (a huyện, or a xã/thị trấn
of it, in a province), a number, a date.  Place names, persons and the seed's own place names in the
body are replaced by the generated ones.  Numbers are counted per issuer and year, as in real life,
so the same number (``42/KH-UBND``) is issued by many bodies: a citation can only be resolved by
number, issuer and date together.  Every commune plan after the first cites one earlier plan — of its
district (``Kế hoạch số …/KH-UBND ngày … của UBND huyện …``) or of its own body — and
``manifest.jsonl`` records, per file, its number/issuer/date and the file each citation means, so
``scripts/bench.py`` can check resolution against the truth.

OUT_DIR must not exist or be empty: nothing a user has is overwritten.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"

FIRST = [
    "Hà",
    "Yên",
    "Phong",
    "Tân",
    "Đông",
    "Quảng",
    "Thạch",
    "Nga",
    "Hoằng",
    "Vĩnh",
    "Cẩm",
    "Thiệu",
    "Triệu",
    "Như",
    "Bá",
    "Thọ",
    "Lạc",
    "Hải",
    "Kim",
    "Ngọc",
    "Đà",
    "Mường",
    "Bắc",
    "Nam",
    "Xuân",
    "Hòa",
    "Định",
    "Diễn",
]
SECOND = [
    "Trung",
    "Châu",
    "Sơn",
    "Lộc",
    "Hưng",
    "Xương",
    "Thành",
    "Phú",
    "Yên",
    "Lâm",
    "Bình",
    "Thủy",
    "An",
    "Nẵng",
    "Lát",
    "Giang",
    "Khê",
    "Tiến",
    "Long",
    "Hải",
    "Quang",
    "Thịnh",
    "Đức",
    "Vân",
    "Cường",
    "Hóa",
]
PROVINCES = [
    "Thanh Hóa",
    "Sơn La",
    "Lào Cai",
    "Nghệ An",
    "Đà Nẵng",
    "Lâm Đồng",
    "Hà Tĩnh",
    "Ninh Bình",
    "Quảng Nam",
    "Bắc Giang",
    "Phú Thọ",
    "Cà Mau",
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Cù", "Lưu", "Trịnh"]
MIDDLE = ["Văn", "Thị", "Ngọc", "Đức", "Minh", "Hữu", "Thanh", "Quang"]
GIVEN = ["Luyện", "Hân", "Hùng", "Lan", "Hương", "Nam", "Tuấn", "Dũng", "Hoa", "Bình", "Thảo", "Sơn", "Hải", "Yến"]

#: Place and person names of the seeds, replaced in their bodies.
SEED_PLACES = ("Hà Trung", "Yên Châu", "Phong Sơn")
SEED_PROVINCES = ("Thanh Hóa", "Thanh Hoá", "Sơn La")
SEED_PERSONS = ("Nguyễn Ngọc Luyện", "Cù Văn Hân")


def seed_bodies() -> list[str]:
    """The text of each seed after its ``KẾ HOẠCH`` line (title onwards), markdown kept as it is."""
    bodies = []
    for p in sorted(SEEDS.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        m = re.search(r"(?m)^[#* ]*KẾ HOẠCH[* ]*$", text)
        bodies.append(text[m.end() :].lstrip("\n") if m else text)
    return bodies


def _name(rng: random.Random, used: set[str]) -> str:
    """A new place name: two syllables while they last (728), then three, then four…: a longer name is
    taken before half of the names of a length are used, so a new one is always found soon."""
    syllables = 2
    while len(used) > len(FIRST) * len(SECOND) ** (syllables - 1) // 2:
        syllables += 1
    while True:
        n = " ".join([rng.choice(FIRST), *(rng.choice(SECOND) for _ in range(syllables - 1))])
        if n not in used and n not in SEED_PLACES:
            used.add(n)
            return n


def _person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def make_units(n_docs: int, rng: random.Random) -> list[dict]:
    """Districts with their communes; about 20 plans per body, each with a place name of its own (``_name``)."""
    used: set[str] = set()
    bodies = max(2, n_docs // 20)
    n_districts = max(1, bodies // 11)
    units = []
    for _ in range(n_districts):
        province = rng.choice(PROVINCES)
        district = _name(rng, used)
        units.append({"level": "huyện", "name": district, "province": province, "district": district})
        for _ in range(10):
            level = rng.choice(["xã", "xã", "xã", "thị trấn"])
            units.append({"level": level, "name": _name(rng, used), "province": province, "district": district})
    return units


def header(unit: dict, number: str, date: dt.date) -> str:
    upper = f"UBND {unit['level'].upper()} {unit['name'].upper()}"
    parent = (
        f"UBND TỈNH {unit['province'].upper()}"
        if unit["level"] == "huyện"
        else f"UBND HUYỆN {unit['district'].upper()}"
    )
    place = unit["name"] if unit["level"] in ("huyện", "xã") else f"Thị trấn {unit['name']}"
    return (
        f"{parent}\n{upper}\nSố: {number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"{place}, ngày {date.day} tháng {date.month} năm {date.year}\n\nKẾ HOẠCH\n\n"
    )


def issuer_text(unit: dict) -> str:
    return f"UBND {unit['level']} {unit['name']}"


def generate(out: Path, n: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    bodies = seed_bodies()
    units = make_units(n, rng)
    districts = [u for u in units if u["level"] == "huyện"]
    serial: dict[tuple[str, int], int] = {}
    issued: dict[str, list[dict]] = {}  # unit name → its plans so far
    start = dt.date(2019, 1, 2)
    with open(out / "manifest.jsonl", "w", encoding="utf-8") as manifest:
        for i in range(n):
            # districts issue first in each run of 11, so communes have district plans to cite
            unit = districts[i % len(districts)] if i % 11 == 0 else rng.choice(units)
            date = start + dt.timedelta(days=(i * 7 * 365 // max(n, 1)) + rng.randint(0, 3))
            key = (unit["name"], date.year)
            serial[key] = serial.get(key, 0) + 1
            number = f"{serial[key]}/KH-UBND"
            body = bodies[i % len(bodies)]
            for p in SEED_PLACES:
                body = body.replace(f"huyện {p}", f"huyện {unit['district']}").replace(p, unit["name"])
            for p in SEED_PROVINCES:
                body = body.replace(p, unit["province"])
            for p in SEED_PERSONS:
                body = body.replace(p, _person(rng))
            cites = []
            pool = issued.get(unit["district"], []) if unit["level"] != "huyện" else []
            own = issued.get(unit["name"], [])
            choices = [c for c in (pool[-1] if pool else None, own[-1] if own else None) if c]
            cite_sentence = ""
            if choices:
                c = rng.choice(choices)
                cites.append(c["file"])
                cite_sentence = (
                    f"Căn cứ Kế hoạch số {c['number']} ngày {c['date'].day:02d}/{c['date'].month:02d}/"
                    f"{c['date'].year} của {issuer_text(c['unit'])} về việc tổ chức thực hiện.\n\n"
                )
            lines = body.split("\n\n", 1)
            text = header(unit, number, date) + lines[0] + "\n\n" + cite_sentence + (lines[1] if len(lines) > 1 else "")
            rel = Path(f"{i // 1000:03d}") / f"kh_{i:06d}.txt"
            (out / rel).parent.mkdir(exist_ok=True)
            (out / rel).write_text(text, encoding="utf-8")
            record = {"file": str(rel), "number": number, "issuer": issuer_text(unit), "date": date, "unit": unit}
            issued.setdefault(unit["name"], []).append(record)
            manifest.write(
                json.dumps(
                    {
                        "file": str(rel),
                        "number": number,
                        "issuer": issuer_text(unit),
                        "date": date.isoformat(),
                        "cites": cites,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return n


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.out.exists() and (not args.out.is_dir() or any(args.out.iterdir())):
        print(f"make_archive: {args.out}: exists and is not an empty folder; not writing into it", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    n = generate(args.out, args.n, args.seed)
    print(f"wrote {n} plans into {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
