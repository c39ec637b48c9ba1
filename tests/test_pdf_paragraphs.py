"""Paragraphs of a Word file printed to PDF, as the PDF reader lays its words out (layout text).

A Word list is printed with a hanging indent: the marker, a tab's gap, the text, and the item's wrapped lines
under the text, not under the marker.  The lines that stand at the text margin after such an item (a field of
the task: ``Đơn vị chủ trì thực hiện: …``) are paragraphs of their own.  A document that the signed one
issues, printed after its closing without a Quốc hiệu of its own, opens with its type line (``KẾ HOẠCH``):
the closing ends there.  The words are invented (flood banks, forest patrols); the shapes are those of
LibreOffice's PDF of a Word plan.
"""

from __future__ import annotations

import pytest

from vbparse import parse
from vbparse.read.layout import read_layout

HEADER = """\
        ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
         TỈNH HÒA BÌNH                         Độc lập - Tự do - Hạnh phúc

        Số: 41/KH-UBND                        Hòa Bình, ngày 12 tháng 5 năm 2026

                                  KẾ HOẠCH
                  Phòng chống sạt lở bờ sông năm 2026

        Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về phòng chống thiên tai, Ủy ban nhân dân
        tỉnh ban hành Kế hoạch phòng chống sạt lở bờ sông năm 2026 như sau:
        I. NHIỆM VỤ
        1. Kiểm tra các tuyến kè
"""

#: A hanging item, then its fields at the text margin (the shape that lost them to the sentence above).
HANGING = """\
          •    Rà soát hiện trạng các tuyến kè, cống tiêu thoát nước dọc bờ sông
               Đà, lập danh mục các điểm xung yếu cần gia cố trước mùa mưa lũ
               năm 2026 và đề xuất phương án xử lý.
        Đơn vị chủ trì thực hiện: Sở Nông nghiệp và Môi trường.
        Đơn vị phối hợp: Ủy ban nhân dân các xã ven sông.
        Thời gian thực hiện: Trước ngày 30/6/2026.
          •    Tổ chức diễn tập phương án sơ tán dân cư khu vực có nguy cơ sạt lở
               cao, bảo đảm an toàn tính mạng và tài sản của Nhân dân.
        Đơn vị chủ trì thực hiện: Bộ Chỉ huy Quân sự tỉnh.
        Thời gian thực hiện: Tháng 8/2026.
"""

CLOSING = """
        Nơi nhận:                                                 TM. ỦY BAN NHÂN DÂN
        - Như trên;                                               KT. CHỦ TỊCH
        - Lưu: VT, KT.                                            PHÓ CHỦ TỊCH

                                                                  Trần Văn Bình
"""


def _paragraphs(text: str) -> list[str]:
    mapped, _blocks = read_layout(text)
    return mapped.text.split("\n")


def _obligation(doc, assignee: str):
    found = [o for o in doc.obligations if o.assignee is not None and o.assignee.raw == assignee]
    assert found, [(o.assignee.raw if o.assignee else None, o.task) for o in doc.obligations]
    return found[0]


def test_a_hanging_items_wrapped_lines_are_one_paragraph_and_its_fields_stand_apart():
    paras = _paragraphs(HEADER + HANGING + CLOSING)
    assert (
        "• Rà soát hiện trạng các tuyến kè, cống tiêu thoát nước dọc bờ sông Đà, lập danh mục các điểm xung yếu "
        "cần gia cố trước mùa mưa lũ năm 2026 và đề xuất phương án xử lý."
    ) in [" ".join(p.split()) for p in paras], paras
    assert "Đơn vị chủ trì thực hiện: Sở Nông nghiệp và Môi trường." in paras, paras
    assert "Thời gian thực hiện: Tháng 8/2026." in paras, paras


def test_the_fields_under_a_hanging_item_give_its_task_to_the_lead_and_the_partner():
    doc = parse(text=HEADER + HANGING + CLOSING)
    lead = _obligation(doc, "Sở Nông nghiệp và Môi trường")
    assert lead.role == "lead" and "Rà soát hiện trạng các tuyến kè" in lead.task, lead.task
    assert lead.deadline is not None and lead.deadline.isoformat() == "2026-06-30"
    partner = _obligation(doc, "Ủy ban nhân dân các xã ven sông")
    assert partner.role == "support"
    army = _obligation(doc, "Bộ Chỉ huy Quân sự tỉnh")
    assert "diễn tập phương án sơ tán" in army.task, army.task


def test_a_paragraph_wrapped_to_the_margin_is_still_one_paragraph():
    """Counter-examples: a paragraph whose first line is indented (a typed ``-``, one space) goes on at the
    margin, and a paragraph at the margin goes on at the margin; neither is a hanging item."""
    body = """\
            - Sở Xây dựng chủ trì kiểm tra các công trình nhà ở ven sông, hướng dẫn
        người dân gia cố nền móng trước mùa mưa lũ năm 2026.
        Ủy ban nhân dân các xã phối hợp với Sở Xây dựng kiểm tra các công trình
        nhà ở, báo cáo kết quả trước ngày 15/7/2026.
"""
    text = "\n".join(_paragraphs(HEADER + body + CLOSING))
    assert "hướng dẫn người dân gia cố nền móng" in text, text
    assert "kiểm tra các công trình nhà ở, báo cáo kết quả" in text, text


def test_a_label_inside_a_hanging_items_sentence_is_no_field():
    """Counter-example: a line under the item's text that goes on with ``đơn vị chủ trì thực hiện: …`` is the
    item's sentence, not a field of its own."""
    body = """\
          •    Giao Sở Tài chính bố trí kinh phí cho các xã, Sở Nông nghiệp và
               Môi trường là đơn vị chủ trì thực hiện: khảo sát, cắm mốc hành lang
               bảo vệ bờ sông trước ngày 30/9/2026.
"""
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER + body + CLOSING)]
    joined = [p for p in paras if p.startswith("• Giao Sở Tài chính")]
    assert joined and "là đơn vị chủ trì thực hiện: khảo sát, cắm mốc" in joined[0], paras
    assert not any(p.startswith("Môi trường là đơn vị") for p in paras), paras


DECISION = """\
        ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
         TỈNH HÒA BÌNH                         Độc lập - Tự do - Hạnh phúc

        Số: 88/QĐ-UBND                        Hòa Bình, ngày 12 tháng 5 năm 2026

                                 QUYẾT ĐỊNH
              Ban hành Kế hoạch bảo vệ rừng đầu nguồn năm 2026

                    ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
        Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;
                                QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch bảo vệ rừng đầu nguồn
        năm 2026.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        | Nơi nhận:
          •    Như Điều 2;
          •    Lưu: VT, NN. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Bình |
        KẾ HOẠCH
        BẢO VỆ RỪNG ĐẦU NGUỒN NĂM 2026
        Nhằm giữ diện tích rừng phòng hộ đầu nguồn, Ủy ban nhân dân tỉnh ban hành
        Kế hoạch bảo vệ rừng đầu nguồn năm 2026 như sau:
        I. NHIỆM VỤ
          1.  Tuần tra, kiểm soát rừng phòng hộ
          •    Chi cục Kiểm lâm chủ trì tổ chức tuần tra, kiểm soát các khu rừng
               phòng hộ đầu nguồn, xử lý nghiêm các hành vi khai thác trái phép.
          •    Thời gian thực hiện: năm 2026 và các năm tiếp theo.
          2.  Phòng cháy, chữa cháy rừng
          •    Công an tỉnh chủ trì xây dựng phương án phòng cháy, chữa cháy rừng
               mùa khô, hoàn thành trước ngày 31/10/2026.
"""


def test_a_plan_printed_after_the_decisions_closing_is_read_as_paragraphs_not_columns():
    paras = _paragraphs(DECISION)
    assert "KẾ HOẠCH" in paras, paras
    assert (
        "• Chi cục Kiểm lâm chủ trì tổ chức tuần tra, kiểm soát các khu rừng phòng hộ đầu nguồn, xử lý nghiêm "
        "các hành vi khai thác trái phép."
    ) in [" ".join(p.split()) for p in paras], paras
    assert "•" not in paras, paras  # no marker cut from its text as a column of its own


def test_the_tasks_of_a_plan_printed_after_the_decisions_closing_are_found():
    doc = parse(text=DECISION)
    patrol = _obligation(doc, "Chi cục Kiểm lâm")
    assert "tuần tra, kiểm soát các khu rừng" in patrol.task, patrol.task
    fire = _obligation(doc, "Công an tỉnh")
    assert fire.deadline is not None and fire.deadline.isoformat() == "2026-10-31"


def test_a_closing_without_an_attached_document_keeps_its_columns():
    """Counter-example: the recipients and the signer of a closing are still its two columns, and a title in
    mixed case under them (no type line in capitals) opens nothing."""
    doc = parse(text=HEADER + HANGING + CLOSING)
    assert doc.signer is not None and "Trần Văn Bình" in (doc.signer.name or ""), doc.signer


def test_a_year_after_a_range_cut_at_its_hyphen_goes_on_and_a_numbered_item_still_starts():
    """A line cut inside ``2026-`` / ``2031.`` goes on with the year, which is no list label; a numbered item
    after a line that ends otherwise starts a paragraph (counter-example)."""
    body = """\
        1. Rà soát các trạm bơm tiêu úng phục vụ sản xuất vụ đông xuân giai đoạn 2026-
        2031.
        2. Nạo vét kênh mương nội đồng trước mùa mưa lũ năm 2026.
"""
    paras = _paragraphs(HEADER + body + CLOSING)
    assert "1. Rà soát các trạm bơm tiêu úng phục vụ sản xuất vụ đông xuân giai đoạn 2026- 2031." in paras, paras
    assert "2. Nạo vét kênh mương nội đồng trước mùa mưa lũ năm 2026." in paras, paras


def test_a_two_column_header_left_of_the_margin_does_not_move_the_margin():
    """An attached document's own header (two columns, printed left of the body's text margin) is no line
    of the body's margin: the body's paragraphs (first line indented, wrapped lines at the margin) are
    still joined."""
    text = """\
            ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
             TỈNH HÒA BÌNH                    Độc lập - Tự do - Hạnh phúc
            Số: 12/QĐ-UBND               Hòa Bình, ngày 12 tháng 5 năm 2026
                                 QUYẾT ĐỊNH
                   Điều 1. Ban hành kèm theo Quyết định này Quy chế trực ban phòng chống
               thiên tai năm 2026.
            ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                   QUY CHẾ
                   Điều 1. Trạm Thủy văn tỉnh theo dõi mực nước các sông chính, cập nhật số
               liệu quan trắc hằng giờ trong mùa mưa lũ năm 2026.
                   Điều 2. Ban Chỉ huy phòng chống thiên tai các xã tổ chức trực ban
               thường xuyên, báo cáo kịp thời các sự cố đê điều.
"""
    paras = _paragraphs(text)
    assert (
        "Điều 1. Trạm Thủy văn tỉnh theo dõi mực nước các sông chính, cập nhật số liệu quan trắc hằng giờ "
        "trong mùa mưa lũ năm 2026."
    ) in paras, paras
    assert (
        "Điều 2. Ban Chỉ huy phòng chống thiên tai các xã tổ chức trực ban thường xuyên, báo cáo kịp thời các sự "
        "cố đê điều."
    ) in paras, paras


def test_a_short_line_ends_its_paragraph_when_the_next_word_would_have_fitted():
    """A heading printed on a line of its own with no stop (``12. Cảng vụ Hàng hải khu vực II``) ends there:
    the next line's first word would have fitted after it, so the writer broke the line.  Counter-examples:
    a line that ran to the margin goes on with a capital (a name), and a short line that ends with a comma
    or ``và`` goes on."""
    body = """\
        12. Cảng vụ Hàng hải khu vực II
        Chủ trì kiểm tra an toàn các bến thủy nội địa trên địa bàn tỉnh, bảo đảm an toàn
        Giao thông đường thủy trong mùa mưa bão; phối hợp với các cơ quan chức năng
        xử lý vi phạm trước ngày 30/9/2026.
        13. Cảng vụ Đường thủy nội địa, Chi cục Đăng kiểm và
        Ban An toàn giao thông tỉnh phối hợp kiểm tra định kỳ các phương tiện.
"""
    paras = _paragraphs(HEADER + body + CLOSING)
    assert "12. Cảng vụ Hàng hải khu vực II" in paras, paras
    assert (
        "Chủ trì kiểm tra an toàn các bến thủy nội địa trên địa bàn tỉnh, bảo đảm an toàn Giao thông đường thủy "
        "trong mùa mưa bão; phối hợp với các cơ quan chức năng xử lý vi phạm trước ngày 30/9/2026."
    ) in paras, paras
    assert (
        "13. Cảng vụ Đường thủy nội địa, Chi cục Đăng kiểm và Ban An toàn giao thông tỉnh phối hợp kiểm tra định "
        "kỳ các phương tiện."
    ) in paras, paras


def test_a_compound_cut_at_its_dash_goes_on_and_a_dash_item_after_a_short_line_still_starts():
    """A line that ran to the margin ending with a word, then a line opening with a dash and a word in lower case:
    the wrap cut a compound at its dash (``… các tổ chức chính trị`` / ``- xã hội, …``), one paragraph.
    Counter-example: after a short line, or a line ending with ``:``, a dash opens an item."""
    body = """\
        1. Ủy ban nhân dân các xã chủ trì, phối hợp với các tổ chức chính trị, đoàn thể, hội
        đồng khoa học và các tổ chức chuyên môn về kinh tế rà soát các dự án đầu tư kinh tế
        - kỹ thuật trên địa bàn, báo cáo kết quả trước ngày 30/9/2026.
        2. Kiểm tra hồ sơ các công trình gồm
        - việc lập dự toán các hạng mục công trình;
        - việc nghiệm thu khối lượng hoàn thành.
"""
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER + body + CLOSING)]
    assert (
        "1. Ủy ban nhân dân các xã chủ trì, phối hợp với các tổ chức chính trị, đoàn thể, hội đồng khoa học và các "
        "tổ chức chuyên môn về kinh tế rà soát các dự án đầu tư kinh tế - kỹ thuật trên địa bàn, báo cáo kết quả "
        "trước ngày 30/9/2026."
    ) in paras, paras
    assert "2. Kiểm tra hồ sơ các công trình gồm" in paras, paras
    assert "- việc lập dự toán các hạng mục công trình;" in paras, paras


def test_a_sentences_last_word_in_capitals_on_a_line_of_its_own_ends_that_sentence():
    """A sentence whose wrap left its last word, an abbreviation or a number in capitals, alone on the last line
    (``… về PCCC và`` / ``CNCH.``, ``… Nghị định số`` / ``105/2025/NĐ-CP.``): no heading in capitals, the end of
    that sentence.  Counter-example: a line in capitals without a stop opens a paragraph (a heading)."""
    body = """\
        1. Phòng Quản lý công nghiệp tổ chức tuyên truyền các quy định của pháp luật về PCCC và
        CNCH.
        2. Phòng Kỹ thuật an toàn kiểm tra các cơ sở theo quy định tại khoản 3 Điều 4 Nghị định số
        105/2025/NĐ-CP.
        KIỂM TRA AN TOÀN ĐIỆN
        Phòng Quản lý năng lượng kiểm tra an toàn điện tại các chợ, trung tâm thương mại.
"""
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER + body + CLOSING)]
    assert "1. Phòng Quản lý công nghiệp tổ chức tuyên truyền các quy định của pháp luật về PCCC và CNCH." in paras
    assert (
        "2. Phòng Kỹ thuật an toàn kiểm tra các cơ sở theo quy định tại khoản 3 Điều 4 Nghị định số 105/2025/NĐ-CP."
    ) in paras, paras
    assert "KIỂM TRA AN TOÀN ĐIỆN" in paras, paras


def test_items_whose_marks_a_scan_lost_are_paragraphs_by_their_sentences_not_by_their_indent():
    """OCR drops a list's bullets (a small dot read as nothing): the items' lines all stand at the text's indent,
    deeper than the numbered heading's margin.  A line at the same indent as the line above goes on its sentence;
    a sentence ended at a line's end, then a capital, opens the next item.  Counter-example: paragraphs printed
    with a first-line indent keep starting there, one line long or longer."""
    body = """\
        5. Các chủ đầu tư hạ tầng cụm công nghiệp
             Phối hợp chặt chẽ với Ban Quản lý các khu công nghiệp, Sở Khoa học
             và Công nghệ trong quá trình khảo sát, lắp đặt trạm phát sóng tại
             cụm công nghiệp do mình quản lý.
             Tạo điều kiện về mặt bằng cho việc lắp đặt thiết bị viễn thông.
             Định kỳ báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước
             ngày 15/12 hằng năm.
        6. Các doanh nghiệp viễn thông
             Xây dựng lộ trình phát triển trạm phát sóng thế hệ mới trên địa bàn.
             Bảo đảm an toàn thông tin mạng lưới theo quy định của pháp luật, bảo
        đảm chất lượng dịch vụ cho người dùng trên toàn tỉnh.
"""
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER + body + CLOSING)]
    assert (
        "Phối hợp chặt chẽ với Ban Quản lý các khu công nghiệp, Sở Khoa học và Công nghệ trong quá trình khảo sát, "
        "lắp đặt trạm phát sóng tại cụm công nghiệp do mình quản lý."
    ) in paras, paras
    assert "Tạo điều kiện về mặt bằng cho việc lắp đặt thiết bị viễn thông." in paras, paras
    assert "Định kỳ báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 15/12 hằng năm." in paras, paras
    assert "Xây dựng lộ trình phát triển trạm phát sóng thế hệ mới trên địa bàn." in paras, paras
    assert (
        "Bảo đảm an toàn thông tin mạng lưới theo quy định của pháp luật, bảo đảm chất lượng dịch vụ cho người dùng "
        "trên toàn tỉnh."
    ) in paras, paras


def test_a_long_article_heading_at_its_paragraphs_indent_stays_apart():
    """Counter-example to the scan's lost marks: an article's heading that ran near the margin without a stop, over
    a paragraph printed at the same first-line indent that opens with a capital, is a heading of its own."""
    body = """\
        Điều 6. Nhiệm vụ, quyền hạn của Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn xã
        Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn xã gồm Trưởng ban và các Phó Trưởng
    ban, có nhiệm vụ chỉ đạo công tác phòng chống thiên tai trên địa bàn.
"""
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER + body + CLOSING)]
    assert "Điều 6. Nhiệm vụ, quyền hạn của Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn xã" in paras, paras


def test_a_year_the_wrap_put_at_a_lines_start_is_no_list_number():
    """``… trên địa bàn tỉnh năm`` / ``2026. Phát hiện, nêu gương …``: a number of four digits is a year, never a
    list's number; the line goes on its paragraph.  Counter-example: ``2. Phát hiện …`` opens an item."""
    body = """\
        1. Báo và Phát thanh, Truyền hình tỉnh tăng cường công tác tuyên truyền phong trào thi đua năm
        2026. Phát hiện, nêu gương các tập thể, cá nhân điển hình tiên tiến trong phong trào.
        2. Phát hiện, nêu gương các điển hình tiên tiến trong phong trào thi đua năm 2026.
"""
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER + body + CLOSING)]
    assert (
        "1. Báo và Phát thanh, Truyền hình tỉnh tăng cường công tác tuyên truyền phong trào thi đua năm 2026. Phát "
        "hiện, nêu gương các tập thể, cá nhân điển hình tiên tiến trong phong trào."
    ) in paras, paras
    assert "2. Phát hiện, nêu gương các điển hình tiên tiến trong phong trào thi đua năm 2026." in paras, paras


def test_a_bold_heading_broken_over_two_lines_stays_one():
    """Counter-example: a bold heading whose words a writer broke short (``… Hội Liên hiệp`` / ``Phụ nữ …``)
    goes on into the bold line under it, which is no text of its own."""
    text = (
        HEADER
        + "        3. Đề nghị Ủy ban nhân dân các huyện, Hội Liên hiệp\n        Phụ nữ tỉnh và các đoàn thể\n"
        + CLOSING
    )
    lines = text.split("\n")
    at = lines.index("        3. Đề nghị Ủy ban nhân dân các huyện, Hội Liên hiệp")
    mapped, _ = read_layout(text, bold_lines={at, at + 1})
    assert "3. Đề nghị Ủy ban nhân dân các huyện, Hội Liên hiệp Phụ nữ tỉnh và các đoàn thể" in mapped.text.split("\n")
    plain, _ = read_layout(text)
    # not bold, the line is not short enough to have ended a paragraph (``DEFAULT_FIT_SLACK``): the name cut goes on
    assert "3. Đề nghị Ủy ban nhân dân các huyện, Hội Liên hiệp Phụ nữ tỉnh và các đoàn thể" in plain.text.split("\n")


def test_a_bold_heading_that_fills_its_line_ends_before_the_plain_text_under_it():
    """``15. Liên đoàn Lao động, Hội Nông dân, Liên minh Hợp tác xã`` (bold, to the right margin) / ``Xây dựng kế
    hoạch …`` (realdocs 118 printed to PDF): a line wholly in bold ends its paragraph when the line under it, in a
    plain face, opens with a capital; the heading is no sentence the text goes on."""
    text = (
        HEADER
        + "        15. Hội Cựu chiến binh, Hội Nông dân, Liên minh Hợp tác xã và Hội Chữ thập đỏ\n"
        + "Xây dựng kế hoạch hành động, chỉ đạo hệ thống tổ chức thành viên tham gia phát triển và\n"
        + "ứng dụng công nghệ số, phục vụ hiệu quả kinh tế số và xã hội số trên địa bàn tỉnh.\n"
        + CLOSING
    )
    lines = text.split("\n")
    at = lines.index("        15. Hội Cựu chiến binh, Hội Nông dân, Liên minh Hợp tác xã và Hội Chữ thập đỏ")
    mapped, _ = read_layout(text, bold_lines={at})
    assert "15. Hội Cựu chiến binh, Hội Nông dân, Liên minh Hợp tác xã và Hội Chữ thập đỏ" in mapped.text.split("\n")
    # counter-example: a plain line that fills the margin goes on into the line under it
    plain, _ = read_layout(text)
    assert "15. Hội Cựu chiến binh, Hội Nông dân, Liên minh Hợp tác xã và Hội Chữ thập đỏ" not in plain.text.split("\n")


def test_a_name_cut_by_a_first_lines_break_goes_on():
    """Counter-example: a paragraph's indented first line broken inside a name (``… của Sở`` / ``Giao
    thông vận tải …``), shorter than the lines under it, goes on."""
    body = """\
              Thực hiện Văn bản số 118/SGTVT-KCHT ngày 10/4/2026 của Sở
        Giao thông vận tải về việc bảo trì các tuyến đường tỉnh, Ủy ban nhân dân tỉnh
        yêu cầu các cơ quan, đơn vị triển khai thực hiện các nội dung sau đây.
"""
    paras = _paragraphs(HEADER + body + CLOSING)
    assert any(p.startswith("Thực hiện Văn bản số 118/SGTVT-KCHT ngày 10/4/2026 của Sở Giao thông") for p in paras), (
        paras
    )


#: A web copy's marks left around its items' labels (``*a) *``) and printed so: each item a paragraph of its own.
MARKED_LABELS = """\
        II. TỔ CHỨC THỰC HIỆN
        1. Trung tâm Khuyến nông tỉnh
        *a) *Tổ chức tập huấn kỹ thuật canh tác lúa chịu mặn cho nông dân các xã
        ven biển trong vụ Đông Xuân.
        *b) *Xây dựng mô hình trình diễn giống lúa mới tại hai xã ven biển.
        *c)* Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.
"""


def test_a_label_inside_emphasis_marks_opens_a_paragraph_and_an_item():
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER + MARKED_LABELS + CLOSING)]
    assert any(p.startswith("*b) *Xây dựng mô hình") for p in paras), paras
    doc = parse(text=HEADER + MARKED_LABELS + CLOSING)
    tasks = [
        o.task for o in doc.obligations if o.assignee is not None and o.assignee.raw == "Trung tâm Khuyến nông tỉnh"
    ]
    assert tasks == [
        "Tổ chức tập huấn kỹ thuật canh tác lúa chịu mặn cho nông dân các xã ven biển trong vụ Đông Xuân.",
        "Xây dựng mô hình trình diễn giống lúa mới tại hai xã ven biển.",
        "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.",
    ], [(o.assignee.raw if o.assignee else None, o.task) for o in doc.obligations]


#: A citation the line wrap cut before ``Điều``: the wrapped line goes on with the article cited, it opens none.
CITATION_CUT = """\
        II. NHIỆM VỤ
        1.  Xây dựng văn bản quy định chi tiết
          •    Nghị định quy định chi tiết một số điều của Luật Trồng trọt
          •    Nội dung: quy định chi tiết khoản 2, khoản 3 Điều 4; khoản 5
               Điều 9; điểm b khoản 4 Điều 31; khoản 3 Điều 33; khoản 4
               Điều 38 Luật Trồng trọt.
          •    Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
          •    Thời hạn ban hành: trước ngày 01 tháng 01 năm 2027.
"""


def test_a_line_the_wrap_opened_with_a_cited_article_goes_on_its_paragraph():
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER + CITATION_CUT + CLOSING)]
    assert (
        "• Nội dung: quy định chi tiết khoản 2, khoản 3 Điều 4; khoản 5 Điều 9; điểm b khoản 4 Điều 31; khoản 3 "
        "Điều 33; khoản 4 Điều 38 Luật Trồng trọt."
    ) in paras, paras
    doc = parse(text=HEADER + CITATION_CUT + CLOSING)
    lead = _obligation(doc, "Sở Nông nghiệp và Môi trường")
    assert not lead.task.startswith("Điều") and "Luật Trồng trọt" in lead.task, lead.task


def test_an_articles_heading_after_a_citation_cut_at_a_lines_end_still_opens_its_paragraph():
    """Counter-example: ``Điều 3. Chánh Văn phòng …`` (a number, a stop, a capital) is a heading, whatever the
    line before ends with."""
    body = """\
        Điều 2. Giao Sở Tư pháp hướng dẫn thực hiện các nội dung quy định tại khoản 2
        Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm
        thi hành Quyết định này.
"""
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER + body + CLOSING)]
    assert any(p.startswith("Điều 3. Chánh Văn phòng") for p in paras), paras


#: A Word list printed to PDF whose tab stop lies past the hanging indent: the wrapped lines start a little left of
#: the first line's text (between the marker and the text), and the fields under the item are items of their own.
TAB_PAST_HANG = """\
        II. NHIỆM VỤ
        1.  Xây dựng văn bản quy định chi tiết
            •    Nghị định quy định chi tiết một số điều của Luật Trồng trọt
            •    Nội dung: quy định chi tiết các điều về giống cây trồng, phân bón và
               kiểm dịch thực vật được Luật giao cho Chính phủ quy định, bảo đảm
               thống nhất với các luật có liên quan.
            •    Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
"""


def test_a_hanging_items_lines_wrapped_left_of_its_text_are_its_own():
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER + TAB_PAST_HANG + CLOSING)]
    assert (
        "• Nội dung: quy định chi tiết các điều về giống cây trồng, phân bón và kiểm dịch thực vật được Luật giao "
        "cho Chính phủ quy định, bảo đảm thống nhất với các luật có liên quan."
    ) in paras, paras
    assert "• Cơ quan chủ trì: Sở Nông nghiệp và Môi trường." in paras, paras


#: A page's header and preamble wrapped again at 70 columns (its own lines no longer than that).
HEADER_70 = """\
   ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   TỈNH PHÚ THỌ                   Độc lập - Tự do - Hạnh phúc

   Số: 57/KH-UBND              Phú Thọ, ngày 3 tháng 4 năm 2026

                            KẾ HOẠCH
            Di dời cơ sở sản xuất ra khỏi khu dân cư năm 2026

      Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về phát triển
công nghiệp,
Ủy ban nhân dân tỉnh ban hành Kế hoạch di dời cơ sở sản xuất như
sau:
"""


def test_the_short_tail_of_a_layout_line_wrapped_again_goes_on_into_a_capitalised_line():
    """A page's text (indented first lines, wrapped lines at the margin) wrapped once more, narrower (a copy
    hard-wrapped at 70 columns), leaves each long line's last words alone on a short line (``… Ban Quản lý`` /
    ``khu`` / ``Công nghệ cao và …``), most of them going on in lower case: in such a text (``wrapped_twice``) the
    tail of a line that ran to the margin, in a sentence not ended, goes on into the next line even when it opens
    with a capital. A short line after a line short of the margin, or one that ends a sentence, still ends its
    paragraph; and in a text wrapped once a short line after a full one ends a heading (``…, Tỉnh đoàn`` /
    ``Chỉ đạo …``)."""
    body = (
        "       3. Hoàn thiện mặt bằng sạch để thu hút các nhà đầu tư thứ cấp vào\n"
        "các\n"
        "cụm công nghiệp trên địa bàn, bảo đảm tiến độ giải phóng mặt bằng theo\n"
        "kế hoạch\n"
        "được giao. Các chủ đầu tư hạ tầng kỹ thuật cụm công nghiệp san tạo mặt\n"
        "bằng,\n"
        "tạo mặt bằng sạch, thu hút, mời gọi các nhà đầu tư thứ cấp đăng ký vào\n"
        "cụm công\n"
        "nghiệp để đạt mục tiêu tỷ lệ lấp đầy của từng cụm công nghiệp.\n"
        "       4. Di dời các cơ sở sản xuất ra khỏi khu dân cư.\n"
        "      UBND xã Phú Thịnh chủ trì, phối hợp với Sở Xây dựng, Ban Quản lý\n"
        "khu\n"
        "Công nghệ cao và các đơn vị liên quan thực hiện công tác bồi thường,\n"
        "giải phóng\n"
        "mặt bằng, hoàn thành trong quý IV năm 2026.\n"
    )
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER_70 + body + CLOSING)]
    assert (
        "UBND xã Phú Thịnh chủ trì, phối hợp với Sở Xây dựng, Ban Quản lý khu Công nghệ cao và các đơn vị liên quan "
        "thực hiện công tác bồi thường, giải phóng mặt bằng, hoàn thành trong quý IV năm 2026."
    ) in paras, paras
    # counter-example: the same short line after a full one, in a text wrapped once, ends its heading
    once = (
        "      g) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nông dân tỉnh,\n"
        "Tỉnh đoàn\n"
        "Chỉ đạo thực hiện có hiệu quả các chương trình phối hợp đã ký kết.\n"
    )
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER_70 + once + CLOSING)]
    assert "Chỉ đạo thực hiện có hiệu quả các chương trình phối hợp đã ký kết." in paras, paras
    # counter-examples: a tail that ends a sentence; a short line under a line short of the margin (no tail)
    ended = (
        "      Ban Quản lý các dự án đầu tư xây dựng tỉnh chủ trì lập hồ sơ,\n"
        "thiết kế.\n"
        "Trung tâm Phát triển quỹ đất phối hợp thực hiện.\n"
        "      Ban Quản lý dự án chủ trì lập hồ sơ\n"
        "thiết kế\n"
        "Trung tâm Phát triển quỹ đất tỉnh bàn giao mặt bằng.\n"
    )
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER_70 + ended + CLOSING)]
    assert "Ban Quản lý các dự án đầu tư xây dựng tỉnh chủ trì lập hồ sơ, thiết kế." in paras, paras
    assert "Ban Quản lý dự án chủ trì lập hồ sơ thiết kế" in paras, paras
    assert "Trung tâm Phát triển quỹ đất phối hợp thực hiện." in paras, paras


def test_the_wrapped_lines_under_a_numbered_items_text_are_its_own_after_one_space():
    """A Word list printed to PDF whose number and text stand one space apart (``14. Sở Tài chính …`` / ``    nước
    để …``, the text's tab stop at the number's width): the lines under the item's text are its wrapped lines, not
    paragraphs of their own (the item's subject on its second line was lost: ``15. Trong quá trình …, nếu có khó
    khăn,`` / ``    vướng mắc, các sở …``).  Counter-example: a line indented deeper than the item's text, after a
    short item, opens a paragraph."""
    body = (
        "14. Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ngân sách nhà\n"
        "    nước để thực hiện Kế hoạch này theo quy định của pháp luật.\n"
        "15. Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn,\n"
        "    vướng mắc, các sở, ban, ngành, Ủy ban nhân dân các xã, phường kịp\n"
        "    thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo theo quy định.\n"
        "16. Sở Nội vụ theo dõi.\n"
        "        Định kỳ hằng năm các sở, ngành báo cáo kết quả thực hiện Kế hoạch.\n"
    )
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER_70 + body + CLOSING)]
    assert (
        "14. Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ngân sách nhà nước để thực hiện Kế hoạch này "
        "theo quy định của pháp luật."
    ) in paras, paras
    assert (
        "15. Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, các sở, ban, ngành, Ủy ban "
        "nhân dân các xã, phường kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo theo quy định."
    ) in paras, paras
    assert "16. Sở Nội vụ theo dõi." in paras, paras


@pytest.mark.parametrize(
    "body,paragraph_end",
    [
        # a cited article after ``tại`` (``… có tên t ại`` / ``Điều 1 chịu …``)
        (
            (
                "      Điều 3. Ban Thường trực Ủy ban MTTQ xã, các bộ phận chuyên môn\n"
                "thuộc Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã và các ông (bà) có tên t ại\n"
                "Điều 1 chịu trách nhiệm thi hành Quyết định này\n"
                "      Quyết định này có hiệu lực kể từ ngày ký./.\n"
            ),
            "có tên t ại Điều 1 chịu trách nhiệm thi hành Quyết định này",
        ),
        # a capital after a joining word, short as the line is (``… phối hợp v ới`` / ``Công an tỉnh …``)
        (
            (
                "      1. Tổ chức kiểm tra liên ngành an toàn thực phẩm tại các chợ đầu mối trên địa bàn tỉnh\n"
                "trong dịp Tết Nguyên đán năm 2026, Sở Y tế phối hợp v ới\n"
                "Công an tỉnh và Ủy ban nhân dân các xã thực hiện.\n"
            ),
            "phối hợp v ới Công an tỉnh và Ủy ban nhân dân các xã thực hiện.",
        ),
    ],
)
def test_a_line_ending_with_a_word_the_text_layer_cut_in_two_is_read_by_that_word(body: str, paragraph_end: str):
    """The text layer cut a line's last word after its initial (its letter spacing: ``t ại``, ``v ới``); the line's
    end is read as the word it is, so the line goes on into the next as it would with the word whole."""
    paras = [" ".join(p.split()) for p in _paragraphs(HEADER + body + CLOSING)]
    assert any(p.endswith(paragraph_end) for p in paras), paras
