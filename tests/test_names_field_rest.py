"""In a value of names only (a who-cell, a field's value) a name whose field opens in capitals runs on to its item's
end over the rest of its field in lower case, commas and ``và`` between (issue 52, eighteenth twin of TAB-THUCHIEN:
``Phòng Kiểm sát`` + ``thi hành tạm giữ, tạm giam và thi hành án hình sự``; in ``../shared/wild``, ``Chi nhánh Văn
phòng`` + ``đăng ký đất đai`` in sixteen who-cells).  Counter-examples: a department's whole name before words that
are a predicate, another name in the item."""

from __future__ import annotations

from vbparse import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LẠC GIANG\nSố: 12/KH-UBND\nLạc Giang, ngày 02 tháng 4 năm 2031\nKẾ HOẠCH\n"
    "Phòng, chống buôn lậu năm 2031\nII. TỔ CHỨC THỰC HIỆN\n\n"
    "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n| --- | --- | --- | --- | --- |\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Tâm\n"


def _rows(*rows: tuple[str, str, str]) -> list[tuple[str, str]]:
    body = "".join(
        f"| {i} | {task} | {lead} | {support} | Quý II/2031 |\n" for i, (task, lead, support) in enumerate(rows, 1)
    )
    return [(o.role, o.assignee.raw) for o in parse_text(HEAD + body + TAIL).obligations]


def test_a_name_runs_on_over_the_rest_of_its_field_to_its_cells_end() -> None:
    got = _rows(("Kiểm tra các kho ngoại quan", "Đội Kiểm soát chống buôn lậu, gian lận thương mại và hàng giả", ""))
    assert got == [("lead", "Đội Kiểm soát chống buôn lậu, gian lận thương mại và hàng giả")], got


def test_each_item_of_a_cell_runs_to_its_own_semicolon() -> None:
    support = "Phòng Giám sát thi hành án dân sự, hành chính và bảo vệ tư pháp; Công an tỉnh"
    got = _rows(("Rà soát các bản án chưa thi hành", "Sở Tư pháp", support))
    assert ("support", "Phòng Giám sát thi hành án dân sự, hành chính và bảo vệ tư pháp") in got, got
    assert ("support", "Công an tỉnh") in got, got


def test_a_departments_whole_name_does_not_take_the_words_after_it() -> None:
    got = _rows(("Lập dự toán kinh phí", "Sở Tài chính thẩm định dự toán", ""))
    assert ("lead", "Sở Tài chính thẩm định dự toán") not in got, got


def test_a_committee_named_for_what_it_runs_keeps_its_object_to_the_cells_end() -> None:
    """``Ban điều hành`` + ``khu phố Cửa Tiền`` at a cell's end: no verb follows to show the object is the committee's,
    the cell's end does (eighteenth twin of TAB-THUCHIEN)."""
    got = _rows(("Sắp xếp lại các điểm đỗ xe", "Đội Cảnh sát giao thông", "Tổ quản lý bến xe Nà Phặc"))
    assert ("support", "Tổ quản lý bến xe Nà Phặc") in got, got
    assert ("support", "Tổ") not in got, got


def test_a_committee_head_left_alone_takes_its_function_over_a_plural_to_its_items_end() -> None:
    """``Ban`` + ``điều hành các khu phố``: in a sentence ``các khu phố`` may be the verb's object (``Ban kiểm tra các
    xã``), but a cell holds names only and a committee's head alone names no one (twenty-first twins of TAB-CAPTION
    and T1); the plural is then the committee's, not a second name."""
    got = _rows(
        ("Lập danh sách ao, hồ nguy hiểm", "Phòng Kinh tế", "Ban điều hành các khu phố"),
        ("Kiểm tra bến đò", "Đội Quản lý trật tự đô thị", "Công an phường; Tổ tuần tra các thôn ven sông"),
    )
    assert ("support", "Ban điều hành các khu phố") in got, got
    assert ("support", "Tổ tuần tra các thôn ven sông") in got, got
    assert ("support", "Ban") not in got and ("support", "các khu phố") not in got, got


def test_a_named_committee_before_a_plural_keeps_the_plural_its_own() -> None:
    """Counter: a committee already named (``Ban Chỉ đạo xã``) is whole; ``các thôn`` after a comma is a second name."""
    got = _rows(("Tuyên truyền về bơi an toàn", "Ban Chỉ đạo xã", "Đoàn Thanh niên xã, các thôn"))
    assert ("lead", "Ban Chỉ đạo xã") in got, got
    assert ("support", "Đoàn Thanh niên xã") in got, got


def test_a_name_keeps_a_second_field_in_capitals_after_words_of_its_first_in_lower_case() -> None:
    """``Phòng Thống kê`` + ``tổng hợp và Phổ biến thông tin``, ``Khoa Hồi sức`` + ``tích cực - Chống độc``: a verb in
    lower case does not open a field in capitals, so in a value of names the rest is the name's (twenty-first twins of
    S1 and T1).  Counter: another body after ``và`` is a second name."""
    got = _rows(
        (
            "Biên soạn số liệu",
            "Phòng Thống kê tổng hợp và Phổ biến thông tin",
            "Phòng Điều dưỡng; Khoa Hồi sức tích cực - Chống độc",
        ),
        ("Rà soát hồ sơ", "Sở Y tế", "Phòng Tư pháp tổng hợp và Ủy ban nhân dân xã"),
    )
    assert ("lead", "Phòng Thống kê tổng hợp và Phổ biến thông tin") in got, got
    assert ("support", "Khoa Hồi sức tích cực - Chống độc") in got, got
    assert ("support", "Ủy ban nhân dân xã") in got, got
    assert ("support", "Phòng Tư pháp tổng hợp và Ủy ban nhân dân xã") not in got, got


def test_a_field_value_naming_a_name_with_a_second_field_is_no_sentence() -> None:
    """Under a task item, ``Đơn vị chủ trì phúc tra: Phòng Thống kê tổng hợp và Phổ biến thông tin.`` names the lead;
    it is no sentence whose task is ``tổng hợp …``."""
    text = (
        HEAD.split("| TT")[0]
        + (
            "1. Phúc tra ngẫu nhiên 5% số hộ đã điều tra\n\n"
            "Đơn vị chủ trì phúc tra: Phòng Thống kê tổng hợp và Phổ biến thông tin.\n\n"
            "Thời gian phúc tra: Trước ngày 15/5/2031.\n"
        )
        + TAIL
    )
    got = [(o.role, o.assignee.raw, o.task) for o in parse_text(text).obligations]
    assert got == [
        ("lead", "Phòng Thống kê tổng hợp và Phổ biến thông tin", "Phúc tra ngẫu nhiên 5% số hộ đã điều tra")
    ], got


def test_a_field_in_lower_case_pieces_before_the_list_s_next_name() -> None:
    """Twenty-sixth twin of A3: ``Cục Hộ tịch, quốc tịch, chứng thực, Cục Công nghệ thông tin và Trung tâm …``: the
    field's pieces in lower case, parted by commas, run to the list's next name; a body's head in lower case (``công
    an xã``) or a determiner (``các đơn vị``) after the comma is the next name."""
    from test_rules import leads

    got = leads(
        "1. Cục Hộ tịch, quốc tịch, chứng thực, Cục Công nghệ thông tin và Trung tâm Lý lịch tư pháp quốc gia xây"
        " dựng bộ tiêu chí làm sạch dữ liệu.\n\n2. Phòng Tư pháp, công an xã, các đơn vị liên quan kiểm tra hồ sơ.\n"
    )
    assert [a for a, _t in got] == [
        "Cục Hộ tịch, quốc tịch, chứng thực",
        "Cục Công nghệ thông tin",
        "Trung tâm Lý lịch tư pháp quốc gia",
        "Phòng Tư pháp",
        "công an xã",
        "các đơn vị liên quan",
    ], got
