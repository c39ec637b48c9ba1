"""A task table flattened into one paragraph (``| STT | Nhiệm vụ | … | | 1 | … |``) is read row by row, whatever
reader the paragraph came from; a paragraph with a few bars in it, or a table without a task header, is not."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from vbparse import parse
from vbparse.pipeline import parse_read
from vbparse.read import read_text_string
from vbparse.read.docx import read_docx
from vbparse.read.flat_tables import unflatten_tables
from vbparse.read.html import read_html

HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG XUÂN\nSố: 31/KH-UBND\nĐồng Xuân, ngày 12 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nPhòng, chống dịch bệnh trên đàn gia súc năm 2026\n"
    "I. TỔ CHỨC THỰC HIỆN\nPhân công thực hiện theo bảng dưới đây.\n"
)
ROWS = (
    ("**TT**", "**Nội dung công việc**", "**Đơn vị chủ trì**", "**Đơn vị phối hợp**", "**Thời hạn**"),
    ("**I**", "**Tiêm phòng**"),
    ("1", "Tổ chức tiêm vắc xin lở mồm long móng cho đàn trâu bò", "Trạm Chăn nuôi và Thú y",
     "UBND các xã", "Quý II/2026"),
    ("2", "Kiểm tra việc vận chuyển gia súc qua địa bàn", "Công an huyện", "", "Thường xuyên"),
)  # fmt: skip
EXPECTED = [
    ("Trạm Chăn nuôi và Thú y", "lead", "Tổ chức tiêm vắc", dt.date(2026, 6, 30)),
    ("UBND các xã", "support", "Tổ chức tiêm vắc", dt.date(2026, 6, 30)),
    ("Công an huyện", "lead", "Kiểm tra việc vậ", None),
]
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Tư\n"


def _flat(bar: str = "|") -> str:
    """The rows run into one paragraph: cells parted by a bar, rows by an empty cell."""
    return "".join(f"{bar} " + f" {bar} ".join(row) + f" {bar} " for row in ROWS).rstrip()


def _got(doc) -> list[tuple]:
    return [(o.assignee.raw, o.role, o.task[:16], o.deadline) for o in doc.obligations]


def test_a_flattened_task_table_in_plain_text_gives_its_rows():
    assert _got(parse(text=HEAD + _flat() + TAIL)) == EXPECTED


def test_a_flattened_table_with_pandocs_escaped_bars_gives_its_rows():
    assert _got(parse(text=HEAD + _flat("\\|") + TAIL)) == EXPECTED


def test_a_flattened_table_in_a_word_paragraph_gives_its_rows():
    d = docx.Document()
    for line in (HEAD + _flat().replace("**", "") + TAIL).strip().split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    read = read_docx(buf.getvalue(), path="flat.docx")
    doc = parse_read(read)
    assert _got(doc) == EXPECTED
    # the task still points at its own characters in the file's text
    first = next(o for o in doc.obligations if o.role == "lead")
    assert first.span is not None
    assert "Tổ chức tiêm vắc xin" in read.original[first.span.start : first.span.end]


def test_a_flattened_table_in_a_web_page_paragraph_gives_its_rows():
    body = "".join(f"<p>{line}</p>" for line in (HEAD + _flat() + TAIL).strip().split("\n"))
    doc = parse_read(read_html(f"<html><body>{body}</body></html>".encode(), path="flat.html"))
    assert _got(doc) == EXPECTED


def test_a_caption_glued_before_the_flattened_table_stays_a_paragraph_of_its_own():
    text = HEAD.replace("Phân công thực hiện theo bảng dưới đây.\n", "") + "Bảng phân công: " + _flat() + TAIL
    assert _got(parse(text=text)) == EXPECTED
    assert "Bảng phân công:" in unflatten_tables(read_text_string(text)).mapped.text.split("\n")


def test_a_flattened_table_hard_wrapped_over_lines_that_open_like_items_gives_its_rows():
    """Wrapped at a fixed width, the table's lines may open with a row's number (``2 | …``) or a dash, which a
    reader takes for new items: the lines that go on with bars are still the table's."""
    import textwrap

    flat = _flat().replace("| 2 |", "|\n2 |")
    wrapped = "\n".join(textwrap.wrap(flat.split("\n")[0], 60)) + "\n" + flat.split("\n")[1]
    assert "\n2 |" in wrapped
    assert _got(parse(text=HEAD + wrapped + TAIL)) == EXPECTED


def test_group_rows_before_a_flattened_tables_header_stay_out_of_its_rows():
    """A table that opens with its group's rows (``| B | LĨNH VỰC THÚ Y |``) before its header: the header is
    found below them, and they are no task."""
    flat = "| **B** | **LĨNH VỰC THÚ Y** | " + _flat()
    assert _got(parse(text=HEAD + flat + TAIL)) == EXPECTED


def test_a_cells_list_items_made_paragraphs_of_their_own_stay_in_the_flattened_table():
    """A converter that reads a cell's ``- Sở A;`` / ``- Sở B.`` lines as list items cuts the flattened table into
    paragraphs without bars: they are still the cell's lines."""
    d = docx.Document()
    for line in HEAD.strip().split("\n"):
        d.add_paragraph(line)
    d.add_paragraph("| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn | | 1 | Tổ chức tiêm vắc xin "
                    "cho đàn trâu bò | Trạm Chăn nuôi và Thú y |")  # fmt: skip
    d.add_paragraph("UBND các xã;", style="List Bullet")
    d.add_paragraph("Hội Nông dân huyện. | Quý II/2026 | |", style="List Bullet")
    d.add_paragraph(
        "2 | Kiểm tra việc vận chuyển gia súc qua địa bàn | Công an huyện | Trạm Chăn nuôi và Thú y | Thường xuyên |"
    )
    for line in TAIL.strip().split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    got = _got(parse_read(read_docx(buf.getvalue(), path="flat.docx")))
    assert got == [
        ("Trạm Chăn nuôi và Thú y", "lead", "Tổ chức tiêm vắc", dt.date(2026, 6, 30)),
        ("UBND các xã", "support", "Tổ chức tiêm vắc", dt.date(2026, 6, 30)),
        ("Hội Nông dân huyện", "support", "Tổ chức tiêm vắc", dt.date(2026, 6, 30)),
        ("Công an huyện", "lead", "Kiểm tra việc vậ", None),
        ("Trạm Chăn nuôi và Thú y", "support", "Kiểm tra việc vậ", None),
    ]


DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 77/QĐ-UBND\nBắc Kạn, ngày 02 tháng 4 năm 2026\nQUYẾT ĐỊNH\n"
    "Ban hành Kế hoạch phát triển du lịch cộng đồng năm 2026\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng năm 2026.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)
PLAN = (
    "KẾ HOẠCH\nPhát triển du lịch cộng đồng năm 2026\nI. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng bộ tiêu chí homestay, hoàn thành trong Quý III/2026.\n"
    "2. UBND các huyện hỗ trợ các hộ dân làm du lịch cộng đồng.\n"
)


def test_a_closing_flattened_into_one_row_ends_the_decision_and_the_plan_after_it_is_read():
    """``| Nơi nhận: … | TM. ỦY BAN NHÂN DÂN … |`` run into one paragraph with its list items made paragraphs of their
    own: a closing's layout row, which ends the decision; the plan printed after it gives its tasks."""
    d = docx.Document()
    for line in DECISION.strip().split("\n"):
        d.add_paragraph(line)
    d.add_paragraph("| Nơi nhận:")
    d.add_paragraph("Như Điều 2;", style="List Bullet")
    d.add_paragraph("Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Văn Năm |", style="List Bullet")
    for line in PLAN.strip().split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    doc = parse_read(read_docx(buf.getvalue(), path="closing.docx"))
    assert [(o.assignee.raw, o.deadline) for o in doc.obligations if o.role == "lead"] == [
        ("Sở Văn hóa, Thể thao và Du lịch", dt.date(2026, 9, 30)),
        ("UBND các huyện", None),
    ]
    assert [p.kind for p in doc.parts] == ["attached"]


@pytest.mark.parametrize(
    "line",
    [
        # bars in prose: no row gap, no header
        "Kết quả gửi về | Phòng Nông nghiệp | Trạm Thú y | trước ngày 30/6/2026 | qua hệ thống | văn bản | điện tử | .",
        # a flattened table whose header names no task: a roster, not tasks
        "| **TT** | **Họ và tên** | **Chức vụ** | | 1 | Lê Văn Một | Trưởng trạm | | 2 | Trần Thị Hai | Kế toán |",
        # a table of targets by year: a task column and dates, and no one to do them (a cell opening with a body's
        # head, ``Thuế …``, is no assignee)
        (
            "| STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 | | 1 | Thuế nhập khẩu trên GRDP | % | 4,31 | 4,19 | "
            "| 2 | Công an xã đạt chuẩn | xã | 12 | 15 |"
        ),
        # a long run of figures whose one cell opens like a header's line (``Số: …``) is no closing's layout row
        (
            "| 1 | Số: lượt khách | lượt | 1.200 | 1.500 | | 2 | Doanh thu | tỷ đồng | 14 | 16 | | 3 | Thuế thu được | tỷ "
            "đồng | 2 | 3 |"
        ),
    ],
)
def test_bars_without_a_task_tables_header_are_left_as_written(line):
    read = read_text_string(HEAD + line + TAIL)
    assert unflatten_tables(read) is read
    assert parse(text=HEAD + line + TAIL).obligations == []
