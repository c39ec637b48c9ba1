"""Hard-wrapped web copies (read/unwrap.py) and tables written one cell per line (read/cell_lines.py)."""

from __future__ import annotations

from vbparse.read.cell_lines import cell_tables
from vbparse.read.text import read_text_string
from vbparse.read.unwrap import Wrap, bold_at_ends, bridged_heading, measure_wrap, paragraphs, soft_break

WRAPPED_70 = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện chương",
    "trình chuyển đổi số trên địa bàn tỉnh giai đoạn 2026 - 2030, cụ thể",
    "như sau:",
    "",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "",
    "1. Triển khai đồng bộ các nhiệm vụ, giải pháp phát triển hạ tầng số,",
    "bảo đảm kết nối thông suốt giữa các cơ quan nhà nước trên địa bàn",
    "tỉnh và các cơ quan Trung ương.",
    "",
    "2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, Sở",
    "Nội vụ và Ủy ban nhân dân các xã, phường tổ chức triển khai thực hiện",
    "Kế hoạch; định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh kết quả thực",
    "hiện trước ngày 20 của tháng cuối quý.",
    "",
    "3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy",
    "định của pháp luật về ngân sách nhà nước và các nguồn vốn hợp pháp",
    "khác; hướng dẫn các cơ quan, đơn vị lập dự toán và thanh quyết toán.",
    "",
    "4. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ chức năng",
    "nhiệm vụ được giao chủ động xây dựng kế hoạch cụ thể để triển khai.",
]

ONE_PARAGRAPH_PER_LINE = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính tổ chức triển khai thực hiện Kế hoạch.",
    "2. Sở Tài chính tham mưu bố trí kinh phí.",
    (
        "3. Các sở, ban, ngành căn cứ chức năng nhiệm vụ được giao chủ động xây dựng kế hoạch cụ thể để triển khai "
        "thực hiện, báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15/12 hằng năm."
    ),
    "4. Ủy ban nhân dân các xã, phường chỉ đạo các đơn vị trực thuộc thực hiện.",
] * 4


def test_a_text_cut_at_a_fixed_width_has_that_margin():
    wrap = measure_wrap(WRAPPED_70)
    assert wrap is not None
    assert 60 <= wrap.width <= 75
    assert wrap.blank_separated


def test_text_written_a_paragraph_per_line_is_not_wrapped():
    assert measure_wrap(ONE_PARAGRAPH_PER_LINE) is None


def test_a_few_lines_say_nothing_about_a_margin():
    assert measure_wrap(WRAPPED_70[:5]) is None


def test_a_name_broken_over_two_lines_is_one_paragraph():
    wrap = Wrap(70, blank_separated=False)
    assert soft_break("Sở Khoa học và", "Công nghệ chủ trì", wrap)
    # a line that ran to the margin goes on, whatever word it ends with
    assert soft_break("2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, Sở", "Nội vụ tổ chức", wrap)
    assert not soft_break("2. Sở Khoa học và Công nghệ chủ trì", "Sở Nội vụ phối hợp", wrap)


def test_a_numbered_item_always_starts_a_paragraph():
    wrap = Wrap(70, blank_separated=True)
    assert not soft_break("các cơ quan Trung ương và", "2. Sở Tài chính", wrap)
    assert not soft_break("các cơ quan Trung ương và", "**II. NHIỆM VỤ**", wrap)
    assert not soft_break("các cơ quan Trung ương và", "- Sở Nội vụ", wrap)


def test_a_sentence_end_ends_a_paragraph_of_unblanked_text():
    wrap = Wrap(70, blank_separated=False)
    assert not soft_break("hoàn thành trong quý II/2026.", "Sở Tài chính bố trí kinh phí", wrap)


def test_a_bare_label_line_joins_its_heading_even_unwrapped():
    assert soft_break("**III.**", "**TỔ CHỨC THỰC HIỆN**", None)
    assert not soft_break("Sở Tài chính chủ trì", "Sở Nội vụ phối hợp", None)


def test_a_label_word_alone_joins_the_number_on_the_next_line():
    # a web copy that broke ``**Điều 3.** …`` after its label word: the number goes on the word's line
    assert soft_break("**Điều", "3.** Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.", None)
    assert soft_break("Điều", "12. Hiệu lực thi hành", None)
    assert soft_break("**Chương", "II**", None)
    assert soft_break("__Phần__", "__IV.__ TỔ CHỨC THỰC HIỆN", None)
    # counter: the word at a sentence's end, and a word alone over a line that is no number
    assert not soft_break("Thực hiện theo quy định tại Điều", "5. Sở Tài chính bố trí kinh phí", None)
    assert not soft_break("**Điều", "Sở Nội vụ phối hợp", None)


def test_reader_joins_a_split_article_label_into_its_article():
    text = (
        "QUYẾT ĐỊNH:\n\nĐiều 1. Công nhận kết quả.\n\n**Điều\n"
        "2.** Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này./."
    )
    lines = [ln for ln in read_text_string(text, fmt="md").mapped.text.split("\n") if ln.strip()]
    assert lines[-1].startswith("Điều 2. Giám đốc Sở Xây dựng")


def test_an_open_bold_run_goes_on_over_the_break():
    wrap = Wrap(70, blank_separated=False)
    assert soft_break("**TM. ỦY BAN", "NHÂN DÂN**", wrap, paragraph="**TM. ỦY BAN")
    assert soft_break("**III. GIẢI", "PHÁP**", wrap, paragraph="**III. GIẢI")


def test_paragraphs_of_a_wrapped_block():
    wrap = measure_wrap(WRAPPED_70)
    block = WRAPPED_70[11:15]
    assert paragraphs(block, wrap) == [[0, 1, 2, 3]]
    assert paragraphs(WRAPPED_70[7:10], wrap) == [[0, 1, 2]]


def test_reader_joins_a_wrapped_paragraph_into_one_line():
    text = "\n".join(["KẾ HOẠCH", "Triển khai chuyển đổi số", "", *WRAPPED_70])
    lines = read_text_string(text, fmt="md").mapped.text.split("\n")
    joined = [ln for ln in lines if ln.startswith("2. Sở Khoa học")]
    assert len(joined) == 1
    assert "Sở Tài chính, Sở Nội vụ và Ủy ban nhân dân các xã" in joined[0]
    assert joined[0].rstrip().endswith("trước ngày 20 của tháng cuối quý.")


def test_reader_leaves_line_per_paragraph_text_alone():
    text = "\n".join(["KẾ HOẠCH", "Triển khai", "", *ONE_PARAGRAPH_PER_LINE])
    lines = [ln for ln in read_text_string(text).mapped.text.split("\n") if ln.strip()]
    assert sum(1 for ln in lines if ln.startswith("2. Sở Tài chính tham mưu")) == 4
    assert all(not ln.startswith("2. Sở Tài chính") or ln.endswith("kinh phí.") for ln in lines)


CELL_PER_LINE = """\
Nhiệm vụ cụ thể như sau:

|
**TT**
|
**Nội dung nhiệm vụ**
|
**Cơ quan chủ trì**
|
**Thời gian hoàn thành**
|
|
1
|
Xây dựng cơ sở dữ liệu dùng chung
của tỉnh
|
Sở Khoa học và
Công nghệ
|
Quý IV/2026
|
|
2
|
Bố trí kinh phí
|
Sở Tài chính
|
|

|
|
|

Các nhiệm vụ khác do các sở thực hiện.
"""


def test_cell_per_line_rows_come_from_the_period_of_the_pipe_lines():
    lines = CELL_PER_LINE.split("\n")
    tables = cell_tables(lines)
    assert len(tables) == 2  # a blank line between two | lines ends a table
    rows = [[" ".join(lines[k] for k in cell) for cell in row] for row in tables[0].rows]
    assert rows == [
        ["**TT**", "**Nội dung nhiệm vụ**", "**Cơ quan chủ trì**", "**Thời gian hoàn thành**"],
        ["1", "Xây dựng cơ sở dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Quý IV/2026"],
        ["2", "Bố trí kinh phí", "Sở Tài chính", ""],
    ]
    assert tables[0].columns == 4


def test_reader_hands_cell_per_line_tables_on_as_rows_and_cells():
    text = "KẾ HOẠCH\nTriển khai\n\n" + CELL_PER_LINE
    r = read_text_string(text, fmt="md")
    lines = r.mapped.text.split("\n")
    assert len(lines) == len(r.blocks)
    rows = [[ln[c.start : c.end] for c in b.cells] for ln, b in zip(lines, r.blocks) if b.cells is not None]
    assert ["1", "Xây dựng cơ sở dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Quý IV/2026"] in rows
    assert any(row[:3] == ["2", "Bố trí kinh phí", "Sở Tài chính"] for row in rows)
    assert "Nhiệm vụ cụ thể như sau:" in lines
    assert "Các nhiệm vụ khác do các sở thực hiện." in lines


def test_a_last_row_cut_short_keeps_the_row_length_of_the_table():
    lines = [
        "|",
        "TT",
        "|",
        "Nội dung",
        "|",
        "Chủ trì",
        "|",
        "|",
        "1",
        "|",
        "Rà soát",
        "|",
        "Sở Tư pháp",
        "|",
        "|",
        "2",
        "|",
        "Tổng kết",
        "|",
    ]
    (table,) = cell_tables(lines)
    assert [[" ".join(lines[k] for k in c) for c in row] for row in table.rows] == [
        ["TT", "Nội dung", "Chủ trì"],
        ["1", "Rà soát", "Sở Tư pháp"],
        ["2", "Tổng kết"],
    ]


def test_a_line_of_markup_closes_the_bold_run_it_ends_not_the_next_line():
    # a signer cell of a web copy: ``**KT. CHỦ TỊCH`` / ``**`` / ``PHÓ CHỦ TỊCH`` / ``**Name**``
    cell = ["**KT. CHỦ TỊCH", "**", "PHÓ CHỦ TỊCH", "**Trần Thị Diệu Thúy**"]
    wrap = Wrap(70, blank_separated=True)
    assert paragraphs(cell, wrap, blank_separated=False) == [[0, 1], [2], [3]]


def test_a_bold_heading_broken_over_a_blank_line_is_one_heading():
    assert bridged_heading(
        "**3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**", "**Phụ nữ Thành phố và các tổ"
    )
    # a title in capitals, a heading that ended, or a labelled line next are whole
    assert not bridged_heading("**III. TỔ CHỨC THỰC HIỆN**", "**Phụ lục**")
    assert not bridged_heading("**1. Sở Nội vụ chủ trì:**", "**Tổng hợp kết quả**")
    assert not bridged_heading("**3. Đề nghị Ủy ban Mặt trận**", "**4. Sở Tài chính**")
    # nor a field of the item under it (``**Nội dung:** …``)
    assert not bridged_heading("**3. Hội nghị hiệp thương lần thứ ba**", "**Nội dung:** Lựa chọn, lập danh sách")


def test_a_bold_heading_broken_in_two_needs_a_bold_run_ended_above_and_opened_below():
    # what ``bridged_heading`` needs, asked before the paragraph above a blank line is found again
    for prev, nxt in [
        ("**3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**", "**Phụ nữ Thành phố và các tổ"),
        ("**3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**", "**Phụ nữ Thành phố**"),
        ("__2. Giao Phòng Văn hóa, Khoa học__  ", "  __Thông tin và Truyền thông huyện__"),
    ]:
        assert bold_at_ends(prev.split("\n")[-1], nxt) == bridged_heading(prev, nxt) is True
    for prev, nxt in [
        ("**3. Đề nghị Ủy ban Mặt trận**", "Phụ nữ Thành phố"),
        ("3. Đề nghị Ủy ban Mặt trận, Hội Liên hiệp", "**Phụ nữ Thành phố**"),
    ]:
        assert not bold_at_ends(prev, nxt) and not bridged_heading(prev, nxt)


def test_a_broken_bold_heading_is_joined_in_a_copy_whose_paragraphs_are_one_line_each():
    """A scraped page writes each paragraph on one line (no wrap to measure): the heading a converter broke in two
    (``**… Hội Liên hiệp**`` / blank / ``**Phụ nữ Thành phố …**``) is one there too."""
    text = (
        "**KẾ HOẠCH**\n\nTriển khai công tác bình đẳng giới năm 2026\n\n"
        "**3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**\n\n"
        "**Phụ nữ Thành phố và các tổ chức thành viên của Mặt trận**\n\n"
        "- Trong phạm vi chức năng, nhiệm vụ của mình, tham gia phối hợp triển khai thực hiện Kế hoạch này."
    )
    lines = read_text_string(text, fmt="md").mapped.text.split("\n")
    heading = [ln for ln in lines if ln.startswith("3. Đề nghị")]
    assert len(heading) == 1 and heading[0].split()[-3:] == ["của", "Mặt", "trận"], heading


def test_reader_joins_the_two_halves_of_a_broken_bold_heading():
    text = "\n".join(
        [
            "KẾ HOẠCH",
            "Triển khai",
            "",
            *WRAPPED_70,
            "",
            "**3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**",
            "",
            "**Phụ nữ Thành phố và các tổ chức thành viên**",
            "",
            "- Tham gia thực hiện Kế hoạch.",
        ]
    )
    r = read_text_string(text, fmt="md")
    lines = r.mapped.text.split("\n")
    heading = [ln for ln in lines if ln.startswith("3. Đề nghị")]
    joined = (
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố và các tổ chức "
        "thành viên"
    )
    assert len(heading) == 1 and heading[0].split() == joined.split()
    start = r.mapped.text.index(heading[0])
    a, z = r.mapped.to_original(start), r.mapped.to_original(start + len(heading[0]), end=True)
    assert text[a:z].startswith("3. Đề nghị") and text[a:z].rstrip("*").endswith("thành viên")


def test_a_proper_name_cut_after_a_capitalised_syllable_goes_on_in_an_unblanked_text():
    wrap = Wrap(79, blank_separated=False)
    # a short line that ends inside a name (``Việt`` / ``Nam``), the name going on on the next line
    assert soft_break("l) Đài Truyền hình Việt Nam, Đài Tiếng nói Việt", "Nam, Thông tấn xã Việt Nam chủ trì", wrap)
    assert soft_break("a) Ủy ban Mặt trận Tổ quốc Việt", "Nam tỉnh phối hợp tuyên truyền", wrap)
    # a line that ends a sentence, or a heading in capitals, still ends its paragraph
    assert not soft_break("kết quả về Sở Nội vụ.", "Nam Định tổ chức", wrap)
    assert not soft_break("l) Đài Truyền hình Việt Nam, Đài Tiếng nói Việt", "NAM ĐỊNH", wrap)


def test_a_header_line_never_joins_the_line_before_in_blank_separated_text():
    """Issue 41: a plain-text plan whose paragraphs are separated by blank lines, its header written without
    them, lost its issuer, number and place (``ỦY BAN NHÂN DÂN TỈNH LÀO CAI Số: 55/KH-UBND`` one line)."""
    wrap = Wrap(70, blank_separated=True)
    assert not soft_break("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 55/KH-UBND", wrap)
    assert not soft_break("Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 10 tháng 3 năm 2026", wrap)
    # counter-examples: a number line cut in its symbol goes on; a place cut in its name goes on; a
    # citation's date that the sentence goes on after is no header line
    assert soft_break("Số: 3783/QĐ-", "UBND", wrap)
    assert soft_break("**Thành phố Hồ Chí", "Minh, ngày 12 tháng 5 năm 2025**", wrap)
    assert soft_break("Căn cứ Quyết định số 12/QĐ-UBND", "Lào Cai, ngày 5 tháng 3 năm 2024 của UBND tỉnh", wrap)


def test_a_plan_with_a_blank_separated_body_keeps_its_header():
    from vbparse.pipeline import parse_text

    items = "\n\n".join(
        f"{i}. Các cơ quan, đơn vị tổ chức thực hiện nhiệm vụ số {i} của kế hoạch, báo cáo kết quả thực hiện."
        for i in range(1, 15)
    )
    doc = parse_text(
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 55/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLào Cai, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n\nTriển khai nhiệm vụ năm 2026\n\n"
        f"I. TỔ CHỨC THỰC HIỆN\n\n{items}\n"
    )
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    assert doc.number is not None and doc.number.raw == "55/KH-UBND"
    assert doc.place == "Lào Cai" and str(doc.issued_date) == "2026-03-10"


def test_a_name_cut_before_its_lower_case_rest_is_joined_in_a_text_too_short_to_measure():
    """WRAP: a line ending with a capitalised word of a name, the next going on in lower case (``Liên đoàn Lao``
    / ``động tỉnh …``, ``…, Ban`` / ``quản lý rừng …``): one paragraph, though no margin can be measured."""
    assert soft_break("1. Liên đoàn Lao", "động tỉnh tuyên truyền pháp luật cho công nhân.", None)
    assert soft_break("2. Các phòng, ban, Trung", "tâm Y tế huyện rà soát danh sách.", None)
    # counters: a line ending with a sentence or a number, a next line in capitals or a numbered item
    assert not soft_break("1. Sở Y tế kiểm tra.", "sau đó báo cáo.", None)
    assert not soft_break("Kính gửi: Sở Y tế", "- Sở Tài chính", None)
    assert not soft_break("1. Sở Y tế tổ chức kiểm tra bếp ăn trường học", "2. Sở Giáo dục hướng dẫn.", None)
    assert not soft_break("Ngày 12", "tháng 5 năm 2026", None)


def test_a_line_going_on_in_lower_case_after_no_sentence_end_is_joined_in_an_unwrapped_text():
    """WRAP: a text too irregular to measure a margin (a scraped PDF's lines) breaks a clause anywhere, even inside a
    verb (``… các xã, phường bố`` / ``trí ngân sách …``): a paragraph never opens in lower case, so the line goes
    on; after a sentence's end, a number or a line the zones stand on it does not."""
    assert soft_break("4. Sở Tài chính và Ủy ban nhân dân các xã, phường bố", "trí ngân sách nhà nước.", None)
    assert soft_break("- Trạm Y tế các xã phối hợp với", "trường học tổ chức tiêm chủng.", None)
    # counters
    assert not soft_break("- Trạm Y tế tổng hợp số liệu;", "báo cáo hằng tháng.", None)
    assert not soft_break("Nơi nhận", "như trên", None)
    assert not soft_break("- Trạm Y tế các xã", "a) Tiêm chủng mở rộng.", None)


def test_a_field_label_ending_a_wrapped_line_goes_on_into_its_value():
    wrap = Wrap(72, blank_separated=True)
    assert soft_break("**Đơn vị chủ trì:** Trung tâm Y tế huyện; **Đơn vị phối hợp:**", "Trạm Y tế các xã.", wrap)
    # counter-examples: a lead-in's colon before its list, and a label whose value was on its own line
    assert not soft_break(
        "Nội dung kiểm tra gồm các việc sau:", "Kiểm tra hồ sơ bệnh án.", Wrap(72, blank_separated=False)
    )
    assert not soft_break("**Đơn vị chủ trì:** Trung tâm Y tế huyện.", "Trạm Y tế các xã phối hợp.", Wrap(72, False))


def test_without_leading_markup_as_the_pattern():
    """A line opening with a letter or a digit is kept as it is; any other loses its leading white space and marks,
    as ``_LEADING_MARKUP`` drops them."""
    from vbparse.read.unwrap import _LEADING_MARKUP, without_leading_markup

    lines = ["Sở Tài chính", "3. Giao", "**III.** Tổ chức", "  - Sở", "> trích", "\u00a0Ủy ban", "", "***", "# Tiêu đề"]
    lines += ["_Ghi chú_", "\tTT", "Ⅳ. Mục", "²", "“Trích”"]
    for line in lines:
        assert without_leading_markup(line) == _LEADING_MARKUP.sub("", line), line
    assert without_leading_markup("**Điều 1.**") == "Điều 1.**"


def test_a_line_opening_with_the_article_a_citation_cut_goes_on_with_it():
    wrap = Wrap(70, blank_separated=False)
    assert soft_break("- Nội dung: quy định chi tiết khoản 3 Điều 33; điểm b khoản 4", "Điều 38 Luật Trồng trọt.", wrap)
    assert soft_break("thực hiện theo quy định tại", "Điều 12 Nghị định số 45/2026/NĐ-CP.", wrap)
    # counter-examples: an article's heading, and an article after a sentence's end
    assert not soft_break("- Thời gian: quý II năm 2026, theo khoản 2", "Điều 3. Chánh Văn phòng", wrap)
    assert not soft_break("hoàn thành trong quý II/2026.", "Điều 4 Luật Trồng trọt quy định", wrap)


def test_a_labelled_line_near_the_margin_over_a_clause_opener_is_a_heading():
    """Hard-wrapped text (70 columns): ``7. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường`` reaches near
    the margin, yet a sentence never goes on with a capitalised clause opener (``Trên cơ sở …``, ``Để …``)."""
    wrap = Wrap(70, blank_separated=False)
    assert not soft_break(
        "7. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường", "Trên cơ sở Kế hoạch này, các sở, ban", wrap
    )
    assert not soft_break("b) Tăng cường kiểm tra việc chấp hành quy định pháp luật", "Để bảo đảm hiệu quả", wrap)
    # counter-examples: a line that cannot end there, and an unlabelled line of a paragraph
    assert soft_break("2. Tổ chức tập huấn cho cán bộ làm công tác tuyên truyền và", "Để bảo đảm", wrap)
    assert soft_break("2. Tổ chức tập huấn cho cán bộ làm công tác tuyên truyền của", "Nhà nước về", wrap)


def test_a_short_labelled_line_over_a_clause_opener_is_a_heading_even_in_blank_separated_text():
    """pdftotext leaves blank lines between most paragraphs, not between a heading and its text: a labelled line
    short of the margin ends there when the next line opens a sentence with its clause (``d) Các hoạt động
    chính`` / ``Căn cứ tình hình thực tế, …``)."""
    wrap = Wrap(75, blank_separated=True)
    assert not soft_break("d) Các hoạt động chính", "Căn cứ tình hình thực tế, các cơ quan phối hợp thực hiện", wrap)
    assert not soft_break("2. Tổ chức thực hiện", "Trên cơ sở Kế hoạch này, các phòng xây dựng kế hoạch", wrap)
    # counter-examples: a web copy's short first line over the rest of its sentence, a name or in lower case
    assert soft_break("a) Chỉ đạo, hướng dẫn hệ thống", "Tuyên giáo và Dân vận trực thuộc tham mưu", wrap)
    assert soft_break("a) Nghị định quy định chi tiết", "thi hành một số điều của Luật", wrap)


def test_the_short_tail_of_a_line_wrapped_twice_goes_on_into_the_next_line():
    """A text wrapped at a width, then wrapped again at a narrower one, leaves a line's last word alone on a
    short line (``… sau đây gọi tắt là`` / ``Ban`` / ``Chỉ đạo) gồm các thành viên sau:``): the tail of a line that
    ran to the margin, in a sentence not ended, goes on into the next line, capital or not. A short line after a
    line that did not run to the margin, or before a label, ends its paragraph."""
    wrap = Wrap(70, blank_separated=False)
    lines = [
        "Điều 1. Thành lập Ban Chỉ đạo quốc gia về dữ liệu (sau đây gọi tắt là",
        "Ban",
        "Chỉ đạo) gồm các thành viên sau:",
        "1. Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo.",
    ]
    assert paragraphs(lines, wrap) == [[0, 1, 2], [3]]
    # counter-examples: a heading's short last line before a label; a short line after a short one
    assert paragraphs([lines[0], "Ban Chỉ đạo", "2. Thành viên"], wrap) == [[0, 1], [2]]
    # … and a short line after a line short of the margin (a name cut the first wrap joined, no second wrap's tail)
    assert paragraphs(["Điều 2. Nhiệm vụ của Ban", "Chỉ đạo", "Ban Chỉ đạo có nhiệm vụ sau:"], wrap) == [[0, 1], [2]]


def test_a_line_ending_in_a_word_that_needs_what_follows_goes_on_into_a_capitalised_line_in_an_unwrapped_text():
    """WRAP: a scraped copy's line cut after a conjunction or preposition (``… Sở Nông nghiệp và`` / ``Môi trường
    chủ trì …``, ``… Sở Giao thông vận tải; Chủ tịch`` / ``UBND các xã …`` is not one) never ends its paragraph,
    even when the next line opens with a capital and no hard break marks the cut."""
    assert soft_break("Điều 2. Giao Sở Tài chính, Sở Nông nghiệp và", "Môi trường chủ trì xây dựng quy trình.", None)
    assert soft_break("- Trung tâm Y tế phối hợp với", "Bệnh viện Đa khoa tỉnh tổ chức khám sàng lọc.", None)
    assert soft_break("3. Hướng dẫn các thủ tục của", "Ủy ban nhân dân tỉnh về đất đai.", None)
    # counters: a numbered or marked line, a header or zone line, a field opening the next line
    assert not soft_break("- Phòng Văn hóa và", "2. Phòng Y tế tổng hợp.", None)
    assert not soft_break("- Trạm Y tế các xã và", "Nơi nhận:", None)
    assert not soft_break("Giao Phòng Kinh tế và", "- Phòng Nội vụ rà soát.", None)
    assert not soft_break("- Trung tâm Y tế huyện.", "Bệnh viện Đa khoa tỉnh tổ chức khám.", None)


def test_a_compound_cut_at_its_dash_goes_on_in_a_wrapped_text():
    """WRAP: a line that ran to the margin ending with a word, then ``- xã hội, …``: the wrap cut the compound
    ``chính trị - xã hội`` at its dash; the dash opens no item.  Counters: after a short line or a line ending
    with ``:`` or ``;``, and before a capital, a dash opens an item."""
    wrap = Wrap(72, blank_separated=True)
    full = "1. Ủy ban Mặt trận Tổ quốc xã phối hợp với các tổ chức chính trị"
    assert soft_break(full, "- xã hội vận động hội viên tham gia bầu cử.", wrap)
    assert soft_break("các chương trình phát triển kinh tế cho các dự án đầu tư kinh tế", "– kỹ thuật.", wrap)
    assert not soft_break("2. Nội dung kiểm tra gồm", "- việc ban hành văn bản;", wrap)
    assert not soft_break("1. Ủy ban Mặt trận Tổ quốc xã phối hợp với các tổ chức như sau:", "- hội viên;", wrap)
    assert not soft_break(full, "- Hội Nông dân xã vận động hội viên.", wrap)


def test_a_name_cut_at_its_dash_goes_on_in_a_wrapped_text():
    """WRAP: a line that ran to the margin ending with a name's first half (``… công chức Văn phòng``), then ``–
    Thống kê tham mưu …``: the wrap cut a two-part name (``Văn phòng – Thống kê``, ``Địa chính - Xây dựng``) at
    its dash, which opens no item.  Counters: a dash after a short line, after a line that ends its sentence, or
    after words in lower case (no name's half), and a dash before a name of more capitalised words, opens an item."""
    full = "**3.** Giao công chức tài chính kế toán phối hợp với công chức Văn phòng"
    wrap = Wrap(len(full), blank_separated=True, fits=len(full))  # (pandoc's: no room left for the dash)
    assert soft_break(full, "– Thống kê tham mưu cho Ủy ban nhân dân bố trí kinh phí.", wrap)
    cut = "- Ủy ban nhân dân xã giao công chức phụ trách lĩnh vực Địa chính"
    assert soft_break(cut, "- Xây dựng rà soát hồ sơ cấp phép xây dựng trên địa bàn.", Wrap(len(cut), True, len(cut)))
    # a heading that ended where the dash would have fitted (a program's wrap, or the margin most lines reach)
    heading = "1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Phú Thịnh"
    assert not soft_break(heading[:-10], "- Xây dựng và ban hành kế hoạch hiệp thương.", wrap)
    assert soft_break(full, "– Thống kê tham mưu cho Ủy ban nhân dân.", Wrap(len(full), blank_separated=True))
    assert not soft_break(full, "– Thống kê tham mưu cho Ủy ban nhân dân.", Wrap(len(full) + 12, blank_separated=True))
    assert not soft_break("- Công chức Văn phòng", "- Thống kê tổng hợp số liệu.", wrap)
    assert not soft_break(full + ".", "– Thống kê tham mưu cho Ủy ban nhân dân.", wrap)
    assert not soft_break(
        "- Ủy ban nhân dân xã chỉ đạo rà soát các hộ gia đình có hoàn cảnh khó", "- Khăn tổng hợp.", wrap
    )
    assert not soft_break(full, "- Phòng Y tế tổng hợp kết quả báo cáo Ủy ban nhân dân huyện.", wrap)


def test_a_range_of_years_cut_at_its_dash_goes_on_in_a_wrapped_text():
    """WRAP: a line that ran to the margin ending with a year (``… giai đoạn 2026``), then ``- 2030 theo quy định.
    …``: the wrap cut the range at its dash, which opens no item.  Counters: after a short line, or a line that
    ends its sentence, the dash opens an item; a dash before a word after a year opens one too."""
    full = "hoạch bảo vệ môi trường nước lưu vực sông cấp tỉnh giai đoạn 2026"
    wrap = Wrap(len(full) + 1, blank_separated=False, fits=len(full) + 1)
    assert soft_break(full, "- 2030 theo quy định. Chủ động bố trí ngân sách địa phương.", wrap)
    years = "thực hiện các chỉ tiêu phát triển kinh tế - xã hội trong các năm 2021"
    assert soft_break(years, "– 2025.", Wrap(len(years), False, len(years)))
    assert not soft_break("2. Chỉ tiêu giai đoạn 2026", "- 2030: tỷ lệ xử lý đạt 80%.", wrap)
    assert not soft_break(full + ".", "- 2030 là năm hoàn thành.", wrap)
    assert not soft_break(full, "- Rà soát các cơ sở xả thải.", wrap)


#: A plan a program wrapped word by word at 70 columns (a mail's or a converter's plain text), its header laid out
#: in two columns: its paragraphs have no mark and no indent, so only the margin tells where one ends.
GREEDY_HEADER = (
    "SỞ CÔNG THƯƠNG TỈNH A          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "PHÒNG QUẢN LÝ CÔNG NGHIỆP            Độc lập - Tự do - Hạnh phúc\n"
    "Số: 15/KH-QLCN                         Tỉnh A, ngày 02 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH\nKiểm tra an toàn hóa chất năm 2026\n\n"
)
GREEDY_BODY = [
    (
        "Chủ trì, phối hợp với các phòng chuyên môn của Sở tổ chức kiểm tra an toàn hóa chất đối với các cơ sở "
        "sản xuất thuộc danh mục tại khoản 3 Điều 4 Nghị định số 113/2017/NĐ-CP."
    ),
    "Định kỳ báo cáo kết quả kiểm tra an toàn hóa chất về Văn phòng Sở trước ngày 15 của tháng cuối quý.",
    "Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác quản lý hóa chất tại các xã, phường trên địa bàn.",
    "Hướng dẫn các doanh nghiệp xây dựng kế hoạch phòng ngừa, ứng phó sự cố hóa chất theo quy định.",
    (
        "Rà soát, cập nhật cơ sở dữ liệu về các cơ sở sản xuất, kinh doanh, sử dụng hóa chất nguy hiểm trên "
        "địa bàn tỉnh, bảo đảm thông tin đầy đủ, chính xác và kịp thời."
    ),
    (
        "Phối hợp với Công an tỉnh kiểm tra việc vận chuyển hóa chất nguy hiểm bằng phương tiện giao thông "
        "đường bộ, xử lý nghiêm các trường hợp vi phạm theo quy định của pháp luật."
    ),
    (
        "Tham mưu Lãnh đạo Sở tổng kết công tác quản lý an toàn hóa chất năm 2026, đề xuất khen thưởng các tập "
        "thể, cá nhân có thành tích xuất sắc trong công tác phòng ngừa sự cố."
    ),
]


def test_a_text_wrapped_word_by_word_ends_a_paragraph_where_the_next_word_would_have_fitted():
    """A program's wrap breaks a line only where the next word does not fit: a line that ends a sentence with room
    for the next line's first word ended its paragraph, even a line near the margin (a PDF's grid of
    proportional letters needs ``DEFAULT_FIT_SLACK``; a program's wrap none)."""
    import textwrap

    body = "\n".join(textwrap.fill(p, width=70) for p in GREEDY_BODY)
    result = read_text_string(GREEDY_HEADER + "1. Phòng Quản lý công nghiệp\n" + body + "\n")
    paras = result.mapped.text.split("\n")
    for p in GREEDY_BODY:
        assert p in paras, paras


def test_a_programs_wrap_is_told_from_a_grid_of_proportional_letters():
    """``greedy_width``: a text ``textwrap`` made has its width; a PDF's grid, whose full lines differ by a few
    characters so that a next word would often have fitted, has none; nor has a text with too few breaks."""
    import textwrap

    from vbparse.read.unwrap import greedy_width

    wrapped = "\n".join(textwrap.fill(p, width=70) for p in GREEDY_BODY).split("\n")
    assert greedy_width(wrapped) == 70
    # the same sentences broke as a grid breaks them: some lines a word or two short of the longest
    grid = []
    for p in GREEDY_BODY:
        words, line = p.split(), ""
        for k, word in enumerate(words):
            limit = 70 if k % 3 else 60
            if line and len(line) + 1 + len(word) > limit:
                grid.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        grid.append(line)
    assert greedy_width(grid) is None
    assert greedy_width(wrapped[:4]) is None


def test_headings_near_the_margin_do_not_hide_a_programs_wrap():
    """Articles' headings that end near the margin without a stop (``Điều 6. Nhiệm vụ, quyền hạn của …``) are
    hard breaks, not a grid's fitting breaks: the text's wrap is still found."""
    import textwrap

    from vbparse.read.unwrap import greedy_width

    lines = []
    for k, p in enumerate(GREEDY_BODY):
        lines.append(f"Điều {k + 1}. Nhiệm vụ, quyền hạn của Ban Chỉ đạo an toàn hóa chất xã")
        lines += textwrap.fill(p, width=70).split("\n")
    assert greedy_width(lines) == 70


def test_a_year_at_a_wrapped_lines_start_is_no_list_number():
    """WRAP: ``… năm`` / ``2026. Phát hiện …``: four digits are a year, the line goes on; ``2. …`` opens an item."""
    wrap = Wrap(72, blank_separated=True)
    prev = "4. Báo và Phát thanh, Truyền hình tỉnh tăng cường tuyên truyền trong năm"
    assert soft_break(prev, "2026. Phát hiện, nêu gương các điển hình tiên tiến.", wrap)
    assert not soft_break(prev, "2. Phát hiện, nêu gương các điển hình tiên tiến.", wrap)


def test_a_plain_text_a_program_wrapped_ends_a_heading_where_the_next_word_would_have_fitted():
    """A plain text (no columns) wrapped word by word: ``15. Liên đoàn Lao động, Hội Nông dân`` then ``Xây dựng …``
    on the next line, though ``Xây`` would have fitted after it: the writer ended the heading there.  A line that
    ran to the margin goes on (``… tham`` / ``gia …``)."""
    import textwrap

    heading = "15. Liên đoàn Lao động, Hội Nông dân, Liên minh Hợp tác xã"
    body = "\n".join(textwrap.fill(p, width=70) for p in GREEDY_BODY)
    text = "KẾ HOẠCH\nPhát triển kinh tế số năm 2026\n" + heading + "\n" + body + "\n"
    paras = read_text_string(text).mapped.text.split("\n")
    assert heading in paras, paras
    for p in GREEDY_BODY:
        assert p in paras, paras


def test_a_programs_wrap_counts_the_markup_it_wrapped():
    """pandoc wraps a Markdown line with its marks (``… \\| **TT**`` / ``\\| **Nội dung** …``): whether the next word
    would have fitted is asked of the line as written, marks and escapes counted."""
    wrap = Wrap(72, blank_separated=False, fits=72)
    prev = "980/KH-UBND ngày 18 tháng 11 năm 2025 của UBND tỉnh Nghệ An)* \\| **TT**"
    assert len(prev) == 71
    assert soft_break(prev, "\\| **Nội dung thực hiện** \\| **Cơ quan chủ trì** \\|", wrap)
    assert not soft_break("980/KH-UBND ngày 18 tháng 11 năm 2025 của UBND tỉnh.", "Nội dung thực hiện", wrap)


def test_a_line_ending_with_the_head_of_a_lists_next_name_goes_on():
    """``…, đơn vị, Ban`` / ``Chỉ huy Quân sự các xã …``: a head after a comma or ``và`` needs its name, wrapped or not;
    a post ending a roster line (``…, Phó Trưởng Ban``) is complete."""
    for wrap in (None, Wrap(70, blank_separated=False)):
        assert soft_break("1. Các cơ quan, đơn vị, Ban", "Chỉ huy Quân sự các xã duy trì chế độ trực.", wrap)
        assert soft_break("- Trung tâm Y tế huyện và Phòng", "Văn hóa - Xã hội phối hợp tuyên truyền.", wrap)
        assert not soft_break("- Ông Trần Văn Bình, Phó Trưởng Ban", "- Bà Lê Thị Hoa, Ủy viên", wrap)


def test_a_national_name_cut_at_its_first_half_is_joined_in_an_unwrapped_text():
    """WRAP, twenty-second twin: ``… Mặt trận Tổ quốc Việt`` / ``Nam xã, …`` in a text too short to measure: a line
    ending with the first half of a national proper name that never ends a name (``Việt`` of ``Việt Nam``, ``Hồ
    Chí`` of ``Hồ Chí Minh``) goes on into its second half (it was read as a heading over the line below)."""
    assert soft_break("1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt", "Nam xã, Hội Nông dân xã vận động hội viên.", None)
    assert soft_break("2. Đoàn Thanh niên Cộng sản Hồ Chí", "Minh xã tổ chức ra quân.", None)
    # counters: another word after the half; a half that ends a place's name (``Tân Lập``) over a sentence
    assert not soft_break("1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt", "Sở Y tế phối hợp.", None)
    assert not soft_break("2. Ủy ban nhân dân xã Tân Lập", "Chủ trì tổ chức ra quân.", None)


def test_a_place_name_cut_in_a_list_of_subjects_is_joined_in_an_unwrapped_text():
    """WRAP, twenty-sixth twin: ``1. Ủy ban nhân dân xã Pờ Ly Ngài, Ủy ban nhân dân xã Sà`` / ``Phìn Hạ và Bộ Chỉ huy
    …`` in a text too short to measure: the place's name goes on with its other syllables, then the list's next
    member."""
    assert soft_break(
        "1. Ủy ban nhân dân xã Pờ Ly Ngài, Ủy ban nhân dân xã Sà", "Phìn Hạ và Bộ Chỉ huy Bộ đội Biên", None
    )
    assert soft_break("2. Ủy ban nhân dân huyện Mường", "Tè, Ủy ban nhân dân huyện Sìn Hồ kiểm tra.", None)
    # counters: a sentence after the name's line; a heading of one name over a sentence with its own subject
    assert not soft_break("2. Ủy ban nhân dân xã Tân Lập", "Chủ trì tổ chức ra quân.", None)
    assert not soft_break("2. Ủy ban nhân dân xã Tân Lập", "Sở Y tế phối hợp.", None)


def test_a_name_cut_at_its_spaced_dash_goes_on_in_an_unwrapped_text():
    """WRAP, twenty-seventh twin: ``…, Trung tâm Văn hóa -`` / ``Thể thao và Truyền thông xã, …``: the dash joins the
    name's next field, wrapped or not (the first line had made ``Trung tâm Văn hóa`` a subject of its own)."""
    for wrap in (None, Wrap(70, blank_separated=False)):
        assert soft_break(
            "1. Phòng Văn hóa - Xã hội, Trung tâm Văn hóa -", "Thể thao và Truyền thông xã tổ chức.", wrap
        )
        assert soft_break("- Sở Lao động – Thương binh –", "Xã hội hướng dẫn hồ sơ.", wrap)
    # counter: a line that ends its sentence before a dashed item
    assert not soft_break("1. Sở Y tế tổ chức tập huấn.", "- Trung tâm Y tế huyện cử cán bộ.", None)


def test_a_head_cut_after_giao_goes_on_in_an_unwrapped_text():
    """WRAP, twenty-seventh twin: ``2. Giao Ban`` / ``Quản lý Khu kinh tế …`` (a Markdown paragraph soft-wrapped
    after the head): the head after the word that gives the task needs its name (``giao ban``, a meeting, is in
    lower case)."""
    assert soft_break("2. Giao Ban", "Quản lý Khu kinh tế cửa khẩu tỉnh rà soát bãi kiểm hóa.", None)
    assert soft_break("3. Đề nghị Ủy ban", "Mặt trận Tổ quốc Việt Nam tỉnh giám sát.", None)
    assert not soft_break("2. Các phòng tổ chức họp giao ban", "Văn phòng tổng hợp ý kiến.", None)
