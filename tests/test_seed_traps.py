"""The known traps in the seed plans, one test each (see issue: 'Known traps in the seeds')."""

from __future__ import annotations

import datetime as dt

from conftest import walk


def codes(doc):
    return {d.code for d in doc.diagnostics}


def test_seed000_has_no_number_or_date_and_says_so(seed_docs):
    doc = seed_docs["000"]
    assert doc.number is None
    assert doc.issued_date is None and doc.place is None
    assert {"missing_number", "missing_date"} <= codes(doc)


def test_seed000_issuer_is_inferred_from_the_body(seed_docs):
    doc = seed_docs["000"]
    assert doc.issuer.name == "UBND thị trấn Hà Trung"
    assert doc.issuer.inferred is True
    assert "issuer_inferred" in codes(doc)


def test_seed000_cites_the_towns_42_KH_UBND_of_10_March(seed_docs):
    refs = [r for r in seed_docs["000"].references if r.number == "42/KH-UBND"]
    assert len(refs) == 1
    assert refs[0].date == dt.date(2023, 3, 10)
    assert refs[0].issuer == "UBND thị trấn Hà Trung"
    assert refs[0].relation == "implements"


def test_seed002_cites_the_districts_42_KH_UBND_not_itself(seed_docs):
    doc = seed_docs["002"]
    assert doc.number.value == "42/KH-UBND"
    assert doc.issued_date == dt.date(2023, 3, 10)
    (ref,) = [r for r in doc.references if r.number == "42/KH-UBND"]
    assert ref.date == dt.date(2023, 2, 24)
    assert ref.issuer == "UBND huyện Hà Trung"
    assert ref.date != doc.issued_date


def test_seed000_impossible_date_is_reported_not_invented(seed_docs):
    doc = seed_docs["000"]
    bad = [d for d in doc.diagnostics if d.code == "impossible_date"]
    assert bad and "tháng 18 tháng 9" in bad[0].message
    assert all(o.deadline != dt.date(2023, 9, 18) for o in doc.obligations)


def test_seed001_blank_number_draft_of_a_council(seed_docs):
    doc = seed_docs["001"]
    assert doc.number.value == "/KH-HĐTĐKT"
    assert doc.number.serial is None
    assert doc.number.type_code == "KH" and doc.number.issuer_code == "HĐTĐKT"
    assert "blank_number" in codes(doc)


def test_seed001_partial_date_keeps_month_and_year(seed_docs):
    doc = seed_docs["001"]
    assert doc.issued_date is None
    assert (doc.issued_date_parts.day, doc.issued_date_parts.month, doc.issued_date_parts.year) == (None, 11, 2023)
    assert "blank_day" in codes(doc)


def test_the_issue_date_has_the_span_of_its_words_even_with_a_blank_day(seed_docs):
    from conftest import SEEDS

    dated = {key: doc for key, doc in seed_docs.items() if doc.issued_date_parts.year}
    assert "001" in dated and len(dated) >= 3  # 001's day is blank
    for key, doc in dated.items():
        span = doc.issued_date_parts.span
        assert span is not None, key
        original = next(SEEDS.glob(f"{key}*.txt")).read_text(encoding="utf-8")
        written = original[span.start : span.end]
        assert written.startswith("ngày") and written.endswith(str(doc.issued_date_parts.year)), (key, written)


def test_seed001_repeated_citation_is_one_reference_with_three_mentions(seed_docs):
    refs = [r for r in seed_docs["001"].references if r.number == "09/2019/QĐ-UBND"]
    assert len(refs) == 1
    assert len(refs[0].mentions) == 3


def test_seed001_VI_after_III_is_a_numbering_gap(seed_docs):
    doc = seed_docs["001"]
    gaps = [d for d in doc.diagnostics if d.code == "numbering_gap"]
    assert any("VI" in d.message for d in gaps)
    assert [s.label for s in doc.sections] == ["I", "II", "III", "VI"]


def test_seed003_repeated_III_is_kept_and_reported(seed_docs):
    doc = seed_docs["003"]
    assert [s.label for s in doc.sections].count("III") == 2
    assert "numbering_repeat" in codes(doc)


def test_seed004_incomplete_number_is_kept_partial(seed_docs):
    doc = seed_docs["004"]
    (ref,) = [r for r in doc.references if r.doc_type == "QĐ"]
    assert ref.number == "09/2019"
    assert ref.date == dt.date(2019, 4, 9)
    assert "incomplete_reference_number" in codes(doc)


def test_seed002_diem3_is_read_as_phase_3_with_a_diagnostic(seed_docs):
    doc = seed_docs["002"]
    assert [(p.ordinal, p.start, p.end) for p in doc.phases] == [
        (1, "2023-03-01", "2023-04-30"),
        (2, "2023-05-01", "2023-09-02"),
        (3, "2023-09-02", "2023-12-31"),
    ]
    assert "phase_label_typo" in codes(doc)


def test_seed003_month_only_range_keeps_month_precision(seed_docs):
    (ph,) = seed_docs["003"].phases
    assert (ph.start, ph.end) == ("2023-02", "2023-06")


def test_seed000_inline_assignment_to_a_named_person(seed_docs):
    obs = [o for o in seed_docs["000"].obligations if o.assignee.kind == "person"]
    assert obs[0].assignee.person_name == "Nguyễn Ngọc Luyện"
    assert obs[0].assignee.position == "Phó Chủ tịch UBND"
    assert obs[0].section == "IV.1"


def test_seed000_partner_becomes_support_and_deadline_is_read(seed_docs):
    obs = [o for o in seed_docs["000"].obligations if o.section == "IV.2"]
    lead = [o for o in obs if o.role == "lead"]
    support = [o for o in obs if o.role == "support"]
    assert lead[0].assignee.canonical == "Văn phòng - Thống kê"
    assert lead[0].deadline == dt.date(2023, 9, 10)
    assert support and support[0].task == lead[0].task


def test_seed002_requested_mode_for_de_nghi(seed_docs):
    obs = [o for o in seed_docs["002"].obligations if o.section == "VII.6"]
    assert obs and all(o.mode == "requested" for o in obs)
    assert "Mặt trận Tổ quốc" in {o.assignee.canonical for o in obs}


def test_seed002_monthly_task_has_recurrence_not_a_date(seed_docs):
    monthly = [o for o in seed_docs["002"].obligations if o.recurrence == "monthly"]
    assert monthly and all(o.deadline is None for o in monthly)


def test_seed004_stacked_signature(seed_docs):
    s = seed_docs["004"].signer
    assert (s.authority, s.on_behalf_of, s.position, s.name) == (
        "TM.",
        "ỦY BAN NHÂN DÂN",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Công Hoan",
    )
    assert [(c.authority, c.target) for c in s.chain] == [("TM.", "ỦY BAN NHÂN DÂN"), ("KT.", "CHỦ TỊCH")]


def test_seed001_second_position_line(seed_docs):
    s = seed_docs["001"].signer
    assert s.position == "CHỦ TỊCH"
    assert s.additional_positions == ["CHỦ TỊCH UBND THỊ TRẤN"]
    assert s.name == "Cù Văn Hân"


def test_seed000_recipients_purposes_and_archive(seed_docs):
    doc = seed_docs["000"]
    assert [(r.name, r.purpose) for r in doc.recipients][:3] == [
        ("UBND huyện", "báo cáo"),
        ("TT Đảng ủy, TT.HĐND", "báo cáo"),
        ("Cán bộ công chức chuyên môn", "thực hiện"),
    ]
    assert doc.archive == ["VT", "VPTK"]


def test_markdown_is_stripped_from_values_but_headings_are_kept(seed_docs):
    doc = seed_docs["003"]
    assert "*" not in doc.title and "#" not in doc.title
    headings = [s.heading for s in walk(doc.sections) if s.heading]
    assert "MỤC ĐÍCH, YÊU CẦU" in headings
    assert all("*" not in h for h in headings)


def test_every_span_points_back_into_the_original(seed_docs):
    from conftest import seed

    for key, doc in seed_docs.items():
        original = seed(key).read_text(encoding="utf-8")
        for ref in doc.references:
            text = original[ref.span.start : ref.span.end]
            assert ref.number.split("/")[0] in text, (key, ref.raw, text)
        if doc.number is not None:
            assert doc.number.raw.split("/")[-1] in original[doc.number.span.start : doc.number.span.end]
