"""A task that carries its fields in brackets (issue 54's worked example): ``Tổ chức tập huấn … (Cơ quan chủ trì:
Sở Y tế; phối hợp: Sở Tài chính, UBND các xã). Thời gian: Quý II/2026.``  No reader read it: the item has no
subject, no field items, no heading over items, so nothing was proposed."""

from __future__ import annotations

import datetime as dt

from vbparse import parse_text

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 31/KH-UBND\nBình Phú, ngày 06 tháng 01 năm 2026\nKẾ HOẠCH\nPhòng, chống dịch bệnh năm 2026\nII. NHIỆM VỤ\n"


def _read(body: str) -> list[tuple[str, str, str, dt.date | None, list[str]]]:
    doc = parse_text(HEADER + body)
    return [(o.role, o.assignee.raw, o.task, o.deadline, o.evidence) for o in doc.obligations]


def test_the_bracketed_lead_and_partners_are_given_the_task_before_the_bracket():
    got = _read(
        "1. Tổ chức tập huấn kỹ năng phòng chống dịch bệnh cho cán bộ y tế cơ sở (Cơ quan chủ trì: Sở Y tế; "
        "phối hợp: Sở Tài chính, UBND các xã). Thời gian: Quý II/2026.\n"
    )
    roles = {(r, a) for r, a, *_ in got}
    assert roles == {("lead", "Sở Y tế"), ("support", "Sở Tài chính"), ("support", "UBND các xã")}
    assert {t for _, _, t, _, _ in got} == {"Tổ chức tập huấn kỹ năng phòng chống dịch bệnh cho cán bộ y tế cơ sở"}
    assert all(d == dt.date(2026, 6, 30) and "fields.bracketed" in ev for *_, d, ev in got)


def test_the_time_inside_the_brackets_is_the_deadline():
    got = _read(
        "- Xây dựng cơ sở dữ liệu đất đai (cơ quan chủ trì: Sở Nông nghiệp và Môi trường; cơ quan phối hợp: "
        "Sở Tài chính; thời gian hoàn thành: năm 2026).\n"
    )
    assert ("lead", "Sở Nông nghiệp và Môi trường") in {(r, a) for r, a, *_ in got}
    assert {d for *_, d, _ in got} == {dt.date(2026, 12, 31)}


def test_brackets_that_hold_no_lead_field_are_part_of_the_task():
    """Counter-examples: an explanation in brackets, a partner alone, a subject that leads the sentence."""
    assert not _read("1. Rà soát các thủ tục hành chính (theo Quyết định số 12/QĐ-UBND).\n")
    assert not _read("2. Tổ chức diễn tập (phối hợp: Công an tỉnh).\n")
    got = _read("3. Sở Y tế chủ trì tổ chức diễn tập (phối hợp: Công an tỉnh).\n")
    assert ("lead", "Sở Y tế") in {(r, a) for r, a, *_ in got}
    assert not any("fields.bracketed" in ev for *_, ev in got)
