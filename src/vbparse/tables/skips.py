"""The sections whose items are no tasks, as records: each with its id, what it reads, and invented headings it
skips beside headings it must not (issue 54: a skipped section left no trace; now ``vbparse explain`` names the
record, and ``evaluate.py --rules`` counts it).

The heading words each record tests are the patterns of ``tables/obligations.py`` (``SKIP_SECTION_PREFIXES``,
``COMPETENCE_HEADING``, ``REPORT_HEADING`` with ``AHEAD_TOO``, ``SKIP_SECTION_KEYS``); ``extract.obligation_skips.
skip_rule`` decides, in this order, and ``tests/test_skips.py`` checks every example and counter-example.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SkipRule:
    id: str
    #: what the rule reads, in a sentence
    reads: str
    #: headings (as printed, numbering apart) whose section it skips
    examples: tuple[str, ...]
    #: headings it must not skip
    counter_examples: tuple[str, ...]


SKIP_ATTENDEES = "skip.attendees"
SKIP_COMPETENCE = "skip.competence"
SKIP_REPORT = "skip.report"
SKIP_PURPOSES = "skip.purposes"

SKIP_RULES: tuple[SkipRule, ...] = (
    SkipRule(
        SKIP_ATTENDEES,
        "who attends and where (Thành phần, Số lượng đại biểu, Địa điểm, Địa bàn, Khách mời): a list, not tasks,"
        " unless the heading names duties beside it",
        ("Thành phần tham dự", "Địa điểm tổ chức", "Khách mời", "ĐỊA BÀN ĐIỀU TRA"),
        (
            "Tổ chức thực hiện",
            "Địa bàn và phân công thực hiện",
            "Thời gian, địa điểm và phân công nhiệm vụ",
            "Địa điểm và trách nhiệm thực hiện",
            "Thành phần và nhiệm vụ của Tổ công tác",
        ),
    ),
    SkipRule(
        SKIP_COMPETENCE,
        "who may decide, approve or destroy what (decision 11), unless the heading lists steps or duties beside it",
        ("Thẩm quyền quyết định tiêu hủy hồ sơ hết giá trị", "Phân cấp thẩm quyền phê duyệt dự toán"),
        ("Thẩm quyền, trình tự, thời gian đánh giá", "Trách nhiệm và thẩm quyền của Văn phòng"),
    ),
    SkipRule(
        SKIP_REPORT,
        "what was done (KẾT QUẢ THỰC HIỆN, ĐÁNH GIÁ CHUNG, Tình hình thực hiện), unless the heading looks ahead too",
        ("KẾT QUẢ THỰC HIỆN NĂM 2025", "ĐÁNH GIÁ CHUNG", "Tình hình triển khai"),
        ("KẾT QUẢ NĂM 2025 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026", "Kết quả dự kiến"),
    ),
    SkipRule(
        SKIP_PURPOSES,
        "purposes, requirements, targets, grounds, principles (every part of the heading one): decision 5 reads"
        " a named body's task there apart",
        ("MỤC ĐÍCH, YÊU CẦU", "Mục tiêu", "CĂN CỨ"),
        ("MỤC ĐÍCH, YÊU CẦU VÀ NHIỆM VỤ", "Nhiệm vụ trọng tâm"),
    ),
)
SKIP_RULES_BY_ID: dict[str, SkipRule] = {r.id: r for r in SKIP_RULES}
