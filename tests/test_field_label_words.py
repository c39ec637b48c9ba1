"""A task item's field labels in other words (issue 52, twenty-third twins of S1): a label opened by ``Tổ chức`` as
its unit noun (``Tổ chức chủ trì:``, ``Tổ chức phối hợp:``, ``Tổ chức thực hiện:``), a label saying whom the lead
serves or whom the partner works with (``Cơ quan chủ trì giúp Ủy ban nhân dân tỉnh:``, ``Cơ quan phối hợp với cơ quan
chủ trì:``), a time label saying to whom it is due (``Thời hạn trình Ủy ban nhân dân tỉnh:``), two manner words
(``Cơ quan trực tiếp tổ chức thực hiện:``), field lines marked by a bullet glyph other than ``•`` (``▪``), and an item
titled by a noun phrase (``Lễ giao nhận quân``) after the first."""

from __future__ import annotations

from test_rules import rows


def _roles(body: str) -> list[tuple]:
    return rows(body, "assignee", "role", "task", "deadline")


def test_labels_opened_by_to_chuc_name_the_lead_and_the_partners() -> None:
    got = _roles(
        "1. Hỗ trợ sinh kế cho hộ cận nghèo\n"
        "+ Cấp giống lúa chịu mặn cho các hộ ven đê:\n"
        "Tổ chức chủ trì: Hội Nông dân huyện.\n"
        "Tổ chức phối hợp: Hợp tác xã Nông nghiệp Tân Lộc; Đoàn Thanh niên huyện.\n"
        "Thời hạn: Trước ngày 15/4/2026.\n"
        "+ Khảo sát nhu cầu vay vốn của hộ cận nghèo:\n"
        "Tổ chức thực hiện: Hội Liên hiệp Phụ nữ huyện; Hội Cựu chiến binh huyện.\n"
    )
    who = {(a, r) for a, r, _t, _d in got}
    assert {
        ("Hội Nông dân huyện", "lead"),
        ("Hợp tác xã Nông nghiệp Tân Lộc", "support"),
        ("Đoàn Thanh niên huyện", "support"),
        ("Hội Liên hiệp Phụ nữ huyện", "lead"),
        ("Hội Cựu chiến binh huyện", "lead"),
    } <= who, got
    assert all(a != "Tổ chức" for a, _r, _t, _d in got), got


def test_labels_saying_whom_the_lead_serves_and_whom_the_partner_joins() -> None:
    got = _roles(
        "1. Lập quy hoạch bãi chôn lấp chất thải rắn liên huyện\n"
        "Cơ quan chủ trì giúp Ủy ban nhân dân tỉnh: Sở Xây dựng.\n"
        "Cơ quan phối hợp với cơ quan chủ trì: Sở Tài chính; Ủy ban nhân dân huyện Đông Sơn.\n"
        "Thời hạn trình Ủy ban nhân dân tỉnh: Trước ngày 30/9/2026.\n"
        "2. Trồng rừng ngập mặn ven biển\n"
        "Cơ quan trực tiếp tổ chức thực hiện: Ban Quản lý rừng phòng hộ Hải Phú.\n"
        "Thời hạn hoàn thành và báo cáo Ủy ban nhân dân tỉnh: Tháng 11/2026.\n"
    )
    assert ("Sở Xây dựng", "lead", "Lập quy hoạch bãi chôn lấp chất thải rắn liên huyện", "2026-09-30") in got, got
    assert ("Sở Tài chính", "support", "Lập quy hoạch bãi chôn lấp chất thải rắn liên huyện", "2026-09-30") in got, got
    assert ("Ban Quản lý rừng phòng hộ Hải Phú", "lead", "Trồng rừng ngập mặn ven biển", "2026-11-30") in got, got
    assert all(a != "Cơ quan" for a, _r, _t, _d in got), got


def test_field_lines_marked_by_another_bullet_glyph_are_fields() -> None:
    got = _roles(
        "1. Tổ chức Ngày hội việc làm cho thanh niên nông thôn\n"
        "▪ Quy mô: 60 gian tuyển dụng.\n"
        "▪ Địa điểm: Nhà văn hóa trung tâm huyện.\n"
        "▪ Đơn vị chủ trì: Trung tâm Dịch vụ việc làm tỉnh.\n"
        "▪ Đơn vị phối hợp: Đoàn Thanh niên huyện.\n"
        "▪ Thời gian: Tháng 5/2026.\n"
    )
    assert (
        "Trung tâm Dịch vụ việc làm tỉnh",
        "lead",
        "Tổ chức Ngày hội việc làm cho thanh niên nông thôn",
        "2026-05-31",
    ) in got
    assert {a for a, _r, _t, _d in got} == {"Trung tâm Dịch vụ việc làm tỉnh", "Đoàn Thanh niên huyện"}, got


def test_a_second_item_titled_by_a_noun_phrase_over_its_fields_is_no_description_line() -> None:
    # a title naming an event or a thing (``Lễ …``, ``Hội chợ …``) over its own field lines is an item of the list, as
    # the first item is; a line ``Địa điểm: …`` under it still says only what the item is
    got = _roles(
        "1. Kiểm tra sức khỏe thanh niên trong diện nhập ngũ\n"
        "Đơn vị chủ trì khám tuyển: Trung tâm Y tế huyện.\n"
        "2. Lễ tiễn tân binh\n"
        "Đơn vị chủ trì tổ chức: Ban Chỉ huy Quân sự huyện.\n"
        "Địa điểm: Quảng trường trung tâm huyện.\n"
        "3. Hội chợ nông sản\n"
        "Đơn vị chủ trì: Phòng Kinh tế huyện.\n"
    )
    assert ("Ban Chỉ huy Quân sự huyện", "lead", "Lễ tiễn tân binh", None) in got, got
    assert ("Phòng Kinh tế huyện", "lead", "Hội chợ nông sản", None) in got, got
    assert len(got) == 3, got


def test_a_sentence_opened_by_to_chuc_is_no_label() -> None:
    # counter-example: ``Tổ chức`` the verb, its object before a colon that lists what
    got = _roles("1. Phòng Văn hóa huyện tổ chức hội thi: kể chuyện, hát dân ca, vẽ tranh.\n")
    assert [(a, r) for a, r, _t, _d in got] == [("Phòng Văn hóa huyện", "lead")], got


def test_normalisation_writes_the_bullet_for_another_glyph_opening_a_line_and_keeps_the_offsets() -> None:
    from vbparse.normalize import normalize
    from vbparse.offsets import MappedText

    text = "1. Hội chợ\n▪ Đơn vị chủ trì: Sở A.\n  ➢ Thời gian: Quý II ▪ năm 2026\n"
    out = normalize(MappedText.identity_of(text))
    assert out.text == "1. Hội chợ\n• Đơn vị chủ trì: Sở A.\n  • Thời gian: Quý II ▪ năm 2026\n", out.text
    assert text[out.to_original(out.text.index("• Đơn"))] == "▪"


def test_a_part_heading_to_chuc_thuc_hien_without_its_colon_is_no_lead_field() -> None:
    # counter-example: the outline of a programme whose last part is headed ``TỔ CHỨC THỰC HIỆN`` over what each level
    # is responsible for gives its siblings no leads
    got = _roles(
        "1. Đề cương chương trình phát triển nhà ở\n"
        "a) Sự cần thiết xây dựng chương trình.\n"
        "b) Các nhóm giải pháp.\n"
        "c) TỔ CHỨC THỰC HIỆN\n"
        "- Trách nhiệm của Ủy ban nhân dân các cấp.\n"
        "- Trách nhiệm của các sở, ban, ngành.\n"
    )
    assert got == [], got


def test_a_numbered_sub_item_to_chuc_thuc_hien_over_short_role_labels_is_the_items_field_block() -> None:
    got = _roles(
        "1. NÂNG CẤP ĐƯỜNG GIAO THÔNG NỘI ĐỒNG\n"
        "1.1. Thời gian thực hiện: Trong tháng 6/2026.\n"
        "1.2. Tổ chức thực hiện\n"
        "a) Chủ trì: Ban Quản lý dự án xã.\n"
        "b) Phối hợp: Hợp tác xã Nông nghiệp Đồng Tâm và Trưởng các thôn.\n"
    )
    task = "NÂNG CẤP ĐƯỜNG GIAO THÔNG NỘI ĐỒNG"
    assert ("Ban Quản lý dự án xã", "lead", task, "2026-06-30") in got, got
    assert ("Hợp tác xã Nông nghiệp Đồng Tâm", "support", task, "2026-06-30") in got, got


def test_a_sub_item_assigning_the_bodies_over_labels_without_colons_and_bulleted_names() -> None:
    got = _roles(
        "1. XỬ LÝ SẠT LỞ BỜ SÔNG\n"
        "1.1. Mô tả công việc\n"
        "Gia cố 800 m bờ sông Lam đoạn qua thôn Hạ Lũng bằng rọ đá.\n"
        "1.2. Phân công cơ quan thực hiện\n"
        "a) Cơ quan chủ trì thực hiện\n"
        "• Ban Quản lý dự án huyện.\n"
        "b) Các cơ quan phối hợp thực hiện\n"
        "• Phòng Tài chính - Kế hoạch huyện;\n"
        "• Ủy ban nhân dân xã Hạ Lũng;\n"
        "• Ủy ban nhân dân các xã có hộ phải di dời.\n"
    )
    task = "Gia cố 800 m bờ sông Lam đoạn qua thôn Hạ Lũng bằng rọ đá."
    assert ("Ban Quản lý dự án huyện", "lead", task, None) in got, got
    assert ("Phòng Tài chính - Kế hoạch huyện", "support", task, None) in got, got
    assert ("Ủy ban nhân dân xã Hạ Lũng", "support", task, None) in got, got
    # a partner named by what its communes have, its clause's mood word and verb its own (not a task of it)
    assert ("Ủy ban nhân dân các xã có hộ phải di dời", "support", task, None) in got, got
    assert len(got) == 4, got


def test_the_unit_given_the_task_as_a_label() -> None:
    got = _roles(
        "1. Số hóa hồ sơ địa chính của 12 xã\n"
        "a) Yêu cầu: Dữ liệu bảo đảm kết nối với cơ sở dữ liệu quốc gia.\n"
        "b) Đơn vị được giao: Văn phòng Đăng ký đất đai tỉnh; Trung tâm Công nghệ thông tin.\n"
        "c) Thời hạn: Tháng 10/2026.\n"
    )
    task = "Số hóa hồ sơ địa chính của 12 xã"
    assert ("Văn phòng Đăng ký đất đai tỉnh", "lead", task, "2026-10-31") in got, got
    assert ("Trung tâm Công nghệ thông tin", "lead", task, "2026-10-31") in got, got
    assert all(a != "Đơn vị" for a, _r, _t, _d in got), got


def test_a_who_label_over_labelled_lines_gives_its_siblings_no_leads() -> None:
    # counter-example: ``Phân công trách nhiệm:`` over lines that are labels themselves is a block of them, not a
    # list of names leading the contents beside it
    got = _roles(
        "Điều 1. Phê duyệt Nhiệm vụ lập quy hoạch khu di tích Gò Mun, với những nội dung sau:\n"
        "1. Phạm vi lập quy hoạch\n"
        "a) Phạm vi nghiên cứu gồm toàn bộ khu di tích.\n"
        "2. Mục tiêu lập quy hoạch\n"
        "Bảo quản, tu bổ di tích.\n"
        "3. Phân công trách nhiệm:\n"
        "- Cấp phê duyệt: Thủ tướng Chính phủ.\n"
        "- Cơ quan chủ trì thẩm định và trình duyệt: Bộ Văn hóa, Thể thao và Du lịch.\n"
        "- Cơ quan tổ chức lập quy hoạch: Ủy ban nhân dân tỉnh Phú Yên.\n"
    )
    assert not any(t.startswith("Phạm vi") for _a, _r, t, _d in got), got
    assert all(a not in ("Cơ quan", "Cấp phê duyệt") for a, _r, _t, _d in got), got


def test_labels_with_a_slash_s_alternative_word_name_the_lead_the_partners_and_the_time() -> None:
    """Twenty-seventh twins of S1: ``Đơn vị chủ trì/đầu mối thực hiện:``, ``Đơn vị phối hợp/hỗ trợ thực hiện:``,
    ``Thời hạn hoàn thành/báo cáo kết quả:`` on lines without marks; the slash's second word is the label's too."""
    got = _roles(
        "1. Khảo sát nhu cầu học nghề của lao động nông thôn\n"
        "Đơn vị chủ trì/đầu mối thực hiện: Phòng Nội vụ huyện.\n"
        "Đơn vị phối hợp/hỗ trợ thực hiện: Trung tâm Giáo dục nghề nghiệp huyện; Hội Nông dân huyện.\n"
        "Thời hạn hoàn thành/báo cáo kết quả: Trước ngày 30/4/2026.\n"
    )
    assert {(a, r, str(d)) for a, r, _t, d in got} == {
        ("Phòng Nội vụ huyện", "lead", "2026-04-30"),
        ("Trung tâm Giáo dục nghề nghiệp huyện", "support", "2026-04-30"),
        ("Hội Nông dân huyện", "support", "2026-04-30"),
    }, got
    assert all(t.startswith("Khảo sát nhu cầu") for _a, _r, t, _d in got), got
