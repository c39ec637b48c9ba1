"""``scripts/compare.py``: two source trees parse the same files; the obligations only one makes are shown."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import compare

#: An invented plan: a lead with a partner and a deadline, a request, a task with a report date.
PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 12/KH-UBND
Hà Nam, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Triển khai chuyển đổi số năm 2026

I. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng kho dữ liệu dùng chung, hoàn thành \
trước ngày 30/6/2026.
2. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh tuyên truyền đến đoàn viên, hội viên.
3. Sở Nội vụ rà soát thủ tục hành chính, báo cáo trước ngày 15/9/2026.
"""
#: A letter that assigns nothing: both trees make no obligation of it.
LETTER = "Kính gửi: Sở Y tế\n\nỦy ban nhân dân tỉnh cảm ơn Sở Y tế đã phối hợp trong năm qua.\n"


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    (folder / "kh-1.txt").write_text(PLAN, encoding="utf-8")
    (folder / "cv-2.txt").write_text(LETTER, encoding="utf-8")
    (folder / "kh-1.txt.gold.json").write_text("{}", encoding="utf-8")  # no document: not parsed
    return folder


@pytest.fixture(scope="module")
def changed_tree(tmp_path_factory):
    """A copy of this tree's sources where ``Đề nghị X …`` assigns instead of asking (one row of a table)."""
    tree = tmp_path_factory.mktemp("tree")
    shutil.copytree(ROOT / "src", tree / "src", ignore=shutil.ignore_patterns("__pycache__"))
    table = tree / "src" / "vbparse" / "tables" / "bodies.py"
    row = '("đề nghị", "requested"),'
    text = table.read_text(encoding="utf-8")
    assert text.count(row) == 1
    table.write_text(text.replace(row, '("đề nghị", "assigned"),'), encoding="utf-8")
    return tree


@pytest.fixture
def run(capsys):
    def run(*argv: str) -> tuple[int, str]:
        code = compare.main(list(argv))
        return code, capsys.readouterr().out

    return run


def test_a_tree_compared_with_itself_parses_every_file_the_same(docs, run):
    code, out = run(str(ROOT), "--with", str(ROOT), "--jobs", "2", str(docs))
    assert code == 0
    assert out.strip().splitlines()[-1] == "2 files parse the same, 0 differ"


def test_a_changed_pattern_shows_the_obligations_it_changes_with_their_evidence(docs, changed_tree, run):
    code, out = run(str(ROOT), "--with", str(changed_tree), str(docs))
    assert code == 1
    assert out.strip().splitlines()[-1] == "1 files parse the same, 1 differ"
    lost = [ln for ln in out.splitlines() if ln.startswith(f"  - only {ROOT}")]
    gained = [ln for ln in out.splitlines() if ln.startswith(f"  + only {changed_tree}")]
    assert len(lost) == len(gained) == 1 and "Mặt trận" in lost[0] and "Mặt trận" in gained[0]
    assert "lead/requested" in lost[0] and "mode.request" in lost[0] and "line 11" in lost[0]
    assert "lead/assigned" in gained[0] and "mode.request" not in gained[0]
    assert "kh-1.txt" in out and "cv-2.txt" not in out


def test_obligations_are_compared_as_a_multiset():
    row = {"role": "lead", "task": "x", "evidence": []}
    assert compare.only_in([row, row], [row]) == [row]
    assert compare.only_in([row], [row, row]) == []
    assert compare.only_in({"error": "boom"}, []) == [{"error": "boom"}]


def test_ignored_rules_leave_their_evidence_out_of_the_comparison():
    base = {"a.txt": [{"role": "lead", "task": "x", "evidence": ["sentence.subject"]}], "b.txt": {"error": "boom"}}
    other = {"a.txt": [{"role": "lead", "task": "x", "evidence": ["sentence.subject", "name.head"]}], **base}
    other["a.txt"] = [{"role": "lead", "task": "x", "evidence": ["sentence.subject", "name.head"]}]
    assert compare.only_in(other["a.txt"], base["a.txt"])  # seen as a change without the option
    ignored = compare.without_rules(other, ("name.",))
    assert compare.only_in(ignored["a.txt"], base["a.txt"]) == []
    assert ignored["b.txt"] == {"error": "boom"}
    assert compare.without_rules(other, ()) is other


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_git_ref_is_checked_out_apart_and_removed_after():
    if subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, check=False).returncode:
        pytest.skip("not a git checkout")
    with compare.source_tree("HEAD") as tree:
        assert (tree / "src" / "vbparse" / "pipeline.py").is_file() and tree != ROOT
    assert not tree.exists()
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "list"], capture_output=True, text=True, check=False
    ).stdout
    assert str(tree) not in listed
