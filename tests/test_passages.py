"""A report's passage that speaks of a plan's task (issue 42): invented reports, each with a task that has its
passage and one that has none; the real pairs are scored by ``scripts/evaluate_passages.py``."""

from __future__ import annotations

import pytest

from vbparse import parse_text
from vbparse.store.passages import PassageIndex, report_passages, terms
from vbparse.tables.followup import PASSAGE_STOP_EXAMPLES

REPORT = """ỦY BAN NHÂN DÂN
HUYỆN ĐỒNG XUÂN
Số: 88/BC-UBND
Đồng Xuân, ngày 10 tháng 12 năm 2026
BÁO CÁO
Kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2026 của UBND tỉnh về chuyển đổi số
I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng số
Đã lắp đặt 45 điểm phát sóng wifi miễn phí tại nhà văn hóa các thôn, đạt 90% kế hoạch.
2. Đào tạo kỹ năng số
Tổ chức 12 lớp bồi dưỡng kỹ năng số cho 640 cán bộ, công chức cấp xã; cấp chứng chỉ cho 600 học viên.
3. Thủ tục hành chính
Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến toàn trình đạt 78%; số hóa 95% kết quả giải quyết.
II. KHÓ KHĂN, VƯỚNG MẮC
Kinh phí cho chuyển đổi số còn hạn chế; nhân lực công nghệ thông tin ở cấp xã còn thiếu.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Tâm
"""


@pytest.fixture(scope="module")
def index() -> PassageIndex:
    return PassageIndex.of(parse_text(REPORT))


@pytest.mark.parametrize(
    ("task", "path"),
    [
        ("Lắp đặt điểm phát sóng wifi miễn phí tại các nhà văn hóa thôn, tổ dân phố", "I.1"),
        ("Mở lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", "I.2"),
        ("Nâng tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình", "I.3"),
        ("Số hóa kết quả giải quyết thủ tục hành chính", "I.3"),
    ],
)
def test_a_task_finds_the_passage_that_reports_on_it(index, task, path):
    m = index.best(task)
    assert m is not None and m.passage.path == path
    assert 0 < m.score <= 1 and m.terms and any(" " in t for t in m.terms)


@pytest.mark.parametrize(
    "task",
    [
        "Xây dựng cơ sở dữ liệu đất đai, hoàn thành trước ngày 30/9/2026",  # nothing of it in the report
        "Tổ chức thực hiện nghiêm túc, báo cáo kết quả đúng quy định",  # only the words of every task
    ],
)
def test_a_task_the_report_does_not_speak_of_gets_no_passage(index, task):
    assert index.best(task) is None


def test_a_passage_lies_in_the_report_text_and_a_heading_alone_is_none():
    doc = parse_text(REPORT)
    passages = report_passages(doc)
    assert [p.path for p in passages] == ["I.1", "I.2", "I.3", "II"]
    wifi = passages[0]
    assert "45 điểm phát sóng" in wifi.text and wifi.start < wifi.end


def test_words_shared_by_every_passage_weigh_less_than_those_of_one():
    index = PassageIndex.of(parse_text(REPORT))
    assert index.weight("ky nang") > index.weight("so")


def test_terms_leave_out_words_of_every_task_but_keep_a_pair_with_one_content_word():
    got = terms("Thực hiện kiểm tra kho vật liệu nổ")
    assert "thuc hien" not in got and "thuc" not in got
    assert {"kiem tra", "kho", "vat lieu", "thuc hien kiem"} <= got
    assert "vi pham" in terms("lập biên bản vi phạm") and "vi" not in terms("các đơn vị")


@pytest.mark.parametrize("word", PASSAGE_STOP_EXAMPLES["stop"])
def test_a_stop_word_is_no_term(word):
    assert word not in terms(f"xây dựng {word} kho")


@pytest.mark.parametrize("word", PASSAGE_STOP_EXAMPLES["kept"])
def test_a_word_of_the_work_is_a_term(word):
    assert word in terms(f"xây dựng {word} kho") or all(w in terms(word) for w in word.split())


def test_the_hand_read_pairs_of_real_plans_and_reports_keep_their_precision():
    """``corpus/followup/report_pairs.json`` (84 tasks of three real plans, read against two real reports):
    the passages given stay right at least 0.8 of the time, and none is given to a task the report says
    nothing of (blind, before this matcher: 0.49; measured when written: 21 of 24, 0.875)."""
    import sys

    from conftest import ROOT, SHARED

    if not (SHARED / "realdocs").is_dir():
        pytest.skip("../shared/realdocs is not there")
    sys.path.insert(0, str(ROOT / "scripts"))
    from evaluate_passages import evaluate

    scores = evaluate()["scores"]["all"]
    assert scores["given"] >= 15 and scores["precision"] >= 0.8
    assert scores["given_to_tasks_without"] == 0


def test_a_line_in_lower_case_continues_the_paragraph_before_it():
    """A page break or a footnote cuts a paragraph; its rest (``trong đó, …``) is no paragraph of its own."""
    report = REPORT.replace(
        "Tổ chức 12 lớp bồi dưỡng kỹ năng số cho 640 cán bộ, công chức cấp xã;",
        "Tổ chức 12 lớp bồi dưỡng kỹ năng số\ncho 640 cán bộ, công chức cấp xã;",
    )
    doc = parse_text(report)
    (training,) = [p for p in report_passages(doc) if p.path == "I.2"]
    assert training.text.startswith("Tổ chức 12 lớp") and "640 cán bộ" in training.text
    assert PassageIndex.of(doc).best("Mở lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã").passage == training
