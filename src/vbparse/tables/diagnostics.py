"""What each diagnostic code says to a reader of the pages, in Vietnamese (issue 41, item 10).

A diagnostic's ``message`` is English and technical (it names the rule and the text read, for whoever fixes
the parser); an official reading a document's page is told, in a sentence of his own language, what the
reader found odd and what to check.  Every code the readers and extractors emit has a sentence here
(``tests/test_tables.py`` looks for every code in the sources); ``low_confidence_<field>`` codes are made per
field.
"""

from __future__ import annotations

#: code → the sentence shown on a document's page.
DIAGNOSTIC_LABELS: dict[str, str] = {
    # the header
    "missing_number": "Không đọc được số văn bản.",
    "blank_number": "Số văn bản để trống (bản dự thảo, hoặc chưa vào sổ).",
    "unreadable_number": "Số văn bản viết tay hoặc đóng dấu, không đọc chắc được: hãy đối chiếu bản gốc.",
    "missing_date": "Không đọc được ngày ban hành.",
    "blank_day": "Ngày ban hành để trống ngày.",
    "blank_month": "Ngày ban hành để trống tháng.",
    "unreadable_date": "Ngày ban hành viết tay hoặc đóng dấu, không đọc chắc được: hãy đối chiếu bản gốc.",
    "impossible_date": "Văn bản có một ngày tháng không thể có (ví dụ 31/02, hoặc năm quá xa): không dùng ngày đó.",
    "day_from_signature": "Ngày ban hành không in rõ; ngày được lấy từ chữ ký số, khớp với tháng và năm in trên văn bản.",
    "missing_doc_type": "Không đọc được loại văn bản (KẾ HOẠCH, QUYẾT ĐỊNH, …).",
    "missing_issuer": "Không đọc được cơ quan ban hành.",
    "issuer_inferred": "Phần đầu không ghi cơ quan ban hành; tên cơ quan được lấy từ nội dung văn bản.",
    "issuer_place_respelled": "Tên địa danh của cơ quan ban hành được sửa dấu theo danh mục đơn vị hành chính "
    "(nhận dạng chữ có thể đã đọc sai dấu).",
    "assignee_place_respelled": "Tên địa danh trong tên một đơn vị được giao việc được sửa dấu theo danh mục đơn vị "
    "hành chính (nhận dạng chữ có thể đã đọc sai dấu).",
    "incomplete_reference_number": "Một văn bản được dẫn chiếu chỉ ghi số, thiếu ký hiệu: không chắc là văn bản nào.",
    # the closing
    "missing_recipients": "Không thấy phần “Nơi nhận”.",
    "malformed_archive": "Dòng “Lưu” không đúng mẫu (thiếu dấu hai chấm).",
    "missing_signer": "Không đọc được người ký.",
    "signer_post_corrected": "Chức vụ người ký được sửa lỗi nhận dạng chữ theo danh mục chức vụ.",
    "implausible_signer_name": "Tên người ký đọc được không giống tên người nên không giữ: hãy xem bản gốc.",
    # the body
    "numbering_gap": "Đánh số các mục bị nhảy cóc (có thể thiếu một mục).",
    "numbering_out_of_order": "Đánh số các mục không theo thứ tự.",
    "numbering_repeat": "Một số thứ tự mục bị lặp lại.",
    "phase_end_before_start": "Một đợt hoặc giai đoạn có ngày kết thúc trước ngày bắt đầu.",
    "phase_label_typo": "Nhãn một đợt có vẻ gõ nhầm số thứ tự.",
    "unread_after_closing": "Có đoạn văn sau phần kết không thuộc phần nào đã đọc (phụ lục không có tiêu đề?): "
    "nhiệm vụ trong đó có thể bị sót.",
    # the file and its reading
    "damaged_pdf": "Tệp PDF bị hỏng một phần; phần đọc được vẫn được giữ.",
    "empty_page": "Có trang không có chữ.",
    "unreadable_page": "Có trang có lớp chữ không đọc được.",
    "garbled_text_layer": "Lớp chữ của tệp PDF phần lớn không phải tiếng Việt (lỗi phông chữ) và nhận dạng ảnh đang tắt.",
    "low_ocr_confidence": "Trang quét được nhận dạng chữ với độ tin cậy thấp: hãy đối chiếu bản gốc.",
    "ocr_resolution_lowered": "Trang quét quá lớn nên được nhận dạng ở độ phân giải thấp hơn.",
    "ocr_corroborated": "Một từ nhận dạng chưa chắc được sửa theo chính từ đó in rõ ở chỗ khác trong văn bản.",
    "digits_read_again": "Chữ số viết tay hoặc đóng dấu ở phần đầu được đọc lại riêng, các lần đọc đều khớp nhau.",
    "signature_read_again": "Khối chữ ký được đọc lại sau khi bỏ màu con dấu và chữ ký.",
    "handwriting_reader_missing": "Chưa cài bộ đọc chữ số viết tay (vbparse[handwriting]): số hoặc ngày viết tay "
    "có thể chưa đọc được.",
    "replaced_characters": "Tệp có ký tự không phải văn bản Unicode, đã được thay bằng dấu thay thế.",
}

#: The fields a ``low_confidence_<field>`` code names (``extract/confidence.py``), as a reader says them.
CONFIDENCE_FIELDS: dict[str, str] = {
    "number": "Số văn bản",
    "issuer": "Cơ quan ban hành",
    "issued_day": "Ngày ban hành (ngày)",
    "issued_month": "Ngày ban hành (tháng)",
    "issued_year": "Ngày ban hành (năm)",
    "signer_name": "Tên người ký",
}


def vietnamese_diagnostic(code: str) -> str:
    """The sentence a page shows for a diagnostic ``code``."""
    if code in DIAGNOSTIC_LABELS:
        return DIAGNOSTIC_LABELS[code]
    if code.startswith("low_confidence_"):
        field = code.removeprefix("low_confidence_")
        what = CONFIDENCE_FIELDS.get(field, field.replace("_", " "))
        return f"{what} đọc từ ảnh với độ tin cậy thấp: hãy đối chiếu bản gốc."
    return "Một điểm bất thường khi đọc văn bản (xem chi tiết kỹ thuật)."
