from __future__ import annotations

import codecs
import datetime as dt

import pytest

from vbparse import parse
from vbparse.read import ReadError, read_path

HEADER = "ỦY BAN NHÂN DÂN\nTHỊ TRẤN HÀ TRUNG\nSố: 42/KH-UBND\nThị trấn Hà Trung, ngày 10 tháng 3 năm 2023\nKẾ HOẠCH\nVề việc thử\n"


@pytest.mark.parametrize(
    "encoding,bom",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
    ],
)
def test_utf8_and_utf16_with_or_without_bom(tmp_path, encoding, bom):
    p = tmp_path / "doc.txt"
    p.write_bytes(bom + HEADER.encode(encoding))
    doc = parse(p)
    assert doc.number.value == "42/KH-UBND"
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN THỊ TRẤN HÀ TRUNG"
    assert str(doc.issued_date) == "2023-03-10"


def test_undecodable_file_names_the_file_and_reason(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes(b"\x81\x8d\x90\x9d\xff\xfe\xfd binary-looking bytes \xc3\x28")
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert str(p) in str(e.value) and "not valid UTF-8" in e.value.reason and "TCVN3" in e.value.reason


def test_markdown_hints_bold_prefix_and_heading_level():
    r = read_path  # noqa: F841
    from vbparse.read import read_text_string

    res = read_text_string("## **I. MỤC ĐÍCH**\n**1. Mục đích:** Huy động sức mạnh\n")
    assert res.mapped.text.split("\n")[:2] == ["I. MỤC ĐÍCH", "1. Mục đích: Huy động sức mạnh"]
    assert res.blocks[0].heading_level == 2 and res.blocks[0].bold
    assert res.blocks[1].bold_prefix == len("1. Mục đích:")


@pytest.mark.parametrize("before", ["\f", "   ", "\t"])
def test_a_bold_lead_in_after_a_page_break_or_indent_is_cut_where_the_bold_ends(before):
    """``\\f**1. Sở Nội vụ **(Cơ quan …):`` (pdftotext's page break before a line, or an indent): the heading is
    the bold run, not one character past it per character before the label (``Sở Nội vụ (`` over ``Cơ quan …``
    made ``Cơ quan`` the subject of every item)."""
    doc = parse(
        HEADER + "II. TỔ CHỨC THỰC HIỆN\n"
        f"{before}**1. Sở Tư pháp **(Cơ quan thường trực Hội đồng phối hợp phổ biến pháp luật):\n"
        "- Chủ trì, phối hợp với các sở, ngành tổ chức Ngày Pháp luật.\n"
    )
    assert [(o.assignee.raw, o.role) for o in doc.obligations][:1] == [("Sở Tư pháp", "lead")]


def test_layout_text_splits_header_columns():

    text = (
        "   ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "     TỈNH LÀO CAI                        Độc lập - Tự do - Hạnh phúc\n\n"
        "   Số: 134 /KH-UBND               Lào Cai, ngày 26 tháng 3 năm 2026\n\n"
        "                          KẾ HOẠCH\n"
        "   Phát triển khu công nghiệp năm 2026\n\n"
        "      Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28 tháng 5 năm 2022 của Chính\n"
        "phủ về quản lý khu công nghiệp.\n"
    )
    doc = parse(text)
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    assert doc.place == "Lào Cai" and str(doc.issued_date) == "2026-03-26"
    (ref,) = doc.references
    assert ref.issuer == "Chính phủ" and ref.relation == "basis"


_WEB_HEADER = (
    "|\n**ỦY BAN NHÂN\nDÂN **\n{province}\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: {number}\n|\n*{place}, ngày 12\ntháng 11 năm 2025*\n|\n\n"
    "**KẾ HOẠCH**\n\n**Thử nghiệm một việc**\n\n*Căn cứ Luật Tổ chức chính quyền địa phương;*\n"
)


@pytest.mark.parametrize(
    "province,number,place,issuer",
    [
        # a bold run that opens on one line of the issuer's cell and closes on the next, with a space before it
        ("TỈNH KHÁNH HÒA", "15/KH-UBND", "Khánh Hòa", "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"),
        # the second line of the cell bold on its own
        ("**THÀNH PHỐ HẢI PHÒNG**", "7/KH-UBND", "Hải Phòng", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"),
    ],
)
def test_markdown_emphasis_of_a_web_header_cell_never_reaches_the_issuer(province, number, place, issuer):
    doc = parse(text=_WEB_HEADER.format(province=province, number=number, place=place))
    assert doc.issuer.name == issuer
    assert doc.number.value == number


def test_a_lone_asterisk_in_a_header_cell_is_kept_as_text():
    """Only paired or edge markers are Markdown: a footnote mark inside a cell's words is not dropped."""
    from vbparse.read import read_text_string

    text = _WEB_HEADER.format(province="TỈNH KHÁNH HÒA", number="15/KH-UBND", place="Khánh Hòa").replace(
        "Độc lập - Tự do", "Độc lập * - Tự do"
    )
    assert "Độc lập * - Tự do" in read_text_string(text).mapped.text


@pytest.mark.parametrize(
    "date_cell",
    [
        # an italic run over two lines with a bold day inside it
        "*Hà Nội, ngày **24** tháng 11 năm\n2025*",
        # the bold closing after the month, the year left italic
        "*Hà Nội, ngày **24** tháng** 11** năm 2025*",
    ],
)
def test_emphasis_inside_a_date_spanning_lines_is_dropped_and_the_day_read(date_cell):
    text = _WEB_HEADER.format(province="TỈNH KHÁNH HÒA", number="15/KH-UBND", place="Khánh Hòa").replace(
        "*Khánh Hòa, ngày 12\ntháng 11 năm 2025*", date_cell
    )
    doc = parse(text=text)
    assert doc.place == "Hà Nội"
    assert str(doc.issued_date) == "2025-11-24"


def test_cell_per_line_rows_of_unequal_length_are_not_read_as_one_long_period():
    """A web copy's table one cell per line whose rows differ in length (cells merged down from above): two
    stretches that happen to fit one long period are still rows parted at their gaps; a header with an empty
    cell over three rows or more keeps its period."""
    from vbparse.read.cell_lines import cell_tables

    def table(*rows: tuple[str, ...]) -> list[str]:
        return "".join("|\n" + "\n|\n".join(row) + "\n|\n" for row in rows).split("\n")

    lines = table(("STT", "Việc", "Chủ trì", "Hạn"), ("1", "Sơn lại lớp học", "Trường A", "Tháng 8"), ("Lát sân", "Trường B"),
                  ("Sửa mái", "Trường C", "Tháng 9"), ("Trường D", "Tháng 10"))  # fmt: skip
    (found,) = cell_tables(lines)
    assert [len(r) for r in found.rows] == [4, 4, 2, 3, 2]
    with_empty = "|\nTT\n|\nViệc\n|\n|\nHạn\n|\n" + "".join(
        f"|\n{i}\nViệc {i}\n|\nx\n|\ny\n|\nz\n|\n" for i in range(3)
    )
    lines = with_empty.split("\n")
    (found,) = cell_tables(lines)
    assert [len(r) for r in found.rows] == [4, 4, 4, 4]


def test_an_empty_cell_of_a_numbered_row_is_no_row_gap_but_short_rows_stay_apart():
    """A table one cell per line under a ``STT`` header whose group rows (``I`` | a title) break the period: a row
    opening with its number and followed by a gap after as many cells as the header keeps its empty cell in
    place; two short rows merged down from above (no number) stay two rows even where they span the header's
    width, and a numbered row cut short by a gap keeps its own length."""
    from vbparse.read.cell_lines import cell_tables

    def table(*rows: tuple[str, ...]) -> list[str]:
        # an empty cell is two ``|`` lines with nothing between them, as a web copy writes it
        return [ln for row in rows for ln in ["|", *(x for cell in row for x in ([cell, "|"] if cell else ["|"]))]]

    lines = table(("STT", "Việc", "Chủ trì", "Phối hợp", "Hạn"), ("I", "Trường học"),
                  ("1", "Sơn lại lớp học", "Trường A", "", "Tháng 8"), ("2", "Lát sân", "Trường B", "Xã C", "Tháng 9"))  # fmt: skip
    (found,) = cell_tables(lines)
    assert [len(r) for r in found.rows] == [5, 2, 5, 5]
    assert found.rows[2][3] == []
    lines = table(("STT", "Việc", "Chủ trì", "Phối hợp", "Hạn"), ("I", "Trường học"),
                  ("1", "Sơn lại lớp học", "Trường A", "Xã B", "Tháng 8"), ("Lát sân", "Tháng 9"), ("Sửa mái", "Tháng 10"),
                  ("2", "Quét vôi", "Trường C"))  # fmt: skip
    (found,) = cell_tables(lines)
    assert [len(r) for r in found.rows] == [5, 2, 5, 2, 2, 3]


# --- Markdown as pandoc writes it: escaped list markers, raw HTML tables --------------------------


def _lines(text: str) -> list[str]:
    from vbparse.read import read_text_string

    return read_text_string(text).mapped.text.split("\n")


def test_pandoc_escaped_list_markers_are_read_as_markers():
    text = (
        "Để bảo vệ nguồn nước, yêu cầu các đơn vị thực hiện:\n\n"
        "1\\. Rà soát các điểm xả thải:\n\n"
        "a\\) Sở Nông nghiệp và Môi trường kiểm tra định kỳ.\n\n"
        "\\- Các xã báo cáo kết quả trước ngày 30/6.\n\n"
        "\\* Trạm quan trắc gửi số liệu hằng tháng.\n\n"
        "\\(2\\) Chỉ số chất lượng nước đạt trên 80%.\n"
    )
    lines = _lines(text)
    assert "1. Rà soát các điểm xả thải:" in lines
    assert "a) Sở Nông nghiệp và Môi trường kiểm tra định kỳ." in lines
    assert "- Các xã báo cáo kết quả trước ngày 30/6." in lines
    assert "* Trạm quan trắc gửi số liệu hằng tháng." in lines
    assert "(2) Chỉ số chất lượng nước đạt trên 80%." in lines


def test_pandoc_escaped_asterisks_are_literal_not_emphasis():
    lines = _lines("**Kế hoạch** chung\n\nb\\) Ghi chú \\*(bắt buộc) \\*cho mỗi hồ sơ.\n")
    assert "b) Ghi chú *(bắt buộc) *cho mỗi hồ sơ." in lines


def test_markdown_blockquote_marks_are_markup_and_a_quoted_signature_closes_the_articles():
    """pandoc sets a signature block Word indents (``> **CHỦ TỊCH**`` / ``>`` / ``> **Trần Văn Bình**``) as a
    quotation: its marks are Markdown, a ``>`` line alone a blank one; the last article's task is not the
    signer's title."""
    text = (
        HEADER + "\n**Điều 1.** Giao Sở Y tế tổ chức tiêm chủng cho trẻ em dưới 5 tuổi.\n\n"
        "**Điều 2.** Sở Tài chính bố trí kinh phí thực hiện.\n\n"
        "> **CHỦ TỊCH**\n>\n> **Trần Văn Bình**\n"
    )
    lines = [" ".join(ln.split()) for ln in _lines(text)]
    assert "CHỦ TỊCH" in lines and "Trần Văn Bình" in lines, lines
    assert not any(">" in ln for ln in lines), lines
    doc = parse(text)
    tasks = {(o.assignee.raw, o.task) for o in doc.obligations}
    assert ("Sở Tài chính", "bố trí kinh phí thực hiện.") in tasks, tasks
    assert not any("CHỦ TỊCH" in task or "Trần" in task for _name, task in tasks), tasks


def test_html_comments_between_lists_are_read_as_blank_lines():
    """pandoc writes ``<!-- -->`` between two lists it must keep apart, and scrapers leave comments of the page
    (one line or several): a reader sees nothing there, and neither does the text."""
    text = (
        "**Kế hoạch** chung\n\n"
        "-   Nội dung:\n\n"
        "<!-- -->\n\n"
        "-   Rà soát hồ sơ địa chính các thửa đất.\n\n"
        "<!-- phần sau lấy từ\n    trang gốc -->\n"
        "-   Cơ quan thực hiện: Sở Nông nghiệp và Môi trường chủ trì.\n"
    )
    lines = _lines(text)
    assert not any("<!--" in ln or "-->" in ln or "trang gốc" in ln for ln in lines)
    assert "- Rà soát hồ sơ địa chính các thửa đất." in [" ".join(ln.split()) for ln in lines]


def test_an_html_comment_between_a_content_label_and_its_items_leaves_the_items_the_tasks():
    doc = parse(
        HEADER + "II. TỔ CHỨC THỰC HIỆN\n\n1\\. Hoạt động 1\n\n-   Nội dung:\n\n<!-- -->\n\n"
        "-   Tổng kết mô hình hỗ trợ người cao tuổi tại các xã.\n\n"
        "-   Tập huấn kỹ năng chăm sóc người cao tuổi.\n\n<!-- -->\n\n"
        "-   Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với các đơn vị có liên quan.\n"
    )
    tasks = sorted((o.assignee.raw, o.role, o.task[:20]) for o in doc.obligations)
    assert tasks == [
        ("Sở Y tế", "lead", "Tập huấn kỹ năng chă"),
        ("Sở Y tế", "lead", "Tổng kết mô hình hỗ "),
        ("các đơn vị có liên quan", "support", "Tập huấn kỹ năng chă"),
        ("các đơn vị có liên quan", "support", "Tổng kết mô hình hỗ "),
    ]


def test_a_paragraph_cut_by_a_blank_line_inside_its_sentence_is_one_paragraph():
    """A converter that puts a paragraph's first line apart (pdftohtml, then pandoc) leaves a blank line inside a
    sentence: after a comma, or before a line that goes on in lower case, the paragraph goes on."""
    text = (
        "**Quyết định** chung\n\n"
        "- Giao UBND các xã: Tân Lập, Hòa Bình, \n\n"
        "Đồng Tâm, Quyết Thắng và Nghĩa Trung: quản lý hành lang tuyến. \n\n"
        "- Giao Sở Xây dựng: cập nhật quy mô của tuyến đường \n\n"
        "trong hồ sơ quy hoạch giao thông. \n"
    )
    lines = [" ".join(ln.split()) for ln in _lines(text)]
    assert (
        "- Giao UBND các xã: Tân Lập, Hòa Bình, Đồng Tâm, Quyết Thắng và Nghĩa Trung: quản lý hành lang tuyến." in lines
    )
    assert "- Giao Sở Xây dựng: cập nhật quy mô của tuyến đường trong hồ sơ quy hoạch giao thông." in lines


def test_a_paragraph_cut_by_a_blank_line_inside_its_brackets_goes_on_with_a_capital():
    """``… (sau đây gọi tắt là Ban`` / blank / ``Chỉ đạo) gồm các thành viên sau:``: a bracket left open is a
    sentence not ended, whatever the next line opens with; a label's own bracket (``b)``) opens nothing."""
    text = (
        "**Quyết định** chung\n\n"
        "**Điều 1.** Thành lập Tổ công tác liên ngành về an toàn thực phẩm (sau đây gọi tắt là Tổ\n\n"
        "Công tác) gồm các thành viên sau:\n\n"
        "1. Phó Chủ tịch UBND tỉnh Trần Văn Bình, Tổ trưởng.\n\n"
        "b) Ủy ban Mặt trận Tổ quốc Việt Nam\n\n"
        "Phối hợp tuyên truyền trong nhân dân.\n\n"
        "- Hội Nông dân (chủ trì)\n\n"
        "Vận động hội viên tham gia.\n"
    )
    lines = [" ".join(ln.split()) for ln in _lines(text)]
    assert (
        "Điều 1. Thành lập Tổ công tác liên ngành về an toàn thực phẩm (sau đây gọi tắt là Tổ Công tác) gồm các "
        "thành viên sau:" in lines
    )
    assert "b) Ủy ban Mặt trận Tổ quốc Việt Nam" in lines and "Phối hợp tuyên truyền trong nhân dân." in lines
    assert "- Hội Nông dân (chủ trì)" in lines and "Vận động hội viên tham gia." in lines


def test_paragraphs_a_blank_line_parts_after_a_sentence_a_citation_or_before_an_item_stay_apart():
    text = (
        "**Quyết định** chung\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015,\n\n"
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020,\n\n"
        "Theo đề nghị của Giám đốc Sở Nội vụ,\n\n"
        "- Các xã báo cáo kết quả.\n\n"
        "tổng hợp chung toàn tỉnh.\n\n"
        "1\\. Hoàn thiện cơ chế phát triển giáo dục mầm non\n\n"
        "a\\) rà soát văn bản của cấp trên.\n"
    )
    lines = [" ".join(ln.split()) for ln in _lines(text)]
    assert "1. Hoàn thiện cơ chế phát triển giáo dục mầm non" in lines  # pandoc's escaped ``a\\)`` is a label
    assert "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015," in lines
    assert "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020," in lines
    assert "Theo đề nghị của Giám đốc Sở Nội vụ," in lines
    assert "- Các xã báo cáo kết quả." in lines


def test_a_page_number_alone_between_a_texts_paragraphs_is_page_furniture_not_an_items_words():
    """A PDF's text pasted or exported without its page breaks keeps each page's number alone on a line after a
    blank one (``… Nguyễn Đức Thái;`` / blank / ``2`` / ``- Phó Chủ tịch …``): it stays in the text, but no item
    takes it in."""
    from vbparse.read import read_text_string

    text = (
        HEADER + "I. THÀNH PHẦN\n1. Các thành viên Ban Chỉ đạo gồm:\n- Phó Giám đốc Sở Y tế Trần Văn An;\n\n\n2\n"
        "- Phó Giám đốc Sở Tài chính Lê Thị Hoa.\n2. Ban Chỉ đạo có nhiệm vụ sau:\n- Kiểm tra việc thực hiện.\n"
    )
    res = read_text_string(text)
    lines = res.mapped.text.split("\n")
    at = lines.index("2")
    assert res.blocks[at].footnote
    doc = parse(text)
    texts = [s.text or "" for s in _sections(doc.sections)]
    assert any("Trần Văn An;" in t for t in texts) and not any(t.rstrip().endswith("; 2") for t in texts), texts


def test_a_signature_stamp_beside_a_page_number_is_page_furniture_not_a_list_item():
    """The text of a signed PDF keeps the stamp its signer printed at a page's edge next to the page's number
    (``Cơ quan phát hành: VĂN PHÒNG UBND TỈNH`` / ``2``): furniture, so a roster it falls into stays a roster;
    the same words inside a paragraph, or with no page number beside them, stay text."""
    from vbparse.read import read_text_string

    roster = (
        "I. THÀNH PHẦN\n\nĐiều 1. Thành lập Tổ công tác gồm các thành viên sau:\n\n"
        "1. Phó Chủ tịch UBND tỉnh Trần Văn Bình, Tổ trưởng.\n\n2. Các thành viên Tổ công tác:\n\n"
        "- Phó Giám đốc Sở Y tế Lê Văn An;\n\n- Phó Giám đốc Sở Tài chính Phạm Thị Hoa;\n\n"
    )
    rest = "- Phó Giám đốc Sở Xây dựng Đỗ Văn Nam;\n\n- Phó Giám đốc Sở Nội vụ Vũ Thị Lan.\n"
    for stamp in ("Cơ quan phát hành: VĂN PHÒNG UBND TỈNH", "Thời gian ký: 12.03.2025 09:15:02 +07:00"):
        text = HEADER + roster + stamp + "\n\n2\n\n" + rest
        res = read_text_string(text)
        lines = res.mapped.text.split("\n")
        assert res.blocks[lines.index(stamp)].footnote, stamp
        assert parse(text).obligations == [], stamp
    plain = HEADER + "II. NHIỆM VỤ\n\nSở Tài chính chủ trì thẩm định.\n\nCơ quan phát hành: Văn phòng UBND tỉnh\n"
    res = read_text_string(plain)
    lines = res.mapped.text.split("\n")
    assert not res.blocks[lines.index("Cơ quan phát hành: Văn phòng UBND tỉnh")].footnote


def test_lines_of_bare_html_tags_a_converter_left_in_markdown_are_blank():
    """pandoc keeps pdftohtml's page boxes as raw HTML lines in its Markdown (``</div>`` / ``<span id="2"></span>``
    / ``<div id="page2-div" style="…">``): a reader of the rendered page sees nothing there, so they neither end
    a list nor go into an item's words, and the page's number after them is the page's edge.  A tag inside a line
    of text stays."""
    text = (
        HEADER + "II. NHIỆM VỤ\n\n1\\. Sở Y tế:\n\n\\- Kiểm tra an toàn thực phẩm tại các chợ;\n\n"
        'Cơ quan phát hành: VĂN PHÒNG UBND TỈNH\n\n</div>\n\n<span id="2"></span>\n\n'
        '<div id="page2-div" style="position:relative;width:893px;height:1263px;">\n\n2\n\n'
        "\\- Tuyên truyền <b>về</b> an toàn thực phẩm.\n"
    )
    doc = parse(text)
    tasks = sorted(o.task.rstrip(";.") for o in doc.obligations)
    assert tasks == ["Kiểm tra an toàn thực phẩm tại các chợ", "Tuyên truyền <b>về</b> an toàn thực phẩm"], tasks


def _sections(sections):
    for s in sections:
        yield s
        yield from _sections(s.children)


def test_escaped_markers_map_to_their_original_characters():
    from vbparse.read import read_text_string

    text = "**Chương trình**\n\n2\\. Sở Y tế chủ trì.\n"
    res = read_text_string(text)
    at = res.mapped.text.index("2. Sở")
    assert text[res.mapped.to_original(at)] == "2"
    assert text[res.mapped.to_original(at + 1)] == "."


def test_a_literal_backslash_in_prose_stays():
    lines = _lines("**Hướng dẫn**\n\nLưu tệp vào thư mục D:\\HoSo\\2025 trước khi gửi.\n")
    assert "Lưu tệp vào thư mục D:\\HoSo\\2025 trước khi gửi." in lines
    lines = _lines("Lưu tệp vào thư mục D:\\HoSo\\2025 trước khi gửi.\n")
    assert "Lưu tệp vào thư mục D:\\HoSo\\2025 trước khi gửi." in lines


_PANDOC_TABLE = """**KẾ HOẠCH**

**Phòng chống dịch bệnh trên đàn gia súc**

Phân công như sau:

<table>
<colgroup>
<col style="width: 10%" />
<col style="width: 50%" />
<col style="width: 40%" />
</colgroup>
<thead>
<tr class="header">
<th>STT</th>
<th>Nội dung</th>
<th>Đơn vị chủ trì</th>
</tr>
</thead>
<tbody>
<tr class="odd">
<td>1</td>
<td><p>Tiêm phòng vắc-xin lở mồm long móng</p>
<p>cho đàn trâu bò</p></td>
<td>Trung tâm Dịch vụ nông nghiệp</td>
</tr>
<tr class="even">
<td>2</td>
<td>Giám sát ổ dịch &amp; báo cáo</td>
<td>Chi cục Chăn nuôi và Thú y</td>
</tr>
</tbody>
</table>

Tỷ lệ tiêm phòng đạt < 5% thì báo cáo ngay.
"""


def test_a_raw_html_table_in_markdown_is_read_as_a_table_with_cells():
    from vbparse.read import read_text_string

    res = read_text_string(_PANDOC_TABLE)
    lines = res.mapped.text.split("\n")
    rows = [(ln, b) for ln, b in zip(lines, res.blocks, strict=True) if b.table is not None]
    assert len(rows) == 3
    texts = [[ln[c.start : c.end] for c in b.cells or []] for ln, b in rows]
    assert texts[0] == ["STT", "Nội dung", "Đơn vị chủ trì"]
    assert texts[2] == ["2", "Giám sát ổ dịch & báo cáo", "Chi cục Chăn nuôi và Thú y"]
    assert texts[1][2] == "Trung tâm Dịch vụ nông nghiệp"
    assert not any("<t" in ln or "colgroup" in ln for ln in lines)
    assert "Tỷ lệ tiêm phòng đạt < 5% thì báo cáo ngay." in lines


def test_a_less_than_sign_in_text_is_no_html():
    lines = _lines("**Chỉ tiêu**\n\n<5% hộ nghèo; tỷ lệ < 10% thì\n<table> là một từ trong câu này.\n")
    assert any(ln.startswith("<5% hộ nghèo") for ln in lines)
    assert any("<table> là một từ" in ln for ln in lines)


# --- a labelled field line in hard-wrapped text is a paragraph of its own -------------------------

_WRAPPED_FIELDS = """KẾ HOẠCH
Trồng và bảo vệ rừng phòng hộ ven biển năm 2027
Để triển khai có hiệu quả chương trình trồng rừng phòng hộ ven biển,
bảo đảm tỷ lệ che phủ rừng theo chỉ tiêu được giao, Ủy ban nhân dân
huyện ban hành Kế hoạch thực hiện với các nội dung chủ yếu như sau
1. Rà soát quỹ đất trồng rừng, lập bản đồ các khu vực trồng bổ sung
trên các bãi bồi và dải cát ven biển của các xã trong toàn huyện
Đơn vị chủ trì: Phòng Nông nghiệp và Môi trường huyện phối hợp cùng
Hạt Kiểm lâm và các xã có rừng ven biển trên địa bàn toàn huyện
Cơ quan phối hợp: Ban Quản lý rừng phòng hộ, Đồn Biên phòng các xã
Thời gian hoàn thành: trước ngày 30 tháng 6 năm 2027 theo kế hoạch
2. Tổ chức trồng mới và chăm sóc các diện tích rừng đã trồng năm trước
trên địa bàn các xã ven biển, ưu tiên các loài cây bản địa chịu mặn
Đơn vị chủ trì: Ban Quản lý rừng phòng hộ huyện cùng các xã ven biển
Thời gian hoàn thành: quý IV năm 2027 và báo cáo kết quả thực hiện
3. Tuyên truyền, vận động nhân dân tham gia bảo vệ rừng phòng hộ ven
biển, phòng cháy chữa cháy rừng trong mùa khô hanh trên địa bàn huyện
Trường hợp thời gian hoàn thành chậm so với kế hoạch thì các đơn vị
phối hợp: báo cáo rõ nguyên nhân và đề xuất giải pháp khắc phục kịp thời
"""


def test_a_field_label_line_in_wrapped_text_is_never_joined_to_the_line_above():
    lines = _lines(_WRAPPED_FIELDS)
    starts = [ln.split(":")[0] for ln in lines if ":" in ln]
    assert starts.count("Đơn vị chủ trì") == 2
    assert "Cơ quan phối hợp" in starts
    assert starts.count("Thời gian hoàn thành") == 2
    # a sentence that wraps before a lower-case ``phối hợp:`` goes on: no label opens that line
    assert any("thì các đơn vị phối hợp: báo cáo rõ nguyên nhân" in ln for ln in lines)
    assert not any(ln.startswith("phối hợp") for ln in lines)


def test_a_markdown_header_table_padded_to_its_columns_is_no_layout_text():
    """pandoc pads a pipe table's cells to their column's width (``| UBND TỈNH A  |     | **CỘNG HÒA …** |``): the
    spaces are inside a table's row, not the gap between two columns of ``pdftotext -layout``; the text stays
    Markdown and its ``**1**.`` items are read."""
    from vbparse.read import read_text_string

    text = (
        "| UBND TỈNH LAI CHÂU |     | **CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
        "|--------------------|-----|----------------------------------------|\n"
        "| **SỞ Y TẾ**        |     | **Độc lập - Tự do - Hạnh phúc**        |\n"
        "| Số: 12/KH-SYT      |     | *Lai Châu, ngày 3 tháng 4 năm 2026*    |\n\n"
        "**KẾ HOẠCH**\n\n**Kiểm tra an toàn thực phẩm năm 2026**\n\n**III. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1**. Giao phòng Nghiệp vụ Dược chủ trì kiểm tra các cơ sở bán lẻ thuốc trong Quý II/2026.\n"
    )
    assert read_text_string(text, fmt="md").format == "md"
    doc = parse(text=text)
    assert [(o.assignee.raw, o.deadline) for o in doc.obligations] == [("phòng Nghiệp vụ Dược", dt.date(2026, 6, 30))]


def test_four_asterisks_inside_a_bold_run_close_it_and_open_the_next():
    # ``**Điều 1. Đặt tên ****các tuyến phố**** của thị trấn**``: one bold heading, not a bold ``Đặt tên`` before text
    from vbparse.read.text import read_text_string

    r = read_text_string("**Điều 1. Đặt tên ****các tuyến phố**** của thị trấn**\n")
    assert r.mapped.text.strip() == "Điều 1. Đặt tên các tuyến phố của thị trấn"
    assert r.blocks[0].bold and r.blocks[0].bold_prefix == 0  # wholly bold


def test_escaped_asterisks_in_a_row_are_a_converters_residue_and_are_dropped():
    from vbparse.read.text import read_text_string

    r = read_text_string("**2.**\\*\\* \\*\\*Tập huấn cán bộ thú y\n\nDiện tích 5 \\* 3 m\n")
    assert r.mapped.text.split("\n")[0].split() == ["2.", "Tập", "huấn", "cán", "bộ", "thú", "y"]
    assert "5 * 3 m" in r.mapped.text  # one escaped asterisk is the document's own


def test_unwrapped_lines_of_one_sentence_go_on_after_a_comma_or_a_joining_word():
    """Lines of unmeasured length (pandoc's hard breaks at a PDF's printed line ends, its justified spaces
    doubled): ``… Ngọc Hồi,`` / ``Thường Tín, … Chuyên Mỹ và`` / ``Đại Xuyên: Quản lý …`` is one sentence, whatever
    case the next line opens in, and so does a name cut in two (``Ngọc`` / ``Hồi, …``); a label, a preamble clause
    or a field's label after a comma opens its own, and a bold heading's name ends with its line."""

    text = (
        HEADER + "II. NHIỆM VỤ\n\n"
        "- Giao UBND các xã: Kim Liên,  Bạch  Mai,  Phương  Liệt,  Tương  Mai,  Định  Công,  Hoàng  Mai,   \n"
        "Thường\xa0Tín,\xa0Hồng\xa0Vân,\xa0Thượng\xa0Phúc\xa0và\xa0  \n"
        "Đại Xuyên: Quản lý quy hoạch kiến trúc dọc tuyến đường theo phương án được duyệt.   \n"
        "- Chủ tịch Ủy ban nhân dân các xã, thị trấn: Yên Sở, Đại Thanh, Thanh Trì, Ngọc\xa0  \n"
        "Hồi, Thường Tín chịu trách nhiệm thi hành.  \n"
        "**b) Ủy ban Mặt trận Tổ quốc Việt Nam**  \nPhối hợp tuyên truyền.\n"
        "- Giao Sở Tài chính: bố trí kinh phí,   \n"
        "Cơ quan phối hợp: Sở Xây dựng.\n"
    )
    lines = [" ".join(ln.split()) for ln in _lines(text)]
    assert (
        "- Giao UBND các xã: Kim Liên, Bạch Mai, Phương Liệt, Tương Mai, Định Công, Hoàng Mai, Thường Tín, Hồng "
        "Vân, Thượng Phúc và Đại Xuyên: Quản lý quy hoạch kiến trúc dọc tuyến đường theo phương án được duyệt." in lines
    ), lines
    assert (
        "- Chủ tịch Ủy ban nhân dân các xã, thị trấn: Yên Sở, Đại Thanh, Thanh Trì, Ngọc Hồi, Thường Tín chịu trách "
        "nhiệm thi hành." in lines
    )
    assert "Phối hợp tuyên truyền." in lines  # a bold heading's name ends with its line
    assert "Cơ quan phối hợp: Sở Xây dựng." in lines


def test_a_markdown_number_and_date_left_blank_for_the_signature_are_no_columns():
    """A signed PDF's number and day are filled in by its signature, so a converter's Markdown of it keeps them
    blank (``Số:           /QĐ-UBND``, ``*Hà Nội, ngày     tháng     năm 2026*``): blank fields, not two columns,
    and the Markdown is read as its paragraphs; a laid-out text with the same blanks and real columns stays a
    laid-out page."""
    from vbparse.read import read_text_string

    blanks = (
        "**ỦY BAN NHÂN DÂN**\n\n**THÀNH PHỐ HÀ NỘI**\n\nSố:           /QĐ-UBND \n\n"
        "*Hà Nội, ngày     tháng     năm 2026* \n\n**QUYẾT ĐỊNH**\n\n**Về việc phê duyệt phương án tuyến**\n\n"
        "**Điều 2.** Tổ chức thực hiện.\n\n- Giao UBND các phường, xã: Kim Liên, Bạch Mai,   \n"
        "Phương Liệt và Đại Xuyên: quản lý quy hoạch dọc tuyến đường.\n"
    )
    res = read_text_string(blanks)
    assert res.format == "txt"
    lines = [" ".join(ln.split()) for ln in res.mapped.text.split("\n")]
    assert any(ln.startswith("- Giao UBND các phường, xã: Kim Liên, Bạch Mai, Phương Liệt") for ln in lines), lines
    laid_out = (
        "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "THÀNH PHỐ HÀ NỘI                       Độc lập - Tự do - Hạnh phúc\n"
        "Số:     /QĐ-UBND                  Hà Nội, ngày    tháng    năm 2026\n\n"
        "                              QUYẾT ĐỊNH\n"
    )
    assert read_text_string(laid_out).format == "txt-layout"
