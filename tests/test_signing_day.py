"""The day of a signed document whose printed day is handwritten, stamped or drawn as an image: the day of
its digital signature, when the printed month and year agree (issue 24)."""

from __future__ import annotations

import pytest
from conftest import SHARED

from vbparse.pipeline import parse_read
from vbparse.read.text import read_text_string

REALDOCS = SHARED / "realdocs"

HEADER = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 12/KH-UBND
Lâm Đồng, ngày {day} tháng {month} năm 2026
KẾ HOẠCH
Thực hiện nhiệm vụ năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Các cơ quan bám sát nội dung Kế hoạch.
"""


def signed(day: str, month: str, signed_at: str | None):
    result = read_text_string(HEADER.format(day=day, month=month))
    result.signed_at = signed_at
    return parse_read(result)


@pytest.mark.parametrize("day,month,signed_at,expected", [
    # blank or unreadable day, the month and year printed and agreeing: the signature's day
    ("   ", "3", "2026-03-17T09:12:00+07:00", "2026-03-17"),
    ("Ø3", "03", "2026-03-17T09:12:00+07:00", "2026-03-17"),
    # a signature of another month: a copy signed later, not the issue
    ("   ", "3", "2026-04-02T09:12:00+07:00", None),
    # no month printed either: nothing to check the signature against
    ("   ", "   ", "2026-03-17T09:12:00+07:00", None),
    # not signed: the day stays blank
    ("   ", "3", None, None),
    # a printed day is never replaced
    ("05", "3", "2026-03-17T09:12:00+07:00", "2026-03-05"),
])  # fmt: skip
def test_a_day_not_printed_legibly_is_the_signature_day_when_month_and_year_agree(day, month, signed_at, expected):
    doc = signed(day, month, signed_at)
    assert (doc.issued_date.isoformat() if doc.issued_date else None) == expected
    codes = {d.code for d in doc.diagnostics}
    assert ("day_from_signature" in codes) == (expected is not None and day != "05")


@pytest.mark.skipif(not REALDOCS.is_dir(), reason="../shared/realdocs not present")
def test_a_publishing_services_signature_is_not_the_signing_time():
    import pypdfium2 as pdfium

    from vbparse.read.pdf import _signing_times

    # signed by the province on 21/01/2025 08:54, then by TRUNG TÂM CÔNG BÁO VÀ TIN HỌC at 09:27
    with pdfium.PdfDocument(REALDOCS / "56_ttr-09-quangngai-scan.pdf") as pdf:
        assert _signing_times(pdf) == ["2025-01-21T08:54:03+07:00"]


@pytest.mark.slow
@pytest.mark.skipif(not REALDOCS.is_dir(), reason="../shared/realdocs not present")
def test_a_scan_with_a_handwritten_day_takes_its_signature_day(parsed):
    # ``Hà Nội, ngày   tháng 10 năm 2025`` with the day written by hand; signed on 02/10/2025
    doc = parsed(REALDOCS / "12_kh-589-hoi-nghi-ctmtqg-scan.pdf")
    assert doc.issued_date is not None and doc.issued_date.isoformat() == "2025-10-02"
    assert "day_from_signature" in {d.code for d in doc.diagnostics}
