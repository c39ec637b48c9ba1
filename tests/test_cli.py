from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT, seed

CLI = [sys.executable, "-m", "vbparse"]


def run(*args, cwd=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([*CLI, *args], capture_output=True, check=False, text=True, cwd=cwd, env=env, timeout=120)


def test_one_file_prints_one_json_object():
    r = run("parse", str(seed("002")))
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["number"]["value"] == "42/KH-UBND"


def test_several_files_print_jsonl():
    r = run("parse", str(seed("000")), str(seed("001")))
    assert r.returncode == 0
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2
    assert [json.loads(ln)["doc_type"]["code"] for ln in lines] == ["KH", "KH"]


def test_missing_file_is_one_line_error_and_nonzero_exit(tmp_path):
    r = run("parse", str(tmp_path / "nope.txt"))
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [f"vbparse: {tmp_path / 'nope.txt'}: không tìm thấy tệp"]
    assert "Traceback" not in r.stderr


def test_batch_carries_on_after_a_bad_file(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"S\xe9 \xff\xfe\x81 not utf8 \x81\x82")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run("parse", str(bad), str(seed("003")), str(empty))
    assert r.returncode == 1
    assert len(r.stdout.strip().splitlines()) == 1
    err = r.stderr.strip().splitlines()
    assert len(err) == 2
    assert str(bad) in err[0] and "không phải chữ UTF-8 hợp lệ" in err[0]
    assert str(empty) in err[1] and "tệp rỗng" in err[1]


def test_out_dir_gets_one_json_per_file_and_never_overwrites_user_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    mine = out / f"{seed('001').stem}.json"
    mine.write_text("user notes, not vbparse output", encoding="utf-8")
    r = run("parse", str(seed("000")), str(seed("001")), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert mine.read_text(encoding="utf-8") == "user notes, not vbparse output"
    written = json.loads((out / f"{seed('000').stem}.json").read_text(encoding="utf-8"))
    assert written["issuer"]["inferred"] is True
    beside = json.loads((out / f"{seed('001').stem}.2.json").read_text(encoding="utf-8"))
    assert beside["source"]["path"] == str(seed("001"))
    assert f"{seed('001').stem}.json đã có" in r.stderr


def test_text_flag_prints_the_normalised_text():
    r = run("parse", "--text", str(seed("000")))
    assert r.returncode == 0
    assert "**" not in r.stdout and "KẾ HOẠCH" in r.stdout


def test_out_never_replaces_a_file_nor_writes_through_a_link(tmp_path):
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "out"
    for d in (a, b, out):
        d.mkdir()
    (a / "plan.txt").write_bytes(seed("001").read_bytes())
    (b / "plan.txt").write_bytes(seed("002").read_bytes())
    (out / "plan.json").write_text("a user's notes", encoding="utf-8")
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep", encoding="utf-8")
    (out / "plan.2.json").symlink_to(target)
    r = run("parse", str(a / "plan.txt"), str(b / "plan.txt"), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert (out / "plan.json").read_text(encoding="utf-8") == "a user's notes"
    assert target.read_text(encoding="utf-8") == "keep" and (out / "plan.2.json").is_symlink()
    numbers = {
        json.loads((out / n).read_text(encoding="utf-8"))["source"]["path"] for n in ("plan.3.json", "plan.4.json")
    }
    assert numbers == {str(a / "plan.txt"), str(b / "plan.txt")}
    assert sorted(p.name for p in out.iterdir()) == ["plan.2.json", "plan.3.json", "plan.4.json", "plan.json"]
    assert "plan.3.json" in r.stderr  # the user is told where each went


def test_the_command_line_starts_without_loading_the_parser_the_store_or_spacy():
    """``vbparse --help`` and the option parsing of every command load neither the stages nor pydantic
    nor spaCy (a start-up cost every CLI call, pool worker and server would pay): checked by what is
    imported, not by timing."""
    import subprocess
    import sys

    code = (
        "import sys, vbparse.cli; parser = vbparse.cli.build_parser(); "
        "parser.parse_args(['search', 'x', '--type', 'KH']); "
        "parser.parse_args(['obligations', '--assignee', 'VPTK', '--role', 'lead', '--due-before', '30/9/2023']); "
        "print(' '.join(sorted(sys.modules)))"
    )
    loaded = set(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "vbparse.cli" in loaded and "vbparse.query" in loaded
    heavy = {
        "pydantic",
        "spacy",
        "vbparse.models",
        "vbparse.pipeline",
        "vbparse.store.archive",
        "vbparse.extract",
        "pypdfium2",
        "docx",
        "fastapi",
        "starlette",
        "argon2",
        "vbparse.web",
        "vbparse.store",
    }
    assert not heavy & loaded


def test_the_command_line_speaks_vietnamese_to_the_officials_who_read_it(capsys, tmp_path):
    """Issue 53: help, headings and argparse's own error lines in Vietnamese; an error is still one line, naming
    what is wrong, exit status 2.  (Machine output, ``--json``, CSV and JSON Lines, is unchanged: the other
    tests read it.)"""
    from vbparse.cli import build_parser, main

    top = build_parser().format_help()
    assert top.startswith("cách dùng: vbparse") and "các lệnh:" in top and "tùy chọn:" in top
    assert "nhiệm vụ của một đơn vị hay một người trong cả kho" in top and "show this help" not in top
    sub = run("obligations", "--help").stdout
    assert "--assignee ĐƠN_VỊ" in sub and "hiện trợ giúp này rồi thoát" in sub and "usage:" not in sub
    r = run("obligations", "--db", "nowhere.db")
    assert r.returncode == 2
    assert r.stderr.splitlines()[-1] == "vbparse obligations: lỗi: thiếu tham số bắt buộc: --assignee"
    r = run("obligations", "--assignee", "VPTK", "--state", "soon")
    assert r.returncode == 2 and "vbparse obligations: lỗi: tham số --state: lựa chọn không hợp lệ: 'soon'" in r.stderr
    assert main(["due", "--within", "soon", "--db", "nowhere.db"]) == 2
    assert capsys.readouterr().err == "vbparse: due: 'soon' không phải một số ngày (7d, 2w)\n"
    # the archive's reasons too, in one line naming the file; the Python API and the HTTP API keep their words
    missing = tmp_path / "none.db"
    assert main(["failures", "--db", str(missing)]) == 1
    said = capsys.readouterr().err
    assert said == f"vbparse: {missing}: không có kho ở đây (lệnh vbparse index THƯ_MỤC --db {missing} tạo kho)\n"
    from vbparse.store import Archive, StoreError

    with pytest.raises(StoreError, match="no archive there"):
        Archive(missing, create=False)


def test_a_reason_quoting_text_with_line_breaks_is_still_one_line(capsys):
    """A damaged archive's error quoted a column's text, line breaks and all: three lines on stderr where
    the user is promised one (found when the damage of test_archive_trust fell on a document's body)."""
    from vbparse import cli

    cli._err("a.db: cannot write the archive (Could not decode column 'body' with text 'Tổng kết\nMỤC ĐÍCH\r\nx')")
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("vbparse: a.db: cannot write") and "Tổng kết MỤC ĐÍCH x" in err


def test_explain_prints_each_task_line_with_the_rules_that_made_its_obligations():
    r = run("explain", str(seed("000")))
    assert r.returncode == 0, r.stderr
    doc = json.loads(run("parse", str(seed("000"))).stdout)
    # every obligation of the parse is shown under the line it was read from, with its evidence
    for o in doc["obligations"]:
        assert f"{o['role']} {o['assignee']['raw']!r}" in r.stdout
        assert "[" + ", ".join(o["evidence"]) + "]" in r.stdout


def test_explain_a_docx_and_one_line_of_it():
    path = ROOT / "corpus" / "realdocs" / "13_kh-2242-sct-laocai-kiem-tra-gcn.docx"
    whole = run("explain", str(path))
    assert whole.returncode == 0, whole.stderr
    first = next(ln for ln in whole.stdout.splitlines() if ln[:1].isdigit())
    n = int(first.split(":")[0])
    one = run("explain", str(path), "--line", str(n))
    assert one.returncode == 0 and one.stdout.splitlines()[0] == first
    assert all(not ln[:1].isdigit() for ln in one.stdout.splitlines()[1:])  # no other line
    assert "no task was proposed on line 1" in run("explain", str(path), "--line", "1").stdout


def test_explain_shows_what_a_not_task_rule_kept_from_being_a_task(tmp_path):
    p = tmp_path / "kh.txt"
    p.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 3/KH-UBND\nKhánh Hòa, ngày 02 tháng 02 năm 2026\nKẾ HOẠCH\nThử\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Đã tham mưu UBND tỉnh ban hành quy chế.\n- Rà soát quy chế.\n",
        encoding="utf-8",
    )
    r = run("explain", str(p))
    assert r.returncode == 0, r.stderr
    assert "not a task (not_task.past_action)" in r.stdout
    assert "lead 'Sở Nội vụ' [heading.items, name.alias]" in r.stdout  # the reader's rule, then the name's record


def test_explain_a_missing_file_is_one_line_error(tmp_path):
    r = run("explain", str(tmp_path / "nope.md"))
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [f"vbparse: {tmp_path / 'nope.md'}: không tìm thấy tệp"]
