"""Why a file could not be read, in Vietnamese, for the Lỗi đọc tệp page.

The readers and the index run record each failure as one English line (``ReadError.reason`` in
``read/``, the time limit and a dead worker in ``ingest/workers.py``, the walk's ``cannot list the
folder``); those lines are the archive's record and the CLI's output, and stay as they are.  ``REASONS``
maps each kind, by the words it starts with, to a Vietnamese sentence an official can act on; what a
reason carries (a page count, a limit, the variable that raises it) is kept through named groups.  The
page shows the English line beside it, so nothing is lost, and a reason not in the table is shown as
"Không đọc được tệp" with its English line.  Each row's example is pinned by ``tests/test_downloads.py``.
"""

from __future__ import annotations

from ..pattern_cache import compiled

#: (pattern, Vietnamese, an example of the English reason).  First match wins: specific before general.
REASONS: tuple[tuple[str, str, str], ...] = (
    (r"file is empty", "Tệp rỗng, không có nội dung.", "file is empty"),
    (
        r"(?:file contains no text|the .+ contains no text)",
        "Tệp không có chữ nào để đọc.",
        "the DOCX file contains no text",
    ),
    (r"file not found|no such file or directory", "Không tìm thấy tệp ở đường dẫn này.", "file not found"),
    (r"is a directory", "Đây là thư mục, không phải tệp.", "is a directory, not a file"),
    (r"permission denied", "Không có quyền đọc tệp.", "permission denied"),
    (
        r"cannot (?:read|list the folder)",
        "Hệ thống không cho đọc tệp hoặc thư mục (lỗi ổ đĩa, quyền truy cập).",
        "cannot read the file (Input/output error)",
    ),
    (
        r"binary data \(NUL characters\)",
        "Tệp .txt chứa dữ liệu nhị phân, không phải văn bản.",
        "binary data (NUL characters) in a text file",
    ),
    (
        r"not valid (?P<enc>\S+) text",
        "Tệp văn bản không đúng bảng mã {enc}, cũng không nhận ra là TCVN3 hay VNI.",
        "not valid UTF-8 text (byte 0xff at offset 3); not recognisable as TCVN3 or VNI legacy text either",
    ),
    (
        r"a ZIP archive that is not a Word document",
        "Tệp nén ZIP, không phải văn bản Word.",
        "a ZIP archive that is not a Word document (no word/document.xml)",
    ),
    (
        r"format '(?P<fmt>[^']*)' is not supported",
        "Không đọc được định dạng “{fmt}” (chỉ đọc .txt, .md, .docx, .doc, .rtf, .html, .pdf).",
        "format 'xls' is not supported (supported: .txt, .md, .docx, .doc, .rtf, .html, .pdf)",
    ),
    (
        r"the (?:Word file|PDF) is encrypted",
        "Tệp có mật khẩu bảo vệ; hãy lưu lại bản không đặt mật khẩu.",
        "the PDF is encrypted (password protected)",
    ),
    (
        r"the DOCX part .* declares a DTD",
        "Tệp DOCX có khai báo DTD (Word không bao giờ tạo ra), bị từ chối vì lý do an toàn.",
        "the DOCX part word/document.xml declares a DTD, which Word files never do",
    ),
    (
        r"the DOCX unpacks to more than (?P<size>[\d.,]+ \S+).*set (?P<env>\w+) to raise it",
        "Tệp DOCX giải nén ra hơn {size}, quá giới hạn (đặt biến {env} để nâng giới hạn).",
        (
            "the DOCX unpacks to more than 512 MiB (the limit for a Word package; set "
            "VBPARSE_MAX_DECOMPRESSED_BYTES to raise it)"
        ),
    ),
    (
        r"(?:not a readable|corrupt) DOCX file",
        "Tệp DOCX bị hỏng, không mở được; hãy mở bằng Word và lưu lại.",
        "not a readable DOCX file (BadZipFile: File is not a zip file)",
    ),
    (
        r"\.(?P<ext>\w+) files need LibreOffice",
        (
            "Cần LibreOffice để đọc tệp .{ext} nhưng máy chưa cài (Debian/Ubuntu: apt-get install "
            "libreoffice-writer-nogui)."
        ),
        ".doc files need LibreOffice to convert them, but it is not installed: install LibreOffice",
    ),
    (
        r"LibreOffice did not convert the .* within (?P<s>\d+) s",
        "LibreOffice không chuyển đổi xong tệp trong {s} giây.",
        "LibreOffice did not convert the Word 97-2003 file within 120 s",
    ),
    (
        r"not a readable .*\(corrupt",
        "Tệp bị hỏng: LibreOffice không đọc được chữ trong đó; hãy mở bằng Word và lưu lại.",
        "not a readable Word 97-2003 file (corrupt: LibreOffice found no text in it)",
    ),
    (
        r"not a readable web page",
        "Tệp trang web (HTML) bị hỏng, không đọc được.",
        "not a readable web page (Document is empty)",
    ),
    (
        r"the PDF has (?P<n>[\d,]+) pages, more than the limit of (?P<most>[\d,]+).*set (?P<env>\w+)",
        "Tệp PDF có {n} trang, quá giới hạn {most} trang (đặt biến {env} để nâng giới hạn).",
        "the PDF has 5000 pages, more than the limit of 2000 (set VBPARSE_MAX_PAGES to raise it)",
    ),
    (r"the PDF has no pages", "Tệp PDF không có trang nào.", "the PDF has no pages"),
    (
        r"page (?P<page>\d+) is .* rendering it for OCR.*set (?P<env>\w+)",
        "Trang {page} quá lớn để nhận dạng chữ (OCR) (đặt biến {env} để nâng giới hạn).",
        (
            "page 3 is 20000 × 20000 pt: rendering it for OCR at 150 dpi takes 8,681 million pixels, more than "
            "the limit of 200 million (set VBPARSE_MAX_PAGE_PIXELS to raise it)"
        ),
    ),
    (
        r"a compressed stream of the PDF .* inflates to more than (?P<size>[\d.,]+ \S+).*set (?P<env>\w+)",
        "Tệp PDF có phần nén giải ra hơn {size}, quá giới hạn an toàn (đặt biến {env} để nâng giới hạn).",
        (
            "a compressed stream of the PDF (at byte 1,024) inflates to more than 256 MiB (set "
            "VBPARSE_MAX_STREAM_BYTES to raise it)"
        ),
    ),
    (
        r"the tables of the .* have more than (?P<n>[\d,]+) cells.*set (?P<env>\w+)",
        "Bảng trong tệp có hơn {n} ô, quá giới hạn (đặt biến {env} để nâng giới hạn).",
        (
            "the tables of the DOCX file have more than 1,000,000 cells (merged cells counted in every row and "
            "column they cover; set VBPARSE_MAX_TABLE_CELLS to raise it)"
        ),
    ),
    (
        r"corrupt PDF",
        "Tệp PDF bị hỏng, không đọc được; hãy lấy lại bản gốc hoặc in lại ra PDF.",
        "corrupt PDF (Data format error)",
    ),
    (
        r"no text could be read from the PDF \(it needs OCR and --ocr never",
        "Tệp PDF là bản quét, cần nhận dạng chữ (OCR) nhưng lần lập chỉ mục đã tắt OCR (--ocr never).",
        "no text could be read from the PDF (it needs OCR and --ocr never was given)",
    ),
    (
        r"no text could be read from the PDF",
        "Không đọc được chữ nào trong tệp PDF.",
        "no text could be read from the PDF",
    ),
    (
        r".*Tesseract is not installed",
        (
            "Tệp cần nhận dạng chữ (OCR) nhưng máy chưa cài Tesseract (Debian/Ubuntu: apt-get install "
            "tesseract-ocr tesseract-ocr-vie)."
        ),
        "the page has no text layer, but Tesseract is not installed: apt-get install tesseract-ocr",
    ),
    (
        r".*Tesseract has no Vietnamese model",
        "Tesseract chưa có gói tiếng Việt (Debian/Ubuntu: apt-get install tesseract-ocr-vie).",
        "the page has no text layer, but Tesseract has no Vietnamese model ('vie'): apt-get install",
    ),
    (r"OCR timed out", "Nhận dạng chữ (OCR) một trang quá lâu, đã dừng.", "OCR timed out (600 s for one page)"),
    (
        r"cannot run Tesseract|Tesseract failed",
        "Tesseract gặp lỗi khi nhận dạng chữ (OCR).",
        "Tesseract failed: Error opening data file",
    ),
    (
        r"took longer than the per-file time limit \((?P<s>\d+) s",
        "Đọc tệp quá thời hạn {s} giây cho một tệp (đổi bằng vbparse index --timeout).",
        "took longer than the per-file time limit (300 s; index --timeout to change it)",
    ),
    (
        r"the parser process died|the Ray worker died|lost on the Ray cluster|internal error in the Ray task",
        (
            "Tiến trình đọc tệp bị dừng đột ngột (thiếu bộ nhớ hoặc lỗi máy); hãy thử lại với "
            "vbparse index --retry-failed."
        ),
        "the parser process died while reading it (signal 9)",
    ),
    (r"ran out of memory", "Hết bộ nhớ khi đọc tệp.", "ran out of memory while parsing it"),
    (
        r"internal error while parsing",
        "Lỗi của chương trình khi phân tích tệp; hãy báo cho người phát triển kèm tệp này.",
        "internal error while parsing (IndexError: list index out of range)",
    ),
    (
        r"cannot load the parser",
        "Không nạp được bộ phân tích (cài đặt vbparse bị hỏng).",
        "cannot load the parser (ImportError: No module named 'regex')",
    ),
    (
        r"cannot be stored in the archive",
        "Đã đọc được tệp nhưng cơ sở dữ liệu không lưu được kết quả.",
        "cannot be stored in the archive (IntegrityError: UNIQUE constraint failed)",
    ),
    (
        r"(?P<env>VBPARSE_\w+) must be a positive whole number",
        "Biến môi trường {env} phải là một số nguyên dương.",
        "VBPARSE_MAX_PAGES must be a positive whole number, not 'x'",
    ),
)
#: What the page says of a reason not in ``REASONS`` (its English line is shown beside it).
UNKNOWN_REASON = "Không đọc được tệp."

_COMPILED = tuple((compiled(p), vi) for p, vi, _example in REASONS)


def vietnamese_reason(reason: str | None) -> str:
    """The Vietnamese sentence for an English failure reason (``UNKNOWN_REASON`` if it is not a known kind)."""
    for pattern, vi in _COMPILED:
        m = pattern.match(reason or "")
        if m:
            return vi.format(**m.groupdict())
    return UNKNOWN_REASON
