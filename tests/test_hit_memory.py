"""What a unit's tasks hold in memory (issue 55: "memory per task down"): a board's download keeps every task of
the unit while it writes, and each hit held its plan's summary and every name of its task as copies of its own.

The hits of one query share one summary per plan and one object per equal name; their values are the same as
before (the JSON of every hit is checked against the summary and names each would have had alone).
"""

from __future__ import annotations

import datetime as dt
import tracemalloc

import pytest

from vbparse.store import Archive

TODAY = dt.date(2026, 11, 27)


def _plan(number: int, tasks: int) -> str:
    items = "\n".join(
        f"{k}. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, Ủy ban nhân dân các xã rà soát hồ sơ đợt {k} "
        f"của năm; hoàn thành trước ngày {k % 28 + 1:02d}/12/2026."
        for k in range(1, tasks + 1)
    )
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\n"
        f"Số: {number}/KH-UBND\n\nLào Cai, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        f"Rà soát hồ sơ hành chính năm 2026 lần {number}\n\nI. NHIỆM VỤ\n\n{items}\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plans")
    for n in (11, 12):
        (folder / f"kh-{n}.txt").write_text(_plan(n, 40), encoding="utf-8")
    a = Archive(str(folder / "a.db"))
    assert a.index([folder], jobs=1).failed == 0
    return a


def test_the_tasks_of_one_plan_share_its_summary(archive):
    hits = archive.obligations("Sở Tài chính", today=TODAY, limit=1000)
    assert len(hits) == 80
    by_doc: dict[str, set[int]] = {}
    for h in hits:
        by_doc.setdefault(h.document.id, set()).add(id(h.document))
    assert len(by_doc) == 2
    assert all(len(ids) == 1 for ids in by_doc.values())


def test_equal_names_of_a_querys_tasks_are_one_object(archive):
    hits = archive.obligations("Sở Tài chính", today=TODAY, limit=1000)
    for doc_id in {h.document.id for h in hits}:
        mine = [h for h in hits if h.document.id == doc_id]
        assert len({id(h.assignee) for h in mine}) == 1
        partners = [a for h in mine for a in h.co_assignees if a.raw == "Sở Nội vụ"]
        assert len(partners) == len(mine) and len({id(a) for a in partners}) == 1
    supports = archive.obligations("Sở Nội vụ", today=TODAY, limit=1000)
    leads = [a for h in supports for a in h.leads]
    assert len(leads) == 80 and len({id(a) for a in leads}) == 1  # both plans are of one province


def test_shared_objects_change_no_value(archive):
    hits = archive.obligations("Sở Tài chính", today=TODAY, limit=1000)
    alone = archive.obligations("Sở Tài chính", today=TODAY, limit=1)
    assert hits[0].model_dump(mode="json") == alone[0].model_dump(mode="json")
    assert all(h.assignee.canonical == "Sở Tài chính" and h.co_assignees for h in hits)


def test_a_unit_s_tasks_cost_little_memory_each(archive):
    archive.obligations("Sở Tài chính", today=TODAY, limit=5)  # imports and statements, before measuring
    tracemalloc.start()
    try:
        hits = archive.obligations("Sở Tài chính", today=TODAY, limit=1000)
        kept, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(hits) == 80
    # each hit's own task text is about 0.2 KiB: a hit held 9.2 KiB here while it kept copies of its own, 2.7 KiB
    # since (CPython 3.11, pydantic 2.14; the bound leaves room for other versions)
    assert kept / len(hits) < 4 * 1024
