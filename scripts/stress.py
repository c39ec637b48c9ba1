"""Stress figures for docs/robustness.md (not a test: it takes minutes and measures time).

    python scripts/stress.py fuzz [--n 100000]     texts made by mutating real documents: no exception (digits
                                                   of other scripts, superscripts, NFD table rows, emphasis too)
    python scripts/stress.py growth                time for N and 8N of the shapes that were quadratic
    python scripts/stress.py kill [--n 20]         kill -9 at random moments of index and of a rebuild
    python scripts/stress.py badfiles              hostile files: reason, exit status, peak memory
    python scripts/stress.py serve [--n 3000]      vbparse serve answering while vbparse index adds N documents
    python scripts/stress.py all

Each prints a Markdown table.  Growth is reported as the exponent k in time ∝ size^k (1 = linear).
"""

from __future__ import annotations

import argparse
import math
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SEEDS = ROOT / "corpus" / "seeds"
ENV = dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


# --- fuzz -------------------------------------------------------------------------------------------

_ODD = [
    "\u0301",
    "\u0323",
    "\ufeff",
    "\u200b",
    "\x00",
    "\r",
    "\t",
    "\ud800",
    "\f",
    "**",
    "|",
    "Số:",
    "ngày",
    "/KH-UBND",
    "Căn cứ",
    "Đợt 1: Từ 01/3/2023 đến 30/2/2023",
    "TM. ỦY BAN NHÂN DÂN",
    "\n\n",
    "1.1.1.1.",
    "a)",
    "-",
    "+",
    "Nơi nhận:",
    "Lưu: VT",
    "năm 20",
    "99/99/9999",
    " " * 200,
    "(" * 50,
    "“",
]


#: Digits Python calls digits but ``int()`` cannot read, and digits of other scripts it can (issue 22, item 9).
_OTHER_DIGITS = "²³¹⁰⁴⁵⁶⁷⁸⁹①②③④⑤⑥⑦⑧⑨⑩₀₁₂₃٠١٢٣٤٥٦٧٨٩०१२३४५६७८९０１２３４５６７８９𝟎𝟏𝟐𝟑"
#: Markdown emphasis and table marks left in converted text.
_EMPHASIS = ["**", "__", "*", "_", "~~", "`", "**III.**", "| --- | --- |", "|", "\\"]


def _other_digits(rng: random.Random, piece: str) -> str:
    """The digits of ``piece`` replaced, some of them, by digits of other scripts or superscripts."""
    return "".join(rng.choice(_OTHER_DIGITS) if ch.isdecimal() and rng.random() < 0.5 else ch for ch in piece)


def _table_row_nfd(rng: random.Random, piece: str) -> str:
    """``piece`` as a Markdown table row of decomposed (NFD) text."""
    cells = [c for c in piece.split(" ") if c][:6] or ["x"]
    return "\n| " + " | ".join(unicodedata.normalize("NFD", c) for c in cells) + " |\n"


def _mutate(rng: random.Random, text: str) -> str:
    n = rng.choice((1, 2, 4, 8, 16))
    chars = list(text[: rng.randint(0, min(len(text), 6000))])
    for _ in range(n):
        op = rng.random()
        i = rng.randint(0, len(chars)) if chars else 0
        if op < 0.1 and chars:  # digits of other scripts and superscripts, in dates and numbers
            j = min(len(chars), i + rng.randint(1, 300))
            chars[i:j] = list(_other_digits(rng, "".join(chars[i:j])))
        elif op < 0.15:  # NFD text inside a table row
            j = min(len(chars), i + rng.randint(1, 200))
            chars[i:j] = list(_table_row_nfd(rng, "".join(chars[i:j])))
        elif op < 0.2:  # emphasis markers around or inside a stretch
            mark = rng.choice(_EMPHASIS)
            j = min(len(chars), i + rng.randint(0, 80))
            chars[j:j] = list(mark)
            chars[i:i] = list(mark)
        elif op < 0.4:
            chars[i:i] = list(rng.choice(_ODD))
        elif op < 0.6 and chars:
            del chars[i : i + rng.randint(1, 50)]
        elif op < 0.8:
            chars[i:i] = [chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(1, 10))]
        elif chars:
            j = rng.randint(0, len(chars))
            chars[i:i] = chars[j : j + rng.randint(1, 200)]
    return "".join(chars)


#: A fuzzed text (at most 6 000 characters) parsed slower than this is kept in the temporary folder.
_SLOW_PARSE = 2.0


def fuzz(n: int, seed: int = 1) -> None:
    from vbparse import parse_text

    rng = random.Random(seed)
    texts = _seed_texts()
    errors: dict[str, int] = {}
    t0 = time.monotonic()
    slow, slowest = 0, 0.0
    for k in range(n):
        text = _mutate(rng, rng.choice(texts))
        t = time.perf_counter()
        try:
            parse_text(text).model_dump_json()
        except Exception as exc:  # noqa: BLE001 - counting is the point
            key = f"{type(exc).__name__}: {str(exc)[:80]}"
            errors[key] = errors.get(key, 0) + 1
            if errors[key] == 1:
                Path(tempfile.gettempdir(), f"vbparse-fuzz-{k}.txt").write_text(text, "utf-8", "surrogatepass")
        took = time.perf_counter() - t
        slowest = max(slowest, took)
        if took > _SLOW_PARSE:
            slow += 1
            Path(tempfile.gettempdir(), f"vbparse-slow-{k}.txt").write_text(text, "utf-8", "surrogatepass")
    print(f"| fuzzed texts | exceptions | over {_SLOW_PARSE:g} s | slowest (s) | seconds |\n|---|---|---|---|---|")
    print(f"| {n} | {sum(errors.values())} | {slow} | {slowest:.2f} | {time.monotonic() - t0:.0f} |")
    for key, count in errors.items():
        print(f"| {count} × {key} | | | | |")


# --- growth -----------------------------------------------------------------------------------------


def _timed(fn, arg) -> float:
    best = math.inf
    for _ in range(3):
        t = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - t)
    return best


def growth() -> None:
    from vbparse import parse_text
    from vbparse.normalize import normalize
    from vbparse.read import read_text_string

    seed = _seed_texts()[2]
    citation = "Căn cứ Quyết định số {n}/QĐ-UBND ngày 12/3/2023 của UBND tỉnh Thanh Hóa về việc ban hành;\n"
    wrapped = "Thực hiện Nghị quyết số {n}-NQ/TW ngày\n25/10/2017 của Ban Chấp hành Trung ương;\n"
    shapes = {
        "spaces inside a line (normalize)": (
            lambda n: "a" + " " * n + "b",
            lambda t: normalize(read_text_string(t).mapped),
        ),
        "one long line (no line breaks)": (lambda n: seed.replace("\n", " ") * max(1, n // len(seed)), parse_text),
        "preamble of citations": (
            lambda n: "KẾ HOẠCH\n" + "".join(citation.format(n=i) for i in range(n // 90)),
            parse_text,
        ),
        "wrapped citations": (
            lambda n: "KẾ HOẠCH\n" + "".join(wrapped.format(n=i) for i in range(n // 80)),
            parse_text,
        ),
        "deep numbering": (
            lambda n: "KẾ HOẠCH\n" + "".join(f"{i}.1.1. Nội dung {i}\n" for i in range(n // 20)),
            parse_text,
        ),
        # the four shapes of issue 22 (item 8), and the Markdown hard break they led to
        "spaces inside a line with ** (parse)": (lambda n: "KẾ HOẠCH\n**a" + " " * n + "b**\n", parse_text),
        "a table row of NFD text": (
            lambda n: (
                "KẾ HOẠCH\n| "
                + " | ".join([unicodedata.normalize("NFD", "Ủy ban nhân dân xã thực hiện")] * (n // 32))
                + " |\n"
            ),
            parse_text,
        ),
        "title lines in capitals": (
            lambda n: "KẾ HOẠCH\n" + "TRIỂN KHAI CÔNG TÁC PHÒNG CHỐNG\n" * (n // 32),
            parse_text,
        ),
        "a line of dashes before the type line": (lambda n: "-" * n + "\nKẾ HOẠCH\nThực hiện nhiệm vụ\n", parse_text),
        "trailing spaces before line ends (Markdown breaks)": (
            lambda n: ("Nội dung kế hoạch" + " " * 40 + "\n") * (n // 58),
            parse_text,
        ),
    }
    print("| shape | size N | time N (s) | time 8N (s) | exponent |\n|---|---|---|---|---|")
    for name, (make, fn) in shapes.items():
        n = 20_000
        small, large = make(n), make(8 * n)
        a, b = _timed(fn, small), _timed(fn, large)
        k = math.log(b / a, 8) if a > 0 else float("nan")
        print(f"| {name} | {len(small):,} chars | {a:.3f} | {b:.3f} | {k:.2f} |")


# --- kill -9 ----------------------------------------------------------------------------------------

_COUNT = ("SELECT COUNT(*), COUNT(DISTINCT id) FROM documents", "SELECT COUNT(*) FROM files WHERE status = 'ok'")


def _state(db: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(db)
    try:
        (total, distinct), (ok,) = (con.execute(q).fetchone() for q in _COUNT)
        return total, distinct, ok
    finally:
        con.close()


def kill(n: int, seed: int = 2) -> None:
    from vbparse.store import Archive

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="vbparse-kill-") as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for k in range(12):  # 60 documents: distinct bytes, so distinct ids
            for p in sorted(SEEDS.glob("*.txt")):
                (docs / f"{k:02}_{p.name}").write_text(
                    p.read_text(encoding="utf-8") + f"\n<!-- {k} -->\n", encoding="utf-8"
                )
        expected = len(list(docs.iterdir()))
        rows = []
        for what in ("index", "rebuild"):
            bad = 0
            for i in range(n):
                db = Path(tmp) / f"{what}{i}.db"
                if what == "rebuild":
                    with Archive(db) as a:
                        a.index([docs], jobs=2)
                    con = sqlite3.connect(db)
                    con.execute("UPDATE meta SET value = '2' WHERE key = 'store_version'")
                    con.commit()
                    con.close()
                    cmd = [sys.executable, "-m", "vbparse", "search", "thi đua", "--db", str(db)]
                else:
                    cmd = [sys.executable, "-m", "vbparse", "index", str(docs), "--db", str(db), "--jobs", "2"]
                child = subprocess.Popen(
                    cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
                )
                time.sleep(rng.uniform(0.3, 3.0))
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()
                # the next run resumes; afterwards every file is in, once
                with Archive(db) as a:
                    a.index([docs], jobs=2)
                total, distinct, ok = _state(db)
                bad += not (total == distinct == ok == expected)
            rows.append((what, n, bad))
    print("| killed with -9 during | runs | runs with a lost or duplicated document |\n|---|---|---|")
    for what, runs, bad in rows:
        print(f"| {what} | {runs} | {bad} |")


# --- hostile files ----------------------------------------------------------------------------------


def _hostile(folder: Path) -> dict[str, Path]:
    files: dict[str, bytes] = {
        "random bytes behind a Word header (.doc)": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(20000),
        "web page saved as .doc": b"<html><body><p>K\xe1\xba\xbe HO\xe1\xba\xa0CH</p><p>Noi dung</p></body></html>",
        "RTF saved as .doc": rb"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard K\u7870? HO\u7840?CH\par Noi dung ke hoach\par}",
        "corrupt PDF": b"%PDF-1.7\n" + os.urandom(5000),
        "truncated PDF": b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n",
        "empty file": b"",
        "binary noise (.txt)": os.urandom(50000),
    }
    out = {}
    names = {
        "random bytes behind a Word header (.doc)": "noise.doc",
        "web page saved as .doc": "page.doc",
        "RTF saved as .doc": "rtf.doc",
        "corrupt PDF": "corrupt.pdf",
        "truncated PDF": "truncated.pdf",
        "empty file": "empty.txt",
        "binary noise (.txt)": "noise.txt",
    }
    for label, data in files.items():
        p = folder / names[label]
        p.write_bytes(data)
        out[label] = p
    bomb = folder / "bomb.docx"  # 1 GB of XML that compresses to about 1 MB
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as fh:
            chunk = b"<w:t>" + b"a" * (1 << 20) + b"</w:t>"
            for _ in range(1024):
                fh.write(chunk)
    out["zip bomb (.docx, 1 GB of XML)"] = bomb
    laughs = folder / "laughs.docx"
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    with zipfile.ZipFile(laughs, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><!DOCTYPE d [{entities}]><w:document '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
            "<w:t>&l9;</w:t></w:r></w:p></w:body></w:document>",
        )
    out["billion laughs (.docx)"] = laughs
    huge = folder / "hugepage.pdf"
    huge.write_bytes(_huge_page_pdf())
    out["a 14 400 pt page (scan, .pdf)"] = huge
    # rowspan/colspan bombs: 200 cells spanning 65 534 rows and 1 000 columns over 20 000 empty rows
    page = (
        "<html><body><p>KẾ HOẠCH</p><table><tr>"
        + "<td rowspan=65534 colspan=1000>x</td>" * 200
        + "</tr>"
        + "<tr></tr>" * 20000
        + "</table></body></html>"
    )
    for name, label in (
        ("spans.htm", "rowspan/colspan bomb (.htm, 190 kB)"),
        ("spans.doc", "rowspan/colspan bomb saved as .doc"),
    ):
        (folder / name).write_text(page, encoding="utf-8")
        out[label] = folder / name
    stream = folder / "stream.pdf"
    stream.write_bytes(_stream_bomb_pdf())
    out["a 1.5 MB PDF whose stream inflates to 1 GB"] = stream
    return out


def _stream_bomb_pdf() -> bytes:
    import zlib

    packer = zlib.compressobj(9)
    chunk = b"0 0 m\n" * (1 << 17)
    z = b"".join(packer.compress(chunk) for _ in range((1 << 30) // len(chunk))) + packer.flush()
    text = b"BT /F1 12 Tf 72 720 Td (KE HOACH) Tj ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 5 0 R] "
            b"/Resources << /Font << /F1 6 0 R >> >> >>"
        ),
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _pdf(objs)


def _huge_page_pdf() -> bytes:
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R >>",
            b"<< /Length 0 >>\nstream\n\nendstream",
        ]
    )


def _pdf(objs: list[bytes]) -> bytes:
    """A PDF of ``objs`` (object 1 the catalog) with its cross-reference table."""
    body, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return body + b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


#: Runs ``vbparse parse FILE`` and reports its exit status, stderr and the peak memory of it and of
#: every program it ran (LibreOffice, Tesseract): a fresh parent per file, so the peak is that file's.
_MEASURE = """
import json, resource, subprocess, sys
r = subprocess.run([sys.executable, "-m", "vbparse", "parse", sys.argv[1]], capture_output=True, timeout=900)
print(json.dumps({"exit": r.returncode, "stderr": r.stderr.decode("utf-8", "replace"),
                  "peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def badfiles() -> None:
    import json

    print("| file | exit | stderr (first line) | lines on stderr | seconds | peak memory (MB) |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="vbparse-bad-") as tmp:
        for label, path in _hostile(Path(tmp)).items():
            t = time.monotonic()
            out = subprocess.run(
                [sys.executable, "-c", _MEASURE, str(path)],
                env=ENV,
                capture_output=True,
                check=False,
                text=True,
                timeout=1000,
            ).stdout
            r = json.loads(out)
            lines = r["stderr"].strip().splitlines()
            first = (lines[0] if lines else "").replace(str(path), path.name).replace("|", "/")[:110]
            print(f"| {label} | {r['exit']} | {first} | {len(lines)} | {time.monotonic() - t:.1f} | {r['peak']:.0f} |")


# --- serve while indexing -------------------------------------------------------------------------------

#: Page and API paths asked while the index runs (loopback only; a bounded number of client threads).
_SERVE_PATHS = ("/", "/obligations", "/api/search?q=k%E1%BA%BF+ho%E1%BA%A1ch", "/failures")
_SERVE_CLIENTS = 4
#: Documents a second index run adds after the first, and requests fired at once at the end.
_SERVE_MORE = 50
_SERVE_BURST = 16
#: Seconds between the arrivals of two clients.
_SERVE_ARRIVALS = 3.0


def serve(n: int) -> None:
    """Serve an archive while another process indexes ``n`` documents into it; count the server's errors
    and how long after a commit its answers lag behind the file (``/api/health`` against the file's count)."""
    import json
    import re
    import threading
    import urllib.error
    import urllib.request

    with tempfile.TemporaryDirectory(prefix="vbparse-serve-") as tmp:
        docs, first = Path(tmp) / "docs", Path(tmp) / "first"
        docs.mkdir()
        first.mkdir()
        texts = _seed_texts()
        for k in range(n):
            (docs / f"{k:05}.txt").write_text(texts[k % len(texts)] + f"\n<!-- {k} -->\n", encoding="utf-8")
        (first / "a.txt").write_text(texts[0], encoding="utf-8")
        db = Path(tmp) / "a.db"
        subprocess.run(
            [sys.executable, "-m", "vbparse", "index", str(first), "--db", str(db)],
            env=ENV,
            check=True,
            capture_output=True,
        )
        server = subprocess.Popen(
            [sys.executable, "-m", "vbparse", "serve", "--db", str(db), "--port", "0"],
            env=ENV,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert server.stderr is not None  # stderr=PIPE
        line = server.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            server.kill()
            raise SystemExit(f"the server did not start: {line}")
        base = f"http://127.0.0.1:{m.group(1)}"
        statuses: dict[str, int] = {}
        latencies: list[float] = []
        file_counts: list[tuple[float, int]] = []  # (time, documents in the file) as another reader sees it
        lags: list[float] = []
        done = threading.Event()

        def ask(path: str) -> bytes | None:
            t = time.monotonic()
            try:
                with urllib.request.urlopen(base + path, timeout=30) as r:
                    body, key = r.read(), str(r.status)
            except urllib.error.HTTPError as e:
                body, key = None, str(e.code)
            except OSError as e:
                body, key = None, type(e).__name__
            statuses[key] = statuses.get(key, 0) + 1
            latencies.append(time.monotonic() - t)
            return body

        def pages(k: int) -> None:
            # the clients arrive one by one while the index runs: the server opens connections meanwhile
            if done.wait(_SERVE_ARRIVALS * (k + 1)):
                return
            i = k
            while not done.is_set():
                ask(_SERVE_PATHS[i % len(_SERVE_PATHS)])
                i += 1

        def freshness() -> None:
            while not done.is_set():
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                try:
                    file_counts.append((time.monotonic(), con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]))
                finally:
                    con.close()
                body = ask("/api/health")
                if body is not None:
                    served, now = json.loads(body)["documents"], time.monotonic()
                    # the lag: how long ago the file first held more than the server answered
                    ahead = [t for t, c in file_counts if c > served]
                    lags.append(now - ahead[0] if ahead else 0.0)
                time.sleep(0.05)

        threads = [threading.Thread(target=pages, args=(k,)) for k in range(_SERVE_CLIENTS)]
        threads.append(threading.Thread(target=freshness))
        t0 = time.monotonic()
        for t in threads:
            t.start()
        index = subprocess.run(
            [sys.executable, "-m", "vbparse", "index", str(docs), "--db", str(db), "--jobs", "2"],
            env=ENV,
            capture_output=True,
            check=False,
            text=True,
        )
        seconds = time.monotonic() - t0
        # a second run into the archive the first one closed, then a burst that opens every pooled connection
        for k in range(_SERVE_MORE):
            (first / f"more{k}.txt").write_text(texts[k % len(texts)] + f"\n<!-- more {k} -->\n", encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "vbparse", "index", str(first), "--db", str(db)],
            env=ENV,
            capture_output=True,
            check=False,
        )
        time.sleep(1.5)
        done.set()
        for t in threads:
            t.join()
        with ThreadPoolExecutor(_SERVE_BURST) as ex:
            burst = list(ex.map(lambda _: ask("/api/health"), range(_SERVE_BURST)))
        final = burst[-1]
        server.terminate()
        server.wait(30)
    errors = sum(v for k, v in statuses.items() if not k.startswith(("2", "4")))
    lat = sorted(latencies)
    p95 = lat[int(0.95 * (len(lat) - 1))] if lat else float("nan")
    served = json.loads(final)["documents"] if final else -1
    print(
        "| documents indexed meanwhile | index run (s) | requests | errors | p95 (ms) | most lag behind a commit (s) | "
        "documents served at the end |\n|---|---|---|---|---|---|---|"
    )
    print(
        f"| {n} (exit {index.returncode}) | {seconds:.0f} | {sum(statuses.values())} | {errors} | {1000 * p95:.0f} | "
        f"{max(lags, default=float('nan')):.2f} | {served} of {n + 1 + _SERVE_MORE} |"
    )
    if errors:
        print(f"| statuses: {statuses} | | | | | | |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("fuzz", "growth", "kill", "badfiles", "serve", "all"))
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--seed", type=int, default=1, help="random seed of the fuzzed texts and kill moments")
    args = ap.parse_args()
    if args.what in ("fuzz", "all"):
        fuzz(args.n or 100_000, args.seed)
    if args.what in ("growth", "all"):
        growth()
    if args.what in ("kill", "all"):
        kill(args.n or 20, args.seed + 1)
    if args.what in ("badfiles", "all"):
        badfiles()
    if args.what in ("serve", "all"):
        serve(args.n or 3000)


if __name__ == "__main__":
    main()
