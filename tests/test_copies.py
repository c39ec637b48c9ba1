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


def test_of_a_scan_and_its_text_the_text_is_the_copy_shown(tmp_path):
    """Issue 41: the OCR'd copy of a plan, with a misread extra task, gave the board its tasks."""
    from vbparse.store.copies import rebuild_copies

    plan = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "15", TASKS)
    scan = plan.replace("thông tin.", "thông tin.\n\n4. Sở Tài chính chủ tri tổng hợp kinh phi.")
    db = _index(tmp_path, {"kh-15.txt": plan, "kh-15-scan.md": scan})
    with Archive(db) as archive:
        b = archive.backend
        b.execute("UPDATE documents SET source_ocr = 1 WHERE path LIKE '%kh-15-scan.md'")  # as read from a scan
        rebuild_copies(b)
        b.commit()
    assert _sources(db, "Sở Tài chính") == ["kh-15.txt"]


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


def test_copies_are_decided_again_when_a_copy_or_its_issued_copy_leaves_the_folder(tmp_path):
    """Copies are decided when documents are written or set aside (issue 40), so each index run that moves
    a file away or back regroups what shares a key with it."""
    issued = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "15", TASKS)
    draft = issued.replace("Số: 15/KH-UBND", "Số:      /KH-UBND").replace("thông tin.", "thông tin đại chúng.")
    db = _index(tmp_path, {"a.txt": issued, "b-du-thao.md": draft})
    with Archive(db) as archive:
        ids = {p.rsplit("/", 1)[-1]: i for i, p in archive.backend.all("SELECT id, path FROM documents")}
        assert set(copies(archive.backend)) == {ids["b-du-thao.md"]}

    def index_again() -> None:
        with Archive(db) as archive:
            archive.index([tmp_path], jobs=1)

    (tmp_path / "a.txt").rename(tmp_path / "a.txt.bak")  # the issued copy leaves: the draft gives the tasks
    index_again()
    with Archive(db) as archive:
        assert copies(archive.backend) == {}
    assert _sources(db, "Sở Tài chính") == ["b-du-thao.md"]
    (tmp_path / "a.txt.bak").rename(tmp_path / "a.txt")  # and comes back
    index_again()
    with Archive(db) as archive:
        assert set(copies(archive.backend)) == {ids["b-du-thao.md"]}
    assert _sources(db, "Sở Tài chính") == ["a.txt"]


def test_a_task_query_reads_the_copies_decided_at_index_time_and_compares_no_text(tmp_path, monkeypatch):
    """The board timed out shingling every document sharing an issuer and a title on every request (issue 40,
    HIGH): a request must not compare texts at all."""
    from vbparse.store import copies as copies_module

    issued = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "15", TASKS)
    draft = issued.replace("Số: 15/KH-UBND", "Số:      /KH-UBND").replace("thông tin.", "thông tin đại chúng.")
    db = _index(tmp_path, {"ke-hoach.txt": issued, "ke-hoach-du-thao.md": draft})

    def no_text_compared(*_a, **_k):
        raise AssertionError("a request compared texts")

    monkeypatch.setattr(copies_module, "_shingle_reader", no_text_compared)
    monkeypatch.setattr(copies_module, "similarity", no_text_compared)
    assert _sources(db, "Sở Tài chính") == ["ke-hoach.txt"]


def test_a_reference_to_a_plan_kept_in_two_copies_resolves_to_the_copy_shown(tmp_path):
    """Issue 41: a citation of a plan archived as .txt and as .md was "ambiguous" between its two copies."""
    plan = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "15", TASKS)
    citing = _plan(
        "ỦY BAN NHÂN DÂN XÃ LẠC DƯƠNG",
        "Lâm Đồng",
        "3",
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh Lâm Đồng, UBND xã ban hành "
        "kế hoạch triển khai.\n\n1. Công chức Văn hóa - Xã hội tuyên truyền về phong trào thi đua.",
    ).replace("ngày 10 tháng 3 năm 2026", "ngày 20 tháng 3 năm 2026")
    db = _index(
        tmp_path, {"kh-15.txt": plan, "kh-15.md": plan.replace("Kế hoạch,", "Kế hoạch này,"), "kh-3.txt": citing}
    )
    with Archive(db) as archive:
        (primary,) = {c.primary for c in copies(archive.backend).values()}
        (source,) = [d for d in archive.find("3/KH-UBND")]
        edges = [e for e in archive.refs(source.id).cites if "15/KH" in (e.citation.number or "")]
        assert [(e.status, e.target.id if e.target else None) for e in edges] == [("resolved", primary)]


def test_a_copy_found_by_search_or_among_a_documents_citers_says_which_document_it_copies(tmp_path):
    """Issue 53: a draft and its issued plan, a scan and its text, were listed twice with no mark."""
    issued = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "15", TASKS)
    draft = issued.replace("Số: 15/KH-UBND", "Số:      /KH-UBND").replace("thông tin.", "thông tin đại chúng.")
    db = _index(tmp_path, {"ke-hoach.txt": issued, "ke-hoach-du-thao.md": draft})
    with Archive(db) as archive:
        (copy,) = copies(archive.backend).values()
        marks = {h.document.id: h.document.copy_of for h in archive.search("phong trào thi đua")}
        assert marks == {copy.primary: None, copy.doc_id: copy.primary}
        assert [d.copy_of for d in archive.find(copy.doc_id)] == [copy.primary]


def test_the_search_page_marks_a_copy_and_links_the_document_it_copies(tmp_path):
    from fastapi.testclient import TestClient

    from vbparse.web import create_app

    issued = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "15", TASKS)
    draft = issued.replace("Số: 15/KH-UBND", "Số:      /KH-UBND").replace("thông tin.", "thông tin đại chúng.")
    db = _index(tmp_path, {"ke-hoach.txt": issued, "ke-hoach-du-thao.md": draft})
    with Archive(db) as archive:
        (copy,) = copies(archive.backend).values()
    with TestClient(create_app(db)) as client:
        page = client.get("/", params={"q": "phong trào thi đua"}).text
    assert page.count("bản sao của") == 1 and f"/documents/{copy.primary}" in page


def test_the_reference_graph_marks_a_copy_with_the_document_it_copies(tmp_path):
    import io
    import xml.etree.ElementTree as ET

    from vbparse.store.export import write_graphml

    issued = _plan("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng", "15", TASKS)
    draft = issued.replace("Số: 15/KH-UBND", "Số:      /KH-UBND").replace("thông tin.", "thông tin đại chúng.")
    db = _index(tmp_path, {"ke-hoach.txt": issued, "ke-hoach-du-thao.md": draft})
    out = io.StringIO()
    with Archive(db) as archive:
        (copy,) = copies(archive.backend).values()
        write_graphml(archive, out)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    marks = {
        n.get("id"): [d.text for d in n.findall("g:data", ns) if d.get("key") == "n_copy_of"]
        for n in ET.fromstring(out.getvalue()).iter("{http://graphml.graphdrawing.org/xmlns}node")
    }
    assert marks == {copy.primary: [], copy.doc_id: [copy.primary]}
