"""The command line's reasons in Vietnamese (issue 53): what the archive, the query parsers and the readers say
(``StoreError``, ``QueryError``, ``ReadError``: the API's words, which it keeps, and the failure records an archive
stores), as the command line says them to the officials who read it.

Each record has an id, a pattern searched in the message (its file name and values kept through the groups), the
Vietnamese, and an English example that tests/test_cli_reasons.py checks: every example is translated by its own
record, and no English word of the example's fixed text is left.  A reason not listed keeps its words.  Order
matters where one reason is the start of another (the longer first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class LyDo:
    """One reason: ``id``, ``pattern`` (a regular expression), ``vi`` (its replacement), ``example``."""

    id: str
    pattern: str
    vi: str
    example: str


REASONS: tuple[LyDo, ...] = (
    LyDo(
        "kho.khong_co",
        r"no archive there \(vbparse index FOLDER --db (.*) makes one\)",
        r"không có kho ở đây (lệnh vbparse index THƯ_MỤC --db \1 tạo kho)",
        "x.db: no archive there (vbparse index FOLDER --db x.db makes one)",
    ),
    LyDo(
        "kho.thu_muc",
        "is a directory, not a database file",
        "là một thư mục, không phải tệp cơ sở dữ liệu",
        "x.db: is a directory, not a database file",
    ),
    LyDo(
        "kho.khong_phai_sqlite",
        r"not an SQLite database \(refusing to touch it\)",
        "không phải cơ sở dữ liệu SQLite (không đụng tới)",
        "x.db: not an SQLite database (refusing to touch it)",
    ),
    LyDo(
        "kho.khong_mo_duoc",
        r"cannot open the database \((.*)\)$",
        r"không mở được cơ sở dữ liệu (\1)",
        "x.db: cannot open the database (unable to open database file)",
    ),
    LyDo(
        "kho.postgres_khong_ket_noi",
        r"cannot connect to PostgreSQL \((.*)\)$",
        r"không kết nối được PostgreSQL (\1)",
        "cannot connect to PostgreSQL (connection refused)",
    ),
    LyDo(
        "kho.can_psycopg",
        "PostgreSQL needs psycopg:",
        "PostgreSQL cần psycopg:",
        "PostgreSQL needs psycopg: pip install 'vbparse[postgres]'",
    ),
    LyDo(
        "kho.bang_khac",
        r"not a vbparse archive \(it holds other tables: (.*)\); refusing to touch it",
        r"không phải kho vbparse (có các bảng khác: \1); không đụng tới",
        "x.db: not a vbparse archive (it holds other tables: users, posts); refusing to touch it",
    ),
    LyDo(
        "kho.khong_phien_ban",
        r"not a vbparse archive \(no vbparse version; it holds (.*)\); refusing to touch it",
        r"không phải kho vbparse (không có phiên bản vbparse; có \1); không đụng tới",
        "x.db: not a vbparse archive (no vbparse version; it holds documents); refusing to touch it",
    ),
    LyDo(
        "kho.rong",
        "an empty database, not a vbparse archive",
        "cơ sở dữ liệu rỗng, không phải kho vbparse",
        "x.db: an empty database, not a vbparse archive",
    ),
    LyDo(
        "kho.khong_chuan_bi",
        r"cannot prepare the archive \((.*)\)$",
        r"không chuẩn bị được kho (\1)",
        "x.db: cannot prepare the archive (disk I/O error)",
    ),
    LyDo(
        "kho.ban_moi_hon",
        r"written by a newer vbparse \(store version (\d+), this one reads (\d+)\); upgrade vbparse",
        r"được ghi bởi vbparse mới hơn (phiên bản kho \1, bản này đọc \2); hãy nâng cấp vbparse",
        "x.db: written by a newer vbparse (store version 18, this one reads 17); upgrade vbparse",
    ),
    LyDo(
        "tim.qua_dai",
        r"the query is too long \((\d+) characters; at most (\d+)\)",
        r"câu tìm quá dài (\1 ký tự; tối đa \2)",
        "the query is too long (600 characters; at most 500)",
    ),
    LyDo(
        "tim.qua_nhieu_tu",
        r"the query has too many words \((\d+); at most (\d+)\)",
        r"câu tìm có quá nhiều từ (\1; tối đa \2)",
        "the query has too many words (80; at most 64)",
    ),
    LyDo(
        "tim.ten_qua_dai",
        r"the assignee is too long \((\d+) characters; at most (\d+)\)",
        r"tên đơn vị quá dài (\1 ký tự; tối đa \2)",
        "the assignee is too long (300 characters; at most 200)",
    ),
    LyDo(
        "tim.ngay",
        r"not a date: (.*) \(use 2023-09-30 or 30/9/2023\)",
        r"không phải một ngày: \1 (viết 2023-09-30 hoặc 30/9/2023)",
        "not a date: 31/2 (use 2023-09-30 or 30/9/2023)",
    ),
    LyDo(
        "tim.so_nguyen",
        r"a whole number from 1 to (\d+), not (.*)",
        r"một số nguyên từ 1 đến \1, không phải \2",
        "a whole number from 1 to 1000, not -3",
    ),
    LyDo(
        "tim.vai_tro",
        "lead or support, not (.*)",
        r"lead (chủ trì) hoặc support (phối hợp), không phải \1",
        "lead or support, not chinh",
    ),
    LyDo(
        "tim.loai_van_ban",
        r"a document type code such as KH, QĐ or CV \(or a name such as Kế hoạch\), not (.*)",
        r"mã loại văn bản như KH, QĐ hoặc CV (hoặc tên như Kế hoạch), không phải \1",
        "a document type code such as KH, QĐ or CV (or a name such as Kế hoạch), not XY",
    ),
    LyDo(
        "tim.thieu_ma",
        "the document id, id prefix or number is missing",
        "thiếu mã (id), phần đầu của mã hoặc số của văn bản",
        "the document id, id prefix or number is missing",
    ),
    LyDo(
        "tim.ma_qua_dai",
        r"longer than (\d+) characters: not a document id or number",
        r"dài hơn \1 ký tự: không phải mã hay số văn bản",
        "longer than 64 characters: not a document id or number",
    ),
    LyDo(
        "sua.ma_nhiem_vu",
        r"not a task reference \(DOC_ID:START-END, from obligations --json\): (.*)",
        r"không phải mã nhiệm vụ (DOC_ID:START-END, lấy từ obligations --json): \1",
        "not a task reference (DOC_ID:START-END, from obligations --json): abc",
    ),
    LyDo(
        "sua.khong_co_van_ban",
        r"no archived document (\w+)",
        r"không có văn bản \1 trong kho",
        "no archived document 0123abcd",
    ),
    LyDo(
        "sua.khong_co_nhiem_vu",
        r"the document has no task there \(its tasks changed\? list them again\)",
        "văn bản không có nhiệm vụ ở đó (nhiệm vụ đã thay đổi? hãy liệt kê lại)",
        "the document has no task there (its tasks changed? list them again)",
    ),
    LyDo(
        "sua.task_index",
        r"--task-index: the document has (\d+) tasks, not (\d+)",
        r"--task-index: văn bản có \1 nhiệm vụ, không phải \2",
        "--task-index: the document has 4 tasks, not 9",
    ),
    LyDo(
        "sua.khong_co_gi",
        "nothing to correct: give an assignee, role, deadline, task or progress",
        "không có gì để sửa: hãy ghi đơn vị, vai trò, thời hạn, nội dung hoặc tiến độ",
        "nothing to correct: give an assignee, role, deadline, task or progress",
    ),
    LyDo(
        "sua.thieu_don_vi",
        r"assignee: missing \(who is given the task\)",
        "đơn vị: còn thiếu (ai được giao nhiệm vụ)",
        "assignee: missing (who is given the task)",
    ),
    LyDo(
        "sua.thieu_noi_dung",
        r"task: missing \(what is to be done\)",
        "nội dung: còn thiếu (việc phải làm)",
        "task: missing (what is to be done)",
    ),
    LyDo(
        "sua.thieu_tien_do",
        r"progress: missing \(chua_thuc_hien, dang_thuc_hien or da_hoan_thanh\)",
        "tiến độ: còn thiếu (chua_thuc_hien, dang_thuc_hien hoặc da_hoan_thanh)",
        "progress: missing (chua_thuc_hien, dang_thuc_hien or da_hoan_thanh)",
    ),
    LyDo(
        "sua.tien_do_sai",
        "progress: not one of (.*): (.*)$",
        r"tiến độ: không phải một trong \1: \2",
        "progress: not one of chua_thuc_hien, dang_thuc_hien, da_hoan_thanh: xong",
    ),
    LyDo(
        "tk.mat_khau_ngan",
        r"password: at least (\d+) characters",
        r"mật khẩu: ít nhất \1 ký tự",
        "password: at least 12 characters",
    ),
    LyDo(
        "tk.mat_khau_dai",
        r"password: at most (\d+) characters",
        r"mật khẩu: nhiều nhất \1 ký tự",
        "password: at most 1024 characters",
    ),
    LyDo(
        "tk.vai_tro",
        "role '(.*)': one of (.*)",
        r"vai trò '\1': một trong \2",
        "role 'boss': one of reader, editor, archivist",
    ),
    LyDo(
        "tk.editor_don_vi",
        r"an editor corrects the tasks of one unit: give it \(--unit '(.*)'\)",
        r"editor sửa nhiệm vụ của một đơn vị: hãy ghi đơn vị đó (--unit '\1')",
        "an editor corrects the tasks of one unit: give it (--unit 'Sở Y tế')",
    ),
    LyDo(
        "tk.da_co",
        "account '(.*)' exists already",
        r"tài khoản '\1' đã có",
        "account 'lan' exists already",
    ),
    LyDo(
        "tk.khong_co",
        "no account '(.*)'",
        r"không có tài khoản '\1'",
        "no account 'lan'",
    ),
    # the readers' and the indexer's reasons (``ReadError``, ``LimitExceeded``, a worker's end, a skipped file)
    LyDo(
        "doc.khong_thay",
        r"file not found \(to parse a string as a document, use parse_text\)",
        "không tìm thấy tệp (muốn đọc một chuỗi như văn bản, dùng parse_text)",
        "a.docx: file not found (to parse a string as a document, use parse_text)",
    ),
    LyDo(
        "doc.khong_thay_tep",
        "file not found$",
        "không tìm thấy tệp",
        "a.docx: file not found",
    ),
    LyDo(
        "doc.la_thu_muc",
        "is a directory, not a file",
        "là một thư mục, không phải tệp",
        "a: is a directory, not a file",
    ),
    LyDo(
        "doc.khong_co_quyen",
        "permission denied",
        "không có quyền đọc",
        "a.docx: permission denied",
    ),
    LyDo(
        "doc.khong_doc_duoc",
        "cannot read: (.*)$",
        r"không đọc được: \1",
        "a.docx: cannot read: Input/output error",
    ),
    LyDo(
        "doc.khong_doc_duoc_tep",
        r"cannot read the file \((.*)\)$",
        r"không đọc được tệp (\1)",
        "a.docx: cannot read the file (Input/output error)",
    ),
    LyDo(
        "doc.tep_rong",
        "file is empty",
        "tệp rỗng",
        "a.txt: file is empty",
    ),
    LyDo(
        "doc.khong_co_chu",
        r"(?<!DOCX )file contains no text",
        "tệp không có chữ",
        "a.txt: file contains no text",
    ),
    LyDo(
        "doc.khong_phai_pdf",
        r"not a PDF \(no %PDF- header\): it holds a web page \(HTML\)",
        "không phải PDF (không có phần đầu %PDF-): đó là một trang web (HTML)",
        "a.pdf: not a PDF (no %PDF- header): it holds a web page (HTML)",
    ),
    LyDo(
        "doc.khong_phai_pdf_chu",
        r"not a PDF \(no %PDF- header\): it holds text",
        "không phải PDF (không có phần đầu %PDF-): đó là văn bản chữ thường",
        "a.pdf: not a PDF (no %PDF- header): it holds text",
    ),
    LyDo(
        "doc.khong_phai_pdf_byte",
        r"not a PDF \(no %PDF- header\): it holds unrecognised bytes",
        "không phải PDF (không có phần đầu %PDF-): dữ liệu không nhận ra",
        "a.pdf: not a PDF (no %PDF- header): it holds unrecognised bytes",
    ),
    LyDo(
        "doc.zip",
        r"a ZIP archive that is not a Word document \(no word/document.xml\)",
        "tệp nén ZIP không phải văn bản Word (không có word/document.xml)",
        "a.docx: a ZIP archive that is not a Word document (no word/document.xml)",
    ),
    LyDo(
        "doc.dinh_dang",
        r"format '(.*)' is not supported \(supported: (.*)\)",
        r"định dạng '\1' không được hỗ trợ (hỗ trợ: \2)",
        "a.xls: format 'xls' is not supported (supported: .txt, .md, .docx, .doc, .rtf, .html, .pdf)",
    ),
    LyDo(
        "doc.pdf_ocr",
        r"no text could be read from the PDF \(it needs OCR and --ocr never was given\)",
        "không đọc được chữ nào trong PDF (cần nhận dạng chữ OCR nhưng đã chọn --ocr never)",
        "a.pdf: no text could be read from the PDF (it needs OCR and --ocr never was given)",
    ),
    LyDo(
        "doc.pdf_khong_chu",
        "no text could be read from the PDF",
        "không đọc được chữ nào trong PDF",
        "a.pdf: no text could be read from the PDF",
    ),
    LyDo(
        "doc.pdf_hong",
        r"corrupt PDF \(([^)]*)\)",
        r"PDF bị hỏng (\1)",
        "a.pdf: corrupt PDF (broken xref)",
    ),
    LyDo(
        "doc.pdf_khong_trang",
        "the PDF has no pages",
        "PDF không có trang nào",
        "a.pdf: the PDF has no pages",
    ),
    LyDo(
        "doc.pdf_mat_khau",
        r"the PDF is encrypted \(password protected\)",
        "PDF đã mã hóa (có mật khẩu)",
        "a.pdf: the PDF is encrypted (password protected)",
    ),
    LyDo(
        "doc.word_mat_khau",
        r"the Word file is encrypted \(password protected\)",
        "tệp Word đã mã hóa (có mật khẩu)",
        "a.doc: the Word file is encrypted (password protected)",
    ),
    LyDo(
        "doc.docx_hong",
        r"not a readable DOCX file \((.*)\)$",
        r"không đọc được tệp DOCX (\1)",
        "a.docx: not a readable DOCX file (BadZipFile: File is not a zip file)",
    ),
    LyDo(
        "doc.docx_hong2",
        r"corrupt DOCX file \((.*)\)$",
        r"tệp DOCX bị hỏng (\1)",
        "a.docx: corrupt DOCX file (KeyError: x)",
    ),
    LyDo(
        "doc.docx_khong_chu",
        "the (DOCX file|web page|document) contains no text",
        r"\1 không có chữ",
        "a.docx: the DOCX file contains no text",
    ),
    LyDo(
        "doc.docx_dtd",
        r"the DOCX part (\S+) declares a DTD, which Word files never do \(refused: its entities could expand without bound\)",
        r"phần \1 của DOCX khai báo DTD, điều tệp Word không bao giờ làm (từ chối: các thực thể của nó có thể nở ra vô hạn)",
        "a.docx: the DOCX part word/document.xml declares a DTD, which Word files never do (refused: its entities could expand without bound)",
    ),
    LyDo(
        "doc.goi_khac",
        r"(.*), not a Word document \(.docx\): save it as .docx or give it its own extension",
        r"\1, không phải văn bản Word (.docx): hãy lưu thành .docx hoặc đặt đúng phần mở rộng",
        "a.docx: an Excel workbook, not a Word document (.docx): save it as .docx or give it its own extension",
    ),
    LyDo(
        "doc.libreoffice_cham",
        r"LibreOffice did not convert the (.*) within (\d+) s",
        r"LibreOffice không chuyển đổi được \1 trong \2 giây",
        "a.doc: LibreOffice did not convert the Word file within 120 s",
    ),
    LyDo(
        "doc.libreoffice_thieu",
        r"\.(\w+) files need LibreOffice to convert them, but it is not installed: (.*)$",
        r"tệp .\1 cần LibreOffice để chuyển đổi nhưng máy chưa cài: \2",
        "a.doc: .doc files need LibreOffice to convert them, but it is not installed: apt-get install libreoffice-writer-nogui",
    ),
    LyDo(
        "doc.libreoffice_hong",
        r"not a readable (.*) \(corrupt: (.*)\)$",
        r"không đọc được \1 (hỏng: \2)",
        "a.doc: not a readable Word file (corrupt: LibreOffice found no text in it)",
    ),
    LyDo(
        "doc.ma_chu",
        r"not valid (\S+) text \(byte (0x[0-9a-f]+) at offset (\d+)\); not recognisable as TCVN3 or VNI legacy text either",
        r"không phải chữ \1 hợp lệ (byte \2 ở vị trí \3); cũng không nhận ra là bảng mã cũ TCVN3 hay VNI",
        "a.txt: not valid UTF-8 text (byte 0xff at offset 12); not recognisable as TCVN3 or VNI legacy text either",
    ),
    LyDo(
        "doc.nhi_phan",
        r"binary data \(NUL characters\) in a text file",
        "dữ liệu nhị phân (ký tự NUL) trong tệp chữ",
        "a.txt: binary data (NUL characters) in a text file",
    ),
    LyDo(
        "doc.trang_web",
        r"not a readable web page \((.*)\)$",
        r"không đọc được trang web (\1)",
        "a.html: not a readable web page (document is empty)",
    ),
    LyDo(
        "doc.ocr_thieu",
        "(.*), but Tesseract is not installed: (.*)$",
        r"\1, nhưng máy chưa cài Tesseract: \2",
        "a.pdf: the pages are images, but Tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-vie",
    ),
    LyDo(
        "doc.ocr_thieu_vie",
        r"(.*), but Tesseract has no Vietnamese model \('vie'\): (.*)$",
        r"\1, nhưng Tesseract chưa có mô hình tiếng Việt ('vie'): \2",
        "a.pdf: the pages are images, but Tesseract has no Vietnamese model ('vie'): apt-get install tesseract-ocr-vie",
    ),
    LyDo(
        "doc.ocr_cham",
        r"OCR (?:failed or )?timed out \((\d+) s for one page\)",
        r"nhận dạng chữ (OCR) quá thời gian (\1 giây cho một trang)",
        "a.pdf: OCR timed out (120 s for one page)",
    ),
    LyDo(
        "doc.ocr_loi",
        "Tesseract failed: (.*)$",
        r"Tesseract bị lỗi: \1",
        "a.pdf: Tesseract failed: out of memory",
    ),
    LyDo(
        "doc.ocr_khong_chay",
        "cannot run Tesseract: (.*)$",
        r"không chạy được Tesseract: \1",
        "a.pdf: cannot run Tesseract: permission denied",
    ),
    LyDo(
        "gh.ky_tu",
        r"the text has ([\d,]+) characters, more than the limit of ([\d,]+) \(set (\w+) to raise it\)",
        r"văn bản có \1 ký tự, quá giới hạn \2 (đặt \3 để nâng)",
        "a.txt: the text has 9,000,000 characters, more than the limit of 5,000,000 (set VBPARSE_MAX_TEXT_CHARS to raise it)",
    ),
    LyDo(
        "gh.byte",
        r"the file has ([\d,]+) bytes, more than the text limit of ([\d,]+) characters allows \(set (\w+) to raise it\)",
        r"tệp có \1 byte, quá giới hạn \2 ký tự (đặt \3 để nâng)",
        "a.txt: the file has 30,000,000 bytes, more than the text limit of 5,000,000 characters allows (set VBPARSE_MAX_TEXT_CHARS to raise it)",
    ),
    LyDo(
        "gh.doan",
        r"the text has more than ([\d,]+) paragraphs, the limit \(set (\w+) to raise it\)",
        r"văn bản có hơn \1 đoạn, quá giới hạn (đặt \2 để nâng)",
        "a.txt: the text has more than 200,000 paragraphs, the limit (set VBPARSE_MAX_PARAGRAPHS to raise it)",
    ),
    LyDo(
        "gh.docx_nen",
        r"the DOCX unpacks to more than (.*) \(the limit for a Word package; set (\w+) to raise it\)",
        r"DOCX giải nén ra hơn \1 (giới hạn của một gói Word; đặt \2 để nâng)",
        "a.docx: the DOCX unpacks to more than 256 MiB (the limit for a Word package; set VBPARSE_MAX_DECOMPRESSED_BYTES to raise it)",
    ),
    LyDo(
        "gh.o_bang",
        r"the tables of the (.*) have more than ([\d,]+) cells \(merged cells counted in every row and column they cover; set (\w+) to raise it\)",
        r"các bảng của \1 có hơn \2 ô (ô gộp tính ở mọi hàng và cột nó phủ; đặt \3 để nâng)",
        "a.docx: the tables of the document have more than 1,000,000 cells (merged cells counted in every row and column they cover; set VBPARSE_MAX_TABLE_CELLS to raise it)",
    ),
    LyDo(
        "chay.qua_gio",
        r"took longer than the per-file time limit \((\d+) s; index --timeout to change it\)",
        r"đọc lâu hơn giới hạn thời gian cho mỗi tệp (\1 giây; đổi bằng index --timeout)",
        "a.pdf: took longer than the per-file time limit (300 s; index --timeout to change it)",
    ),
    LyDo(
        "chay.tien_trinh_chet",
        r"the parser process died while reading it \((.*)\)$",
        r"tiến trình đọc tệp bị dừng khi đang đọc (\1)",
        "a.pdf: the parser process died while reading it (signal 9)",
    ),
    LyDo(
        "chay.ray_chet",
        r"the Ray worker died while reading it, twice \((.*)\)$",
        r"tiến trình Ray bị dừng khi đang đọc, hai lần (\1)",
        "a.pdf: the Ray worker died while reading it, twice (RayActorError)",
    ),
    LyDo(
        "bo_qua.an",
        r"hidden (file|folder) \(its name starts with '\.'\)",
        "tệp hoặc thư mục ẩn (tên bắt đầu bằng '.')",
        "hidden file (its name starts with '.')",
    ),
    LyDo(
        "bo_qua.khoa",
        r"an Office lock file \(its name starts with '~\$'\)",
        "tệp khóa của Office (tên bắt đầu bằng '~$')",
        "an Office lock file (its name starts with '~$')",
    ),
    LyDo(
        "bo_qua.da_di",
        r"a folder already walked \(reached again through a symbolic link\)",
        "thư mục đã duyệt (gặp lại qua một liên kết tượng trưng)",
        "a folder already walked (reached again through a symbolic link)",
    ),
    LyDo(
        "bo_qua.lien_ket",
        r"a symbolic link out of the folders given \(--follow-links reads it\)",
        "liên kết tượng trưng ra ngoài các thư mục đã cho (--follow-links sẽ đọc nó)",
        "a symbolic link out of the folders given (--follow-links reads it)",
    ),
    LyDo(
        "bo_qua.khong_co",
        "no such file or directory",
        "không có tệp hay thư mục này",
        "a.docx: no such file or directory",
    ),
    # phrases the reasons above quote (a reader's kind of file, OCR's cause, another Office package): last
    LyDo(
        "cum.van_ban_word",
        r"\bWord document\b",
        "văn bản Word",
        "a.doc: LibreOffice did not convert the Word document within 120 s",
    ),
    LyDo(
        "cum.van_ban_rtf",
        r"\bRTF document\b",
        "văn bản RTF",
        "a.rtf: not a readable RTF document (corrupt: LibreOffice could not convert it)",
    ),
    LyDo(
        "cum.tep_docx",
        r"\bDOCX file\b",
        "tệp DOCX",
        "a.docx: the DOCX file contains no text",
    ),
    LyDo(
        "cum.trang_web",
        r"\bweb page\b",
        "trang web",
        "a.html: the web page contains no text",
    ),
    LyDo(
        "cum.lo_khong_chu",
        "LibreOffice found no (readable )?text in it",
        "LibreOffice không tìm thấy chữ nào đọc được",
        "a.doc: not a readable Word document (corrupt: LibreOffice found no text in it)",
    ),
    LyDo(
        "cum.lo_khong_chuyen",
        "LibreOffice could not convert it",
        "LibreOffice không chuyển đổi được",
        "a.doc: not a readable Word document (corrupt: LibreOffice could not convert it)",
    ),
    LyDo(
        "cum.lo_khong_phai_chu",
        r"what LibreOffice recovered is not text, only (\d+%) of its letters are Latin or Vietnamese",
        r"những gì LibreOffice khôi phục không phải chữ, chỉ \1 chữ cái là chữ Latinh hay tiếng Việt",
        "a.doc: not a readable Word document (corrupt: what LibreOffice recovered is not text, only 12% of its letters are Latin or Vietnamese)",
    ),
    LyDo(
        "cum.ocr_duoc_yeu_cau",
        r"\bOCR was asked for\b",
        "đã yêu cầu nhận dạng chữ (OCR)",
        "a.pdf: OCR was asked for, but Tesseract is not installed: apt-get install tesseract-ocr",
    ),
    LyDo(
        "cum.trang_khong_lop_chu",
        r"\bpage (\d+) has no text layer\b",
        r"trang \1 không có lớp chữ",
        "a.pdf: page 1 has no text layer, but Tesseract is not installed: apt-get install tesseract-ocr",
    ),
    LyDo(
        "cum.trang_lop_chu_hong",
        r"\bpage (\d+) has a garbled text layer\b",
        r"trang \1 có lớp chữ bị lỗi mã",
        "a.pdf: page 2 has a garbled text layer, but Tesseract is not installed: apt-get install tesseract-ocr",
    ),
    LyDo(
        "cum.goi_excel",
        r"\ban Excel workbook \(\.xlsx\)",
        "một bảng tính Excel (.xlsx)",
        "a.docx: an Excel workbook (.xlsx), not a Word document (.docx): save it as .docx or give it its own extension",
    ),
    LyDo(
        "cum.goi_powerpoint",
        r"\ba PowerPoint presentation \(\.pptx\)",
        "một bản trình chiếu PowerPoint (.pptx)",
        "a.docx: a PowerPoint presentation (.pptx), not a Word document (.docx): save it as .docx or give it its own extension",
    ),
    LyDo(
        "cum.goi_opendocument",
        r"\ban OpenDocument file \(\.odt, \.ods\)",
        "một tệp OpenDocument (.odt, .ods)",
        "a.docx: an OpenDocument file (.odt, .ods), not a Word document (.docx): save it as .docx or give it its own extension",
    ),
)


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r.pattern), r.vi) for r in REASONS)


def vietnamese(msg: str) -> str:
    """``msg`` with every listed reason in it said in Vietnamese."""
    for pattern, vi in _compiled():
        msg = pattern.sub(vi, msg)
    return msg
