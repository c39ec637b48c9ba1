"""One plan, several copies (issue 23): a draft and its issued version, or the same plan in two formats, are
one document whose tasks come from the issued copy; two plans written from one template stay two."""

from __future__ import annotations

from typing import cast

import pytest
from test_areas import _plan

from vbparse.store import Archive
from vbparse.store.copies import copies

TASKS = (
    "1. Sở Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày 30/6/2026.\n\n"
    "2. Sở Nội vụ chủ trì tổng hợp kết quả thi đua của các cơ quan, đơn vị, báo cáo trước ngày 15/11/2026.\n\n"
    "3. Sở Văn hóa, Thể thao và Du lịch tuyên truyền về phong trào thi đua trên các phương tiện thông tin."
)


def _index(tmp_path, files: dict[str, str]) -> str:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([tmp_path], jobs=1)
    return db


def _sources(db: str, assignee: str) -> list[str]:
    with Archive(db) as archive:
        return sorted({cast(str, h.document.path).rsplit("/", 1)[-1] for h in archive.obligations(assignee)})


def test_a_draft_and_its_issued_plan_are_one_document_whose_tasks_come_from_the_issued_copy(tmp_path):
    issued = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "15", TASKS)
    draft = issued.replace("Số: 15/KH-UBND", "Số:      /KH-UBND").replace("thông tin.", "thông tin đại chúng.")
    db = _index(tmp_path, {"ke-hoach-thi-dua.txt": issued, "ke-hoach-thi-dua-du-thao.md": draft})
    assert _sources(db, "Sở Tài chính") == ["ke-hoach-thi-dua.txt"]
    with Archive(db) as archive:
        (copy,) = copies(archive.backend).values()
        assert "trích yếu" in copy.reason
        assert len(archive.search("phong trào thi đua")) == 2  # the draft stays searchable


def test_one_plan_in_two_formats_with_its_number_issuer_and_date_is_one_document(tmp_path):
    plan = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "15", TASKS)
    db = _index(tmp_path, {"kh-15.txt": plan, "kh-15.md": plan.replace("Kế hoạch,", "Kế hoạch này,")})
    assert len(_sources(db, "Sở Tài chính")) == 1


@pytest.mark.parametrize("second", ["kh-b.txt", "kh-b.md"])
def test_two_plans_with_different_numbers_are_two_documents_however_alike(tmp_path, second):
    first = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "15", TASKS)
    other = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "16", TASKS)
    db = _index(tmp_path, {"kh-a.txt": first, second: other})
    assert len(_sources(db, "Sở Tài chính")) == 2


def test_two_plans_of_one_template_in_one_format_neither_a_draft_are_two_documents(tmp_path):
    # the same inspection plan for other units: no number written in either, 95 % of the words in common
    a = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "", TASKS + "\n\n4. Kiểm tra Công ty A.")
    b = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "", TASKS + "\n\n4. Kiểm tra Công ty B.")
    db = _index(tmp_path, {"kh-kiem-tra-a.txt": a, "kh-kiem-tra-b.txt": b})
    assert len(_sources(db, "Sở Tài chính")) == 2


def test_copies_are_found_again_when_a_document_goes_and_another_comes_back_at_once(tmp_path):
    """The present documents changed while their number and highest id did not (a draft's file moved away,
    another file back): what was cached for the old set must not be answered."""
    issued = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "15", TASKS)
    draft = issued.replace("Số: 15/KH-UBND", "Số:      /KH-UBND").replace("thông tin.", "thông tin đại chúng.")
    other = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "21", TASKS.replace("Sở Tài chính", "Sở Y tế"))
    last = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "22", TASKS.replace("Sở Tài chính", "Sở Xây dựng"))
    files = {"a.txt": issued, "b-du-thao.md": draft, "c.txt": other, "d.txt": last}
    db = _index(tmp_path, files)
    with Archive(db) as archive:
        b = archive.backend
        ids = {p.rsplit("/", 1)[-1]: i for i, p in b.all("SELECT id, path FROM documents")}
        b.execute("UPDATE documents SET status = 'vanished' WHERE id = ?", (ids["c.txt"],))
        b.commit()
        (copy_id,) = copies(b)
        assert copy_id == ids["b-du-thao.md"]
        present = "SELECT COUNT(*), MAX(rid) FROM documents WHERE status = 'present'"
        before = b.one(present)
        b.execute("UPDATE documents SET status = 'vanished' WHERE id = ?", (ids["b-du-thao.md"],))
        b.execute("UPDATE documents SET status = 'present' WHERE id = ?", (ids["c.txt"],))
        b.commit()
        assert b.one(present) == before  # what the old token read has not moved
        assert copies(b) == {}
