"""Emphasis marks a web copy left as characters (``2.** **Rà soát …``, ``Điều 3.** Giao …``): a PDF or an HTML page
made from such a copy shows them, and a reader sees past them, the item's label and its text.  Runs of two or more
asterisks are markup, never the document's words: dropped in every layout; a single asterisk (a footnote's mark,
``(*)``) stays."""

from __future__ import annotations

from pathlib import Path

from vbparse import parse
from vbparse.normalize import MappedText, normalize

PAGE = """<html><body>
<p>ỦY BAN NHÂN DÂN TỈNH BÌNH AN</p><p>Số: 15/KH-UBND</p><p>Bình An, ngày 2 tháng 3 năm 2026</p>
<p>KẾ HOẠCH</p><p>Triển khai Luật Đo lường sửa đổi</p>
<p>II. NỘI DUNG KẾ HOẠCH</p>
<p>1.** **Trên cơ sở tài liệu do Trung ương biên soạn, tổ chức tập huấn nghiệp vụ về đo lường.</p>
<p>- Cơ quan thực hiện: Sở Công Thương; Sở Tư pháp.</p>
<p>- Thời gian thực hiện: Quý II năm 2026.</p>
<p>2.** **Kiểm tra việc chấp hành pháp luật về đo lường tại các chợ</p>
<p>- Cơ quan chủ trì: Đội Quản lý thị trường số 2.</p>
<p>- Thời gian thực hiện: Năm 2026.</p>
<p>3.**Rà soát các văn bản quy phạm pháp luật về đo lường**</p>
<p>- Cơ quan thực hiện: Sở Khoa học và Công nghệ.</p>
<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>CHỦ TỊCH</p><p>Lê Văn Tư</p>
</body></html>
"""


def test_a_label_followed_by_left_emphasis_marks_opens_its_item(tmp_path: Path) -> None:
    src = tmp_path / "ke-hoach.html"
    src.write_text(PAGE, encoding="utf-8")
    got = [(o.assignee.raw, o.task[:30]) for o in parse(src).obligations]
    assert got == [
        ("Sở Công Thương", "Trên cơ sở tài liệu do Trung ư"),
        ("Sở Tư pháp", "Trên cơ sở tài liệu do Trung ư"),
        ("Đội Quản lý thị trường số 2", "Kiểm tra việc chấp hành pháp l"),
        ("Sở Khoa học và Công nghệ", "Rà soát các văn bản quy phạm p"),
    ]


def _normalised(text: str) -> str:
    return normalize(MappedText.identity_of(text)).text


def test_runs_of_asterisks_go_and_the_words_they_parted_stay_parted() -> None:
    assert _normalised("2.** **Rà soát văn bản") == "2. Rà soát văn bản"
    assert _normalised("**1.****") == "1."
    assert _normalised("Điều 3.** Giao Phòng Kinh tế**") == "Điều 3. Giao Phòng Kinh tế"


def test_a_single_asterisk_is_the_documents_own() -> None:
    assert _normalised("Sở Y tế (*) và các đơn vị*") == "Sở Y tế (*) và các đơn vị*"


def test_dropped_marks_keep_each_word_at_its_place_in_the_file() -> None:
    text = "2.** **Rà soát"
    out = normalize(MappedText.identity_of(text))
    at = out.text.index("Rà")
    assert out.to_original(at) == text.index("Rà")


TABLE_PAGE = """<html><body>
<p>ỦY BAN NHÂN DÂN TỈNH BÌNH AN</p><p>Số: 16/KH-UBND</p><p>Bình An, ngày 2 tháng 3 năm 2026</p>
<p>KẾ HOẠCH</p><p>Kiểm tra an toàn hồ đập năm 2026</p>
<p>I. PHÂN CÔNG NHIỆM VỤ</p>
<table>
<tr><td>**TT**</td><td>**Nhiệm vụ**</td><td>**Chủ trì**</td><td>**Phối hợp**</td></tr>
<tr><td>1</td><td>**Kiểm tra** hiện trường các hồ chứa</td><td>Sở Nông nghiệp và Môi trường</td><td>**UBND các xã**</td></tr>
<tr><td>2</td><td>Rà soát phương án **ứng phó** sự cố đập</td><td>**Sở Công Thương**</td><td>Công an tỉnh</td></tr>
</table>
<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>CHỦ TỊCH</p><p>Lê Văn Tư</p>
</body></html>
"""


def test_marks_dropped_inside_a_tables_cells_leave_each_cell_its_own_words(tmp_path: Path) -> None:
    src = tmp_path / "bang.html"
    src.write_text(TABLE_PAGE, encoding="utf-8")
    got = [(o.role, o.assignee.raw, o.task) for o in parse(src).obligations]
    assert got == [
        ("lead", "Sở Nông nghiệp và Môi trường", "Kiểm tra hiện trường các hồ chứa"),
        ("support", "UBND các xã", "Kiểm tra hiện trường các hồ chứa"),
        ("lead", "Sở Công Thương", "Rà soát phương án ứng phó sự cố đập"),
        ("support", "Công an tỉnh", "Rà soát phương án ứng phó sự cố đập"),
    ]
