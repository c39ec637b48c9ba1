"""The archive commands as users run them: exit codes, --json output, exports, interruption and resume."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DEFAULT_WAIT_SECONDS, ROOT, SEEDS, seed, wait_until

CLI = [sys.executable, "-m", "vbparse"]


def run(*args, cwd=None, timeout=300):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("VBPARSE_DB", None)
    return subprocess.run([*CLI, *args], capture_output=True, check=False, text=True, cwd=cwd, env=env, timeout=timeout)


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    docs = tmp / "docs"
    docs.mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, docs / p.name)
    (docs / "notes.json").write_text("{}", encoding="utf-8")
    db = tmp / "archive.db"
    r = run("index", str(docs), "--db", str(db), "--jobs", "2")
    assert r.returncode == 0, r.stderr
    return tmp, docs, db


def test_index_prints_a_summary_and_default_db_is_in_the_working_directory(tmp_path):
    shutil.copy(seed("003"), tmp_path / "plan.txt")
    r = run("index", "plan.txt", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "lập chỉ mục 1, không đổi 0, lỗi 0" in r.stdout
    assert (tmp_path / "vbparse.db").exists()
    r = run("index", "plan.txt", "--json", cwd=tmp_path)
    assert json.loads(r.stdout)["unchanged"] == 1


def test_index_reports_ignored_files_and_failures_by_name(tmp_path, indexed):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(seed("001"), docs / "ok.txt")
    (docs / "bad.pdf").write_bytes(b"%PDF-1.4 truncated")
    (docs / "photo.png").write_bytes(b"\x89PNG\r\n")
    db = tmp_path / "a.db"
    r = run("index", str(docs), "--db", str(db))
    assert r.returncode == 1
    assert (
        "lập chỉ mục 1" in r.stdout
        and "lỗi 1" in r.stdout
        and "1 tệp có phần mở rộng khác không được đọc (.png 1)" in r.stdout
    )
    assert "bad.pdf:" in r.stderr
    r = run("failures", "--db", str(db), "--json")
    (rec,) = json.loads(r.stdout)
    assert rec["path"].endswith("bad.pdf") and rec["status"] == "failed" and rec["error"]
    r = run("index", str(docs), "--db", str(db))
    assert r.returncode == 0 and "1 tệp không đổi đã lỗi lần trước" in r.stdout


def test_search_json_lists_documents_with_ids_paths_and_snippets(indexed):
    _, _docs, db = indexed
    r = run("search", "hien dat mo rong duong", "--db", str(db), "--json")
    hits = json.loads(r.stdout)
    assert hits[0]["document"]["path"].endswith(seed("002").name)
    assert hits[0]["document"]["id"] and hits[0]["snippet"] and hits[0]["highlights"]
    r = run("search", "hien dat mo rong duong", "--db", str(db))
    assert "«hiến đất mở rộng đường»" in r.stdout


def test_obligations_json_has_assignee_task_deadline_and_document(indexed):
    _, _, db = indexed
    r = run("obligations", "--assignee", "VPTK", "--due-before", "20/9/2023", "--db", str(db), "--json")
    hits = json.loads(r.stdout)
    assert hits and all(h["deadline"] <= "2023-09-20" for h in hits)
    assert {"assignee", "task", "deadline", "document", "co_assignees", "section"} <= set(hits[0])
    r = run("obligations", "--assignee", "VPTK", "--due-before", "next week", "--db", str(db))
    assert r.returncode == 2 and "không phải một ngày" in r.stderr


#: What a query command runs: ``main`` in a fresh interpreter, then what it loaded and did at start-up.
_STARTUP_PROBE = """
import json, sys
import argon2
def no_hashing(*args, **kwargs):
    raise AssertionError("a password hashed by a command that signs no one in")
argon2.PasswordHasher.hash = no_hashing
from vbparse import pattern_cache
from vbparse.cli import main
status = main(sys.argv[1:])
from vbparse.tables.units import gazetteer
unpickled = sum(1 for p in (pattern_cache._kept or {}).values() if not isinstance(p, bytes))
print(json.dumps({
    "status": status,
    "modules": sorted(sys.modules),
    "lower_units_read": "_levels" in vars(gazetteer()),
    "patterns_read": unpickled,
    "patterns_used": len(pattern_cache._used),
}), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "command",
    [
        ["obligations", "--assignee", "Văn phòng - Thống kê", "--json"],
        ["obligations", "--assignee", "Ủy ban nhân dân thị trấn"],
        ["failures"],
        ["search", "thi đua"],
    ],
)
def test_a_query_command_loads_only_what_it_uses(indexed, command):
    """Issue 53: a query took 5-7 s where the server answered in 0.1 s.  A query command loads neither the
    parser, the readers, spaCy nor the web stack; hashes no password (Argon2 at import cost 0.2-0.3 s); reads the
    kept patterns it uses only; and, for a name without a district or commune, reads only the gazetteer's
    provinces.  Pinned by what it loads and does, not by timing."""
    _, _, db = indexed
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    r = subprocess.run(
        [sys.executable, "-c", _STARTUP_PROBE, *command, "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    seen = json.loads(r.stderr.strip().splitlines()[-1])
    assert seen["status"] == 0, r.stderr
    heavy = {
        "spacy",
        "fastapi",
        "starlette",
        "uvicorn",
        "pypdfium2",
        "docx",
        "openpyxl",
        "ray",
        "vbparse.pipeline",
        "vbparse.read",
        "vbparse.web",
        "vbparse.structure",
        "vbparse.spacy_component",
    }
    assert not heavy & set(seen["modules"])
    assert not seen["lower_units_read"]
    assert seen["patterns_read"] <= seen["patterns_used"]


def test_obligations_for_people_are_in_vietnamese_and_json_keeps_its_values(indexed):
    """Issue 53: the role, the task's ref, a missing deadline are read by officials in Vietnamese; ``--json``
    keeps the values programs read (``lead``, ``support``, ``ref``)."""
    _, _, db = indexed
    shown = run("obligations", "--assignee", "VPTK", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert any(" chủ trì " in ln or " phối hợp " in ln for ln in lines)
    assert any(ln.startswith("    mã ") for ln in lines) and not any(ln.startswith("    ref ") for ln in lines)
    assert not any(" lead " in ln or " support " in ln for ln in lines)
    data = json.loads(run("obligations", "--assignee", "VPTK", "--db", str(db), "--json").stdout)
    assert {h["role"] for h in data} <= {"lead", "support"} and all(":" in h["ref"] for h in data)
    nothing = run("obligations", "--assignee", "Sở Không Có", "--db", str(db))
    assert (
        nothing.returncode == 0 and nothing.stderr == "vbparse: không tìm thấy nhiệm vụ nào của đơn vị hay người này\n"
    )


def test_refs_and_show_by_number_path_and_id(indexed):
    _, docs, db = indexed
    r = run("refs", str(docs / seed("000").name), "--db", str(db), "--json")
    report = json.loads(r.stdout)
    (edge,) = [e for e in report["cites"] if e["citation"]["number"] == "42/KH-UBND"]
    assert edge["status"] == "resolved" and edge["target"]["path"].endswith(seed("002").name)
    r = run("show", "42/KH-UBND", "--db", str(db), "--json")
    shown = json.loads(r.stdout)
    assert shown["document"]["number"]["value"] == "42/KH-UBND"
    r = run("show", shown["id"][:8], "--db", str(db), "--json")
    assert json.loads(r.stdout)["id"] == shown["id"]
    r = run("refs", "999/KH-NONE", "--db", str(db))
    assert r.returncode == 1 and "999/KH-NONE: không có văn bản nào trong kho" in r.stderr


def test_csv_export_opens_in_excel_and_has_the_model_columns(indexed, tmp_path):
    _, _, db = indexed
    out = tmp_path / "obligations.csv"
    r = run("export", "--format", "csv", "--what", "obligations", "--out", str(out), "--db", str(db))
    assert r.returncode == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {"document_id", "assignee_canonical", "task", "deadline", "co_assignees"} <= set(rows[0])
    assert any(r["assignee_canonical"] == "Văn phòng - Thống kê" for r in rows)
    r = run("export", "--format", "csv", "--what", "obligations", "--out", str(out), "--db", str(db))
    assert r.returncode == 1 and "không ghi đè" in r.stderr
    assert out.read_bytes() == raw
    # to a pipe, the same bytes: its CRLF line ends were shown as U+FFFD, as on a terminal (issue 41)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    piped = subprocess.run(
        [*CLI, "export", "--format", "csv", "--what", "obligations", "--db", str(db)],
        capture_output=True,
        check=False,
        env=env,
    )
    assert piped.returncode == 0 and piped.stdout == raw


def test_jsonl_export_of_documents_round_trips_to_the_model(indexed):
    from vbparse.models import Document

    _, _, db = indexed
    r = run("export", "--format", "jsonl", "--what", "documents", "--db", str(db))
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 5
    for line in lines:
        assert Document.model_validate(line["document"]).source.sha256.startswith(line["id"]) and line["paths"]


def test_graphml_export_is_the_reference_graph(indexed, tmp_path):
    nx = pytest.importorskip("networkx")
    _, _docs, db = indexed
    out = tmp_path / "refs.graphml"
    r = run("export", "--format", "graphml", "--out", str(out), "--db", str(db))
    assert r.returncode == 0, r.stderr
    g = nx.read_graphml(out)
    archived = [n for n, a in g.nodes(data=True) if a.get("archived")]
    assert len(archived) == 5
    resolved = [(u, v) for u, v, a in g.edges(data=True) if a["status"] == "resolved"]
    paths = {n: a.get("path", "") for n, a in g.nodes(data=True)}
    assert any(paths[u].endswith(seed("000").name) and paths[v].endswith(seed("002").name) for u, v in resolved)
    external = [v for _, v, a in g.edges(data=True) if a["status"] == "external"]
    assert external and all(not g.nodes[v].get("archived") for v in external)


@pytest.mark.parametrize(
    "command",
    [
        ["search", "kế hoạch"],
        ["obligations", "--assignee", "Văn phòng"],
        ["export", "--what", "obligations", "--format", "csv"],
        ["export", "--what", "documents"],
    ],
)
def test_a_reader_that_stops_early_ends_the_command_quietly(indexed, command):
    """Issue 41: ``vbparse search … | head -1`` printed a BrokenPipeError traceback (two, with the flush at exit)."""
    _, _, db = indexed
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([*CLI, *command, "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()  # what ``head -1`` reads
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    # the command's own notice after its rows comes or not, as the reader closed after or before them (on a busy
    # machine, after: issue 55, item 6); a traceback never
    assert proc.wait(timeout=DEFAULT_WAIT_SECONDS) == 0, stderr
    assert all(line.startswith("vbparse: ") for line in stderr.splitlines()), stderr


def test_export_writes_the_boards_workbook_and_calendar(indexed, tmp_path):
    """Issue 41: the board's xlsx and ics were only downloads of the web app."""
    import icalendar
    import openpyxl

    from vbparse.web.board import HEADERS

    _, _, db = indexed
    r = run("export", "--what", "obligations", "--format", "xlsx", "--out", str(tmp_path / "all.xlsx"), "--db", str(db))
    assert r.returncode == 0, r.stderr
    rows = list(openpyxl.load_workbook(tmp_path / "all.xlsx").active.values)
    listed = json.loads(run("obligations", "--assignee", "VPTK", "--json", "--db", str(db)).stdout)
    assert rows[0] == HEADERS and len(rows) - 1 >= len(listed) > 0
    r = run("export", "--what", "obligations", "--format", "ics", "--assignee", "VPTK", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "\ufffd" not in r.stdout  # its CRLF line ends kept (not shown as U+FFFD, as on a terminal)
    events = icalendar.Calendar.from_ical(r.stdout).walk("VEVENT")
    assert len(events) == sum(1 for h in listed if h["deadline"] or h["recurrence"]) > 0
    assert all(str(e["URL"]).startswith("file:///") for e in events)
    refused = run(
        "export", "--what", "documents", "--format", "xlsx", "--out", str(tmp_path / "d.xlsx"), "--db", str(db)
    )
    assert refused.returncode == 2 and "--what obligations" in refused.stderr and not (tmp_path / "d.xlsx").exists()
    refused = run("export", "--what", "obligations", "--format", "xlsx", "--db", str(db))
    assert refused.returncode == 2 and "--out" in refused.stderr


def test_a_non_database_file_given_as_db_is_refused_untouched(tmp_path):
    precious = tmp_path / "thesis.docx"
    precious.write_bytes(b"PK\x03\x04 my thesis" * 10)
    r = run("index", str(seed("000")), "--db", str(precious))
    assert r.returncode == 1 and "không phải cơ sở dữ liệu SQLite" in r.stderr
    assert precious.read_bytes() == b"PK\x03\x04 my thesis" * 10


def _make_archive(folder: Path, n: int) -> None:
    r = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_archive.py"), str(folder), "-n", str(n)],
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr


def _committed(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM files").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["ctrl-c", "kill", "kill-9"])
def test_interrupted_index_loses_nothing_committed_and_the_next_run_resumes(tmp_path, how):
    folder = tmp_path / "arch"
    _make_archive(folder, 40)
    db = tmp_path / "a.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen(
        [*CLI, "index", str(folder), "--db", str(db), "--jobs", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_until(lambda: _committed(db) >= 5 or proc.poll() is not None, "5 files committed")
    proc.send_signal(how)
    _out, err = proc.communicate(timeout=DEFAULT_WAIT_SECONDS)
    done_before = _committed(db)
    assert done_before >= 5
    if how in (signal.SIGINT, signal.SIGTERM) and done_before < 40:
        assert proc.returncode == 130 and "chạy lại đúng lệnh này để làm tiếp" in err
    r = run("index", str(folder), "--db", str(db), "--json")
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["unchanged"] == done_before  # every committed file is kept; only the rest is parsed
    assert summary["unchanged"] + summary["indexed"] == 40
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 40
        assert conn.execute("SELECT COUNT(DISTINCT path) FROM files").fetchone()[0] == 40


def test_csv_export_never_writes_a_cell_a_spreadsheet_would_run_as_a_formula(tmp_path):
    """Issue 22: task cells beginning ``=``, ``+``, ``-``, ``@`` were written unchanged (formula injection)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    rows = "".join(
        f"| {i} | {task} | Sở Tư pháp | Quý II/2026 |\n"
        for i, task in enumerate(
            ['=HYPERLINK("http://x.invalid","bấm")', "+1+1 rà soát", "-2+3 kiểm tra", "@SUM(A1) tổng hợp"], 1
        )
    )
    (docs / "kh.txt").write_text(
        "UBND TỈNH AN BÌNH\nSố: 5/KH-UBND\nAn Bình, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Rà soát văn bản\nII. TỔ CHỨC THỰC HIỆN\n| STT | Nhiệm vụ | Chủ trì | Thời gian |\n" + rows,
        encoding="utf-8",
    )
    db = tmp_path / "archive.db"
    assert run("index", str(docs), "--db", str(db)).returncode == 0
    out = tmp_path / "obligations.csv"
    r = run("export", "--format", "csv", "--what", "obligations", "--out", str(out), "--db", str(db))
    assert r.returncode == 0, r.stderr
    cells = [c for row in csv.reader(io.StringIO(out.read_text("utf-8-sig"))) for c in row]
    assert any("HYPERLINK" in c for c in cells)  # the tasks are there …
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]  # … and none opens as a formula
    assert '\'=HYPERLINK("http://x.invalid","bấm")' in cells


def test_a_control_character_in_an_older_archive_or_a_file_name_never_reaches_the_terminal(tmp_path):
    """Issue 40: ESC, BEL … in a stored task (an archive indexed before they were dropped) or in a file's
    name reached the terminal raw through ``obligations``, ``search`` and the messages (window title, hidden
    text, clipboard writes).  They are shown as U+FFFD."""
    shutil.copy(seed("003"), tmp_path / "plan.txt")
    db = tmp_path / "a.db"
    assert run("index", str(tmp_path / "plan.txt"), "--db", str(db)).returncode == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE obligations SET task = '\x1b]52;c;ZWNobyBvaw==\x07' || task")
    con.execute("UPDATE doc_text SET body = '\x1b]0;pwned\x07 ' || body")
    (who,) = con.execute("SELECT assignee_raw FROM obligations LIMIT 1").fetchone()
    con.commit()
    con.close()
    for args in (("obligations", "--assignee", who), ("search", "pwned"), ("show", "no\x1b[2Jsuch")):
        r = run(*args, "--db", str(db))
        shown = r.stdout + r.stderr
        assert "\x1b" not in shown and "\x07" not in shown, args
    assert "\ufffd]52;c;" in run("obligations", "--assignee", who, "--db", str(db)).stdout


def test_a_too_long_assignee_or_query_is_one_line_and_exit_2(indexed):
    """Issue 40: the query's own refusal (``QueryError``) was caught as a database failure first and
    re-raised: a 16-line traceback."""
    _tmp, _docs, db = indexed
    for args in (("obligations", "--assignee", "Sở " * 200), ("search", "kế hoạch " * 80)):
        r = run(*args, "--db", str(db))
        assert r.returncode == 2, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1 and "quá dài" in r.stderr


def test_export_into_a_folder_that_cannot_be_written_is_one_line_and_leaves_nothing(tmp_path, indexed):
    """Issue 40: ``export --out`` into a missing or unwritable folder was a traceback."""
    _tmp, _docs, db = indexed
    out = tmp_path / "missing" / "tasks.csv"
    r = run("export", "--format", "csv", "--out", str(out), "--db", str(db))
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [f"vbparse: {out}: không ghi được (No such file or directory)"]
    assert not out.parent.exists()


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs Tesseract (a blank scan is read by OCR)")
def test_parse_of_a_long_blank_scan_stops_at_its_time_limit_with_one_line(tmp_path):
    """Issue 40: ``parse`` of a 2 000-page blank scan had no time limit (``index`` had ``--timeout``)."""
    from test_bad_files import blank_pdf

    path = tmp_path / "blank.pdf"
    path.write_bytes(blank_pdf(400))
    r = run("parse", str(path), "--timeout", "1")
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        f"vbparse: {path}: chưa đọc xong sau 1 giây (--timeout; bản quét dài được nhận dạng từng trang)"
    ]
