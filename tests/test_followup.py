"""Follow-up of a plan (issue 42): the later documents that answer it, each with the citation that names it,
and which of its assignees answered, reported, or have not (overdue or open)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from conftest import BACKENDS, archive_location

from vbparse.cli import main
from vbparse.store import Archive
from vbparse.tables.followup import CHANGE_TITLE, CHANGE_TITLE_EXAMPLES, REPORT_TITLE, REPORT_TITLE_EXAMPLES


def _doc(issuer: str, parent: str | None, number: str, place: str, date: str, kind: str, title: str, body: str) -> str:
    head = f"{parent}\n{issuer}" if parent else issuer
    d, m, y = date.split("/")
    return (
        f"{head}\nSố: {number}\n{place}, ngày {d} tháng {m} năm {y}\n{kind}\n{title}\n{body}\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
    )


PLAN = _doc(
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    None,
    "12/KH-UBND",
    "Lào Cai",
    "10/3/2026",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính năm 2026",
    "I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nội vụ chủ trì tổng hợp kết quả, báo cáo trước ngày 30/6/2026.\n"
    "2. Ủy ban nhân dân huyện Bát Xát xây dựng kế hoạch của huyện, hoàn thành trước ngày 30/4/2026.\n"
    "3. Ủy ban nhân dân huyện Sa Pa xây dựng kế hoạch của huyện, hoàn thành trước ngày 30/4/2026.\n"
    "4. Sở Tư pháp tuyên truyền pháp luật, hoàn thành trước ngày 30/9/2026.\n"
    "5. Sở Nội vụ tổ chức hội nghị tập huấn nghiệp vụ cải cách hành chính cho cán bộ, công chức cấp xã.",
)
DISTRICT_PLAN = _doc(
    "ỦY BAN NHÂN DÂN HUYỆN BÁT XÁT",
    None,
    "45/KH-UBND",
    "Bát Xát",
    "20/3/2026",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn huyện",
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2026 của UBND tỉnh Lào Cai về tuyên truyền cải cách hành chính, "
    "UBND huyện Bát Xát ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ huyện tổng hợp kết quả.",
)
REPORT = _doc(
    "SỞ NỘI VỤ",
    "UBND TỈNH LÀO CAI",
    "80/BC-SNV",
    "Lào Cai",
    "25/6/2026",
    "BÁO CÁO",
    "Kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2026 của UBND tỉnh",
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2026 của UBND tỉnh Lào Cai, Sở Nội vụ báo cáo như sau:\n"
    "I. KẾT QUẢ\n1. Đã tổ chức 12 hội nghị tuyên truyền trên sóng phát thanh.\n"
    "2. Đã mở 4 hội nghị tập huấn nghiệp vụ cải cách hành chính cho 350 cán bộ, công chức cấp xã.\n"
    "II. KHÓ KHĂN\nKinh phí còn hạn chế.",
)
AMENDMENT = _doc(
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    None,
    "30/KH-UBND",
    "Lào Cai",
    "15/5/2026",
    "KẾ HOẠCH",
    "Sửa đổi, bổ sung Kế hoạch số 12/KH-UBND ngày 10/3/2026 về tuyên truyền cải cách hành chính",
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/3/2026 của UBND tỉnh Lào Cai;\nI. NỘI DUNG SỬA ĐỔI\n"
    "1. Sở Tư pháp tuyên truyền pháp luật, hoàn thành trước ngày 30/10/2026.",
)
#: A plan of another province with the same number and date: never an answer of ours.
ELSEWHERE = _doc(
    "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG",
    None,
    "46/KH-UBND",
    "Đức Trọng",
    "21/3/2026",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính năm 2026",
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2026 của UBND tỉnh Lâm Đồng, UBND huyện Đức Trọng ban hành "
    "Kế hoạch:\nI. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ tổng hợp.",
)


CHAIN = {
    "kh-12.txt": PLAN,
    "kh-45-bat-xat.txt": DISTRICT_PLAN,
    "bc-80.txt": REPORT,
    "kh-30.txt": AMENDMENT,
    "kh-46-duc-trong.txt": ELSEWHERE,
}


def _plan_id(archive: Archive, number: str) -> str:
    (plan,) = [s for s, d in archive.documents() if d.number and d.number.value == number]
    return plan.id


def _index_chain(root, db: str) -> str:
    """The invented chain written to ``root/docs`` and indexed into ``db``: the plan's id."""
    docs = root / "docs"
    docs.mkdir()
    for name, text in CHAIN.items():
        (docs / name).write_text(text, encoding="utf-8")
    with Archive(db) as archive:
        archive.index([docs], jobs=1)
        return _plan_id(archive, "12/KH-UBND")


@pytest.fixture(scope="module", params=BACKENDS)
def chain(request, tmp_path_factory):
    """The invented chain indexed into an archive of each backend (every test of it runs on both)."""
    root = tmp_path_factory.mktemp("followup")
    db, drop = archive_location(request.param, root)
    yield db, _index_chain(root, db)
    drop()


def test_a_plan_lists_the_documents_that_answer_it_by_kind_with_their_citation(chain):
    db, plan = chain
    with Archive(db, create=False) as archive:
        answers = {a.document.number: a for a in archive.answers(plan)}
    assert answers["45/KH-UBND"].kind == "implements" and "12/KH-UBND" in answers["45/KH-UBND"].evidence
    assert answers["80/BC-SNV"].kind == "reports"
    assert answers["30/KH-UBND"].kind == "amends"
    assert "46/KH-UBND" not in answers  # the same number of another province's UBND: not ours


def test_each_assignee_is_answered_reported_overdue_or_open(chain):
    db, plan = chain
    with Archive(db, create=False) as archive:
        result = archive.followup(plan, today=dt.date(2026, 5, 10))
    states = {(r.assignee.canonical or r.assignee.raw): r.state for r in result.assignees}
    assert states["Ủy ban nhân dân huyện Bát Xát"] == "answered"
    assert states["Ủy ban nhân dân huyện Sa Pa"] == "overdue"  # due 30/4, nothing from it
    assert states["Sở Nội vụ"] == "reported"
    assert states["Sở Tư pháp"] == "amended"  # kế hoạch 30 amends the plan and gives it its task again
    (justice,) = [r for r in result.assignees if r.state == "amended"]
    assert [(a.kind, a.document.number) for a in justice.answers] == [("amends", "30/KH-UBND")]
    (bat_xat,) = [r for r in result.assignees if r.state == "answered"]
    assert [a.document.number for a in bat_xat.answers] == ["45/KH-UBND"]


def test_cli_followup_says_who_answered_in_one_line_each(chain, capsys):
    db, plan = chain
    assert main(["followup", plan, "--db", db, "--today", "10/5/2026"]) == 0
    out = capsys.readouterr().out
    assert "đã trả lời" in out and "quá hạn" in out and "Ủy ban nhân dân huyện Sa Pa" in out
    assert re.search(r"\n +“tổ chức hội nghị tập huấn[^”]*” → 80/BC-SNV mục I\.2: “Đã mở 4 hội nghị", out)
    assert main(["followup", plan, "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["document"]["id"] == plan


@pytest.mark.parametrize("kind", ["amends", "replaces", "repeals", "corrects"])
def test_change_title_pattern_reads_its_examples(kind):
    for text in CHANGE_TITLE_EXAMPLES[kind]:
        m = CHANGE_TITLE.search(text)
        assert m is not None and m.lastgroup == kind, text
    for text in CHANGE_TITLE_EXAMPLES["none"]:
        assert CHANGE_TITLE.search(text) is None, text


def test_report_title_pattern_reads_its_examples():
    assert all(REPORT_TITLE.search(t) for t in REPORT_TITLE_EXAMPLES["matches"])
    assert not any(REPORT_TITLE.search(t) for t in REPORT_TITLE_EXAMPLES["refused"])


def test_the_api_answers_the_followup_of_a_plan(chain):
    from fastapi.testclient import TestClient

    from vbparse.web import create_app

    db, plan = chain
    with TestClient(create_app(db)) as client:
        r = client.get(f"/api/followup/{plan}", params={"today": "10/5/2026"})
        assert r.status_code == 200
        states = {row["assignee"]["canonical"]: row["state"] for row in r.json()["assignees"]}
        assert states["Ủy ban nhân dân huyện Sa Pa"] == "overdue" and states["Sở Nội vụ"] == "reported"
        assert client.get("/api/followup/0000000000000000").status_code == 404
        assert "/api/followup/{ref}" in client.get("/openapi.json").json()["paths"]


def test_a_plans_page_says_who_answered_and_who_has_not(chain):
    from fastapi.testclient import TestClient

    from vbparse.web import create_app
    from vbparse.web.pages import current_date

    db, plan = chain
    app = create_app(db)
    app.dependency_overrides[current_date] = lambda: dt.date(2026, 5, 10)
    with TestClient(app) as client:
        page = client.get(f"/documents/{plan}").text
    section = page.split('id="follow-h"', 1)[1].split("</section>", 1)[0]
    assert "45/KH-UBND" in section and "80/BC-SNV" in section and "30/KH-UBND" in section
    # why each is an answer, said in Vietnamese (the English stays in the JSON's ``why``)
    assert "dẫn văn bản này để thực hiện" in section and "là báo cáo về văn bản này" in section
    assert "trích yếu ghi “Sửa đổi” số 30/KH-UBND" in section and "it cites it" not in section
    rows = {name: state for state, name in re.findall(r'<tr class="(\w+)"><td>([^<]+)</td>', section)}
    assert rows == {
        "Ủy ban nhân dân huyện Sa Pa": "overdue",
        "Sở Tư pháp": "amended",
        "Sở Nội vụ": "reported",
        "Ủy ban nhân dân huyện Bát Xát": "answered",
    }


def test_due_lists_the_tasks_due_soon_marked_by_how_soon(chain, capsys):
    db, _plan = chain
    with Archive(db, create=False) as archive:
        soon = archive.due_within(7, today=dt.date(2026, 4, 27))
        mine = archive.due_within(7, today=dt.date(2026, 4, 27), assignee="UBND huyện Sa Pa")
    assert {h.document.number for h in soon} == {"12/KH-UBND"} and all(h.deadline == dt.date(2026, 4, 30) for h in soon)
    assert [h.assignee.canonical for h in mine] == ["Ủy ban nhân dân huyện Sa Pa"]
    assert main(["due", "--within", "7d", "--today", "27/4/2026", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out and all(line.startswith("30/04/2026 ≤3 ngày") for line in out)
    assert main(["due", "--within", "soon", "--db", db]) == 2


def test_the_register_of_a_unit_has_the_offices_columns_and_states(chain, tmp_path, capsys):
    import csv
    import io

    from openpyxl import load_workbook

    db, _plan = chain
    out = tmp_path / "so-noi-vu.csv"
    assert (
        main(
            ["register", "--assignee", "Sở Nội vụ tỉnh Lào Cai", "--out", str(out), "--today", "10/7/2026", "--db", db]
        )
        == 0
    )
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == [
        "STT", "Nội dung nhiệm vụ", "Văn bản giao", "Đơn vị chủ trì", "Đơn vị phối hợp",
        "Thời hạn", "Tình trạng", "Văn bản trả lời", "Ghi chú",
    ]  # fmt: skip
    task, training = rows[1:]
    assert task[2].startswith("12/KH-UBND ngày 10/03/2026") and task[5] == "30/06/2026"
    assert task[6] == "quá hạn chưa hoàn thành" and task[7].startswith("80/BC-SNV")  # reported, not marked done
    assert "mục" not in task[7]  # the report says nothing of this task: no passage quoted for it
    assert training[6] == "đang thực hiện" and training[7].startswith("80/BC-SNV ngày 25/06/2026, mục I.2: “")
    assert "hội nghị tập huấn" in training[7]
    xlsx = tmp_path / "so-noi-vu.xlsx"
    assert main(["register", "--assignee", "Sở Nội vụ tỉnh Lào Cai", "--out", str(xlsx), "--db", db]) == 0
    sheet = load_workbook(xlsx).active
    assert [c.value for c in next(sheet.iter_rows(max_row=1))][6] == "Tình trạng"
    assert main(["register", "--assignee", "Sở Nội vụ", "--out", str(out), "--db", db]) == 1  # never overwritten
    assert "đã có" in capsys.readouterr().err


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_state_a_person_set_wins_and_survives_a_reindex_of_the_changed_plan(backend, tmp_path):
    db, drop = archive_location(backend, tmp_path)
    try:
        plan = _index_chain(tmp_path, db)
        with Archive(db, create=False) as archive:
            (sa_pa,) = [h for h in archive.document_obligations(plan) if "Sa Pa" in (h.assignee.canonical or "")]
            archive.correct(sa_pa.ref, progress="da_hoan_thanh", author="Lan")
            rows = {r.assignee.canonical: r for r in archive.followup(plan, today=dt.date(2026, 5, 10)).assignees}
        assert rows["Ủy ban nhân dân huyện Sa Pa"].state == "done"
        assert rows["Ủy ban nhân dân huyện Sa Pa"].derived == "overdue"  # what the documents say, kept beside it
        assert rows["Sở Tư pháp"].state == rows["Sở Tư pháp"].derived == "amended"
        # the plan's file corrected (a purpose added) and indexed again: a new document, the person's state kept
        (tmp_path / "docs" / "kh-12.txt").write_text(
            PLAN.replace("1. Nâng cao nhận thức.", "1. Nâng cao nhận thức, trách nhiệm."), encoding="utf-8"
        )
        with Archive(db, create=False) as archive:
            archive.index([tmp_path / "docs"], jobs=1)
            again = _plan_id(archive, "12/KH-UBND")
            rows = {r.assignee.canonical: r for r in archive.followup(again, today=dt.date(2026, 5, 10)).assignees}
            register = {
                e.hit.assignee.canonical: e.state
                for e in archive.register("UBND huyện Sa Pa", today=dt.date(2026, 5, 10))
            }
        assert again != plan
        assert (
            rows["Ủy ban nhân dân huyện Sa Pa"].state == "done"
            and rows["Ủy ban nhân dân huyện Bát Xát"].state == "answered"
        )
        assert register == {"Ủy ban nhân dân huyện Sa Pa": "late"}  # marked done now, after its 30/4 deadline
    finally:
        drop()


def test_a_report_gives_each_task_it_speaks_of_its_passage_and_no_other(chain):
    """Issue 42: the report's passage that speaks of a task, matched by the task's words and shown with its
    span; a task the report says nothing of has none (the report stays a report on the plan)."""
    db, plan = chain
    with Archive(db, create=False) as archive:
        result = archive.followup(plan, today=dt.date(2026, 5, 10))
        (noi_vu,) = [r for r in result.assignees if r.assignee.canonical == "Sở Nội vụ"]
        (passage,) = noi_vu.passages
        report = archive.document(passage.report)
    assert passage.task.startswith("tổ chức hội nghị tập huấn") and passage.path == "I.2"
    assert "350 cán bộ" in passage.text and passage.rule == "passage.words" and 0.3 <= passage.score <= 1
    assert "tap huan" in passage.terms
    assert report.number and report.number.value == "80/BC-SNV"
    assert {r.assignee.canonical: r.passages for r in result.assignees if r.assignee.canonical != "Sở Nội vụ"} == {
        "Ủy ban nhân dân huyện Bát Xát": [],  # its answer is a plan, not a report
        "Ủy ban nhân dân huyện Sa Pa": [],
        "Sở Tư pháp": [],
    }


def test_a_plans_page_shows_the_passage_of_the_report_beside_its_task(chain):
    from fastapi.testclient import TestClient

    from vbparse.web import create_app

    db, plan = chain
    with TestClient(create_app(db)) as client:
        page = client.get(f"/documents/{plan}").text
    section = page.split('id="follow-h"', 1)[1].split("</section>", 1)[0]
    (details,) = re.findall(r'<details class="passages">(.*?)</details>', section, re.DOTALL)
    assert "Báo cáo nói về 1 nhiệm vụ" in details and "mục I.2" in details and "350 cán bộ" in details


COLLECTIVE_PLAN = _doc(
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    None,
    "20/KH-UBND",
    "Lào Cai",
    "01/4/2026",
    "KẾ HOẠCH",
    "Chuyển đổi số năm 2026",
    "I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. UBND các huyện, thị xã, thành phố xây dựng kế hoạch triển khai, hoàn thành trước ngày 30/4/2026.\n"
    "2. Các sở, ban, ngành báo cáo kết quả trước ngày 30/11/2026.\n"
    "3. Sở Tài chính bố trí kinh phí thực hiện.",
)
COLLECTIVE_ANSWERS = {
    "kh-bat-xat.txt": _doc(
        "ỦY BAN NHÂN DÂN HUYỆN BÁT XÁT", None, "51/KH-UBND", "Bát Xát", "15/4/2026", "KẾ HOẠCH",
        "Chuyển đổi số năm 2026 trên địa bàn huyện",
        "Thực hiện Kế hoạch số 20/KH-UBND ngày 01/4/2026 của UBND tỉnh Lào Cai, UBND huyện Bát Xát ban hành "
        "Kế hoạch:\nI. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin huyện tham mưu.",
    ),
    # a district the archive knows by a document of its own that does not answer the plan
    "tb-sa-pa.txt": _doc(
        "ỦY BAN NHÂN DÂN THỊ XÃ SA PA", None, "7/TB-UBND", "Sa Pa", "02/4/2026", "THÔNG BÁO",
        "Lịch tiếp công dân tháng 4 năm 2026", "I. LỊCH TIẾP\n1. Ngày 15/4/2026.",
    ),
    # a district of another province: never a member of Lào Cai's collective
    "kh-duc-trong.txt": _doc(
        "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG", None, "52/KH-UBND", "Đức Trọng", "16/4/2026", "KẾ HOẠCH",
        "Chuyển đổi số năm 2026", "I. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ tổng hợp.",
    ),
    "bc-snv.txt": _doc(
        "SỞ NỘI VỤ", "UBND TỈNH LÀO CAI", "90/BC-SNV", "Lào Cai", "20/11/2026", "BÁO CÁO",
        "Kết quả thực hiện Kế hoạch số 20/KH-UBND ngày 01/4/2026 của UBND tỉnh",
        "Thực hiện Kế hoạch số 20/KH-UBND ngày 01/4/2026 của UBND tỉnh Lào Cai, Sở Nội vụ báo cáo:\n"
        "I. KẾT QUẢ\n1. Đã số hóa 80% hồ sơ.",
    ),
}  # fmt: skip


@pytest.fixture(scope="module", params=BACKENDS)
def collective_chain(request, tmp_path_factory):
    root = tmp_path_factory.mktemp("collective")
    docs = root / "docs"
    docs.mkdir()
    (docs / "kh-20.txt").write_text(COLLECTIVE_PLAN, encoding="utf-8")
    for name, text in COLLECTIVE_ANSWERS.items():
        (docs / name).write_text(text, encoding="utf-8")
    db, drop = archive_location(request.param, root)
    with Archive(db) as archive:
        archive.index([docs], jobs=1)
        plan = _plan_id(archive, "20/KH-UBND")
    yield db, plan
    drop()


def test_a_collective_task_is_followed_per_member_unit_the_archive_knows(collective_chain):
    """Issue 42: ``UBND các huyện`` of a province's plan lists each district the archive knows (by a document
    it issued or a task it was named in) with its own state; ``các sở`` each department of the province."""
    db, plan = collective_chain
    with Archive(db, create=False) as archive:
        result = archive.followup(plan, today=dt.date(2026, 5, 10))
    rows = {r.assignee.canonical: r for r in result.assignees}
    districts = rows["Ủy ban nhân dân các huyện, thị xã, thành phố"]
    members = {m.name: m.state for m in districts.members}
    assert members == {"Ủy ban nhân dân huyện Bát Xát": "answered", "Ủy ban nhân dân thị xã Sa Pa": "overdue"}
    (bat_xat,) = [m for m in districts.members if m.state == "answered"]
    assert [a.document.number for a in bat_xat.answers] == ["51/KH-UBND"]
    departments = {m.name: m.state for m in rows["Các sở, ban, ngành"].members}
    assert departments == {"Sở Nội vụ": "reported", "Sở Tài chính": "open"}  # due 30/11: not yet overdue
    assert rows["Sở Tài chính"].members == []  # one body: no members


def test_a_plans_collectives_read_the_units_of_their_area_once_and_through_an_index(collective_chain):
    """Issue 55: the units that may be members of a plan's collectives were read again for each collective, and
    the documents' side by a scan of every document (LIKE on ``area_key``: no index serves it), 10 ms each on
    5 000 documents; the plan's two collectives of one province read them once, each statement through an index
    on the area."""
    db, plan = collective_chain
    seen: list[tuple[str, tuple]] = []
    with Archive(db, create=False) as archive:
        b = archive.backend
        execute = b.execute

        def recording(text, params=()):
            seen.append((text, tuple(params)))
            return execute(text, params)

        b.execute = recording
        try:
            result = archive.followup(plan, today=dt.date(2026, 5, 10))
        finally:
            b.execute = execute
        member_queries = [(t, p) for t, p in seen if "DISTINCT" in t and "area_key" in t and "citations" not in t]
        collectives = [r for r in result.assignees if r.members]
        assert len(collectives) == 2  # UBND các huyện and các sở, both of tỉnh Lào Cai
        assert len(member_queries) == 4, member_queries  # the four statements once, not once per collective
        if "sqlite" in type(b).__name__.lower():
            for text, params in member_queries:
                steps = [r[-1] for r in b.all("EXPLAIN QUERY PLAN " + text, params) if "B-TREE" not in r[-1]]
                # found by the area (what narrows them), not by the issuer's or assignee's kind, which all of a
                # province's UBND documents share: nor by a scan
                assert len(steps) == 1 and steps[0].startswith("SEARCH"), (text, steps)
                assert re.search(r"\((assignee_key=\? AND )?(assignee_)?area_key[=>]", steps[0]), (text, steps)


def test_the_members_of_a_collective_show_on_the_plans_page_and_the_command_line(collective_chain, capsys):
    from fastapi.testclient import TestClient

    from vbparse.web import create_app
    from vbparse.web.pages import current_date

    db, plan = collective_chain
    app = create_app(db)
    app.dependency_overrides[current_date] = lambda: dt.date(2026, 5, 10)
    with TestClient(app) as client:
        section = client.get(f"/documents/{plan}").text.split('id="follow-h"', 1)[1].split("</section>", 1)[0]
    members = dict(re.findall(r'<tr class="(\w+) member"><td>↳ ([^<]+)</td>', section))
    assert members == {
        "answered": "Ủy ban nhân dân huyện Bát Xát",
        "overdue": "Ủy ban nhân dân thị xã Sa Pa",
        "reported": "Sở Nội vụ",
        "open": "Sở Tài chính",
    }
    assert main(["followup", plan, "--db", db, "--today", "10/5/2026"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"\n    ↳ đã trả lời +Ủy ban nhân dân huyện Bát Xát — 51/KH-UBND\n", out)


def test_obligations_by_state_keep_the_tasks_the_register_gives_that_state(chain, capsys):
    """``vbparse obligations --assignee X --state overdue|in_progress|done|answered`` (issue 42)."""
    db, _plan = chain
    args = ["obligations", "--db", db, "--today", "10/7/2026", "--json", "--assignee"]
    assert main([*args, "Sở Nội vụ tỉnh Lào Cai", "--state", "overdue"]) == 0
    (overdue,) = json.loads(capsys.readouterr().out)
    assert "tổng hợp kết quả" in overdue["task"] and overdue["deadline"] == "2026-06-30"
    assert main([*args, "Sở Nội vụ tỉnh Lào Cai", "--state", "in_progress"]) == 0
    (going,) = json.loads(capsys.readouterr().out)
    assert going["task"].startswith("tổ chức hội nghị tập huấn")
    assert main([*args, "Sở Nội vụ tỉnh Lào Cai", "--state", "done"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main([*args, "UBND huyện Bát Xát", "--state", "answered"]) == 0
    (answered,) = json.loads(capsys.readouterr().out)
    assert answered["document"]["number"] == "12/KH-UBND"
    assert main([*args, "UBND huyện Sa Pa", "--state", "answered"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_the_board_downloads_the_units_register_in_the_offices_columns(chain):
    """Issue 42: the register as a web download (xlsx and CSV), linked from the board, with the same filters."""
    import csv
    import io

    from fastapi.testclient import TestClient
    from openpyxl import load_workbook

    from vbparse.web import create_app
    from vbparse.web.pages import current_date

    db, _plan = chain
    app = create_app(db)
    app.dependency_overrides[current_date] = lambda: dt.date(2026, 7, 10)
    params = {"assignee": "Sở Nội vụ tỉnh Lào Cai"}
    with TestClient(app) as client:
        board_page = client.get("/obligations", params=params).text
        assert "/register.xlsx?assignee=" in board_page and "/register.csv?assignee=" in board_page
        r = client.get("/register.csv", params=params)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert 'filename="so-theo-doi-so-noi-vu-tinh-lao-cai.csv"' in r.headers["content-disposition"]
        rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
        assert rows[0][6] == "Tình trạng" and rows[0][7] == "Văn bản trả lời"
        states = sorted(row[6] for row in rows[1:])
        assert states == ["quá hạn chưa hoàn thành", "đang thực hiện"]
        x = client.get("/register.xlsx", params=params)
        sheet = load_workbook(io.BytesIO(x.content)).active
        assert [c.value for c in next(sheet.iter_rows(max_row=1))][:3] == ["STT", "Nội dung nhiệm vụ", "Văn bản giao"]
        assert sheet.max_row == 3
        assert client.get("/register.csv").status_code == 400  # no unit named: a one-line Vietnamese error


def test_a_units_board_says_which_of_its_plans_it_answered(chain):
    """Issue 42: on a unit's board, each task shows the unit's own documents answering its plan."""
    from fastapi.testclient import TestClient

    from vbparse.web import create_app

    db, _plan = chain
    with TestClient(create_app(db)) as client:
        bat_xat = client.get("/obligations", params={"assignee": "UBND huyện Bát Xát"}).text
        sa_pa = client.get("/obligations", params={"assignee": "UBND huyện Sa Pa"}).text
        noi_vu = client.get("/obligations", params={"assignee": "Sở Nội vụ tỉnh Lào Cai"}).text
    (answered,) = re.findall(r'<div class="answered small">(.*?)</div>', bat_xat, re.DOTALL)
    assert "Đã trả lời:" in answered and "45/KH-UBND" in answered
    assert 'class="answered' not in sa_pa  # nothing from it
    reported = re.findall(r'<div class="answered small">(.*?)</div>', noi_vu, re.DOTALL)
    assert len(reported) == 2 and all("80/BC-SNV" in r for r in reported)
    assert sum("(mục I.2)" in r for r in reported) == 1  # the passage of its report, for the task it speaks of


def test_the_api_gives_a_units_register_by_state_and_the_calendar_feed_its_alarms(chain):
    """Issue 42 on both backends: ``/api/register`` (paged, ``state``) and the unit's calendar feed (a VALARM at
    7, 3 and 1 days before a dated task)."""
    from fastapi.testclient import TestClient
    from icalendar import Calendar

    from vbparse.web import create_app

    db, _plan = chain
    with TestClient(create_app(db)) as client:
        r = client.get("/api/register", params={"assignee": "Sở Nội vụ tỉnh Lào Cai", "today": "10/7/2026"})
        assert r.status_code == 200
        assert sorted(e["state"] for e in r.json()) == ["in_progress", "overdue"]
        assert all(e["answers"][0]["document"]["number"] == "80/BC-SNV" for e in r.json())
        (training,) = [e for e in r.json() if e["passage"]]
        assert training["passage"]["path"] == "I.2" and training["state"] == "in_progress"
        late = client.get("/api/register", params={"assignee": "Sở Nội vụ", "state": "overdue", "today": "10/7/2026"})
        assert [e["state"] for e in late.json()] == ["overdue"]
        paged = client.get("/api/register", params={"assignee": "Sở Nội vụ tỉnh Lào Cai", "limit": 1})
        assert len(paged.json()) == 1 and paged.headers["X-Next-Offset"] == "1"
        bad = client.get("/api/register", params={"assignee": "Sở Nội vụ", "state": "finished"})
        assert bad.status_code == 400 and "overdue" in bad.text and "\n" not in bad.text.strip()
        assert "/api/register" in client.get("/openapi.json").json()["paths"]
        ics = client.get("/obligations.ics", params={"assignee": "UBND huyện Sa Pa"})
    (event,) = Calendar.from_ical(ics.content).walk("VEVENT")
    triggers = sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))
    assert triggers == [-dt.timedelta(days=7), -dt.timedelta(days=3), -dt.timedelta(days=1)]


REPLACEMENT = _doc(
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    None,
    "40/KH-UBND",
    "Lào Cai",
    "01/6/2026",
    "KẾ HOẠCH",
    "Thay thế Kế hoạch số 12/KH-UBND ngày 10/3/2026 về tuyên truyền cải cách hành chính",
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/3/2026 của UBND tỉnh Lào Cai;\nI. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa, Thể thao và Du lịch chủ trì tuyên truyền, hoàn thành trước ngày 30/11/2026.",
)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_replaced_plans_tasks_no_longer_stand_but_an_answer_given_stays(backend, tmp_path):
    """Issue 42: a later document replacing the plan makes every assignee that had not answered 'replaced'
    (no longer overdue), with the replacing document as its evidence; one that answered stays answered."""
    db, drop = archive_location(backend, tmp_path)
    try:
        plan = _index_chain(tmp_path, db)
        (tmp_path / "docs" / "kh-40.txt").write_text(REPLACEMENT, encoding="utf-8")
        with Archive(db, create=False) as archive:
            archive.index([tmp_path / "docs"], jobs=1)
            result = archive.followup(plan, today=dt.date(2026, 7, 10))
        rows = {r.assignee.canonical: r for r in result.assignees}
        assert {name: r.state for name, r in rows.items()} == {
            "Ủy ban nhân dân huyện Sa Pa": "replaced",
            "Sở Tư pháp": "replaced",
            "Sở Nội vụ": "reported",
            "Ủy ban nhân dân huyện Bát Xát": "answered",
        }
        assert [(a.kind, a.document.number) for a in rows["Ủy ban nhân dân huyện Sa Pa"].answers] == [
            ("replaces", "40/KH-UBND")
        ]
    finally:
        drop()


# --- follow-up members are units of today, with the 2025 reorganisation of departments (issue 53) -----------------

MERGED_PLAN = _doc(
    "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
    None,
    "30/KH-UBND",
    "Thái Nguyên",
    "05/01/2026",
    "KẾ HOẠCH",
    "Quản lý đất đai năm 2026",
    "I. MỤC ĐÍCH\n1. Nâng cao hiệu quả.\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Các sở, ban, ngành báo cáo kết quả trước ngày 30/3/2026.\n"
    "2. Sở Tài nguyên và Môi trường rà soát quỹ đất.\n"
    "3. Sở, Ngành tổng hợp số liệu.\n"
    "4. Sở Giao thông vận tải cập nhật quy hoạch giao thông.\n"
    "5. Sở Y tế bảo đảm y tế dự phòng.",
)
MERGED_ANSWER = _doc(
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "UBND TỈNH THÁI NGUYÊN", "15/BC-SNNMT", "Thái Nguyên", "20/3/2026", "BÁO CÁO",
    "Kết quả thực hiện Kế hoạch số 30/KH-UBND ngày 05/01/2026 của UBND tỉnh",
    "Thực hiện Kế hoạch số 30/KH-UBND ngày 05/01/2026 của UBND tỉnh Thái Nguyên, Sở Nông nghiệp và Môi trường "
    "báo cáo:\nI. KẾT QUẢ\n1. Đã rà soát 90% quỹ đất.",
)  # fmt: skip


def test_a_collectives_members_are_departments_of_today_and_no_category_word(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kh-30.txt").write_text(MERGED_PLAN, encoding="utf-8")
    (docs / "bc-15.txt").write_text(MERGED_ANSWER, encoding="utf-8")
    with Archive(str(tmp_path / "a.db")) as archive:
        archive.index([docs], jobs=1)
        result = archive.followup(_plan_id(archive, "30/KH-UBND"), today=dt.date(2026, 5, 10))
    rows = {r.assignee.canonical or r.assignee.raw: r for r in result.assignees}
    members = {m.name: m.state for m in rows["Các sở, ban, ngành"].members}
    # merged away in 2025: followed as its successor, which answered; ``Sở, Ngành`` is no unit; a department
    # merged into another is its successor, once
    assert members == {
        "Sở Nông nghiệp và Môi trường": "reported",
        "Sở Xây dựng": "overdue",
        "Sở Y tế": "overdue",
    }
    (merged,) = [m for m in rows["Các sở, ban, ngành"].members if m.name == "Sở Nông nghiệp và Môi trường"]
    assert merged.successor_of == ["Sở Tài nguyên và Môi trường"]
    from vbparse.cli import main

    assert main(["followup", "30/KH-UBND", "--db", str(tmp_path / "a.db"), "--today", "2026-05-10"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "Sở Nông nghiệp và Môi trường" in x)
    assert "tiếp nhận nhiệm vụ của Sở Tài nguyên và Môi trường" in line and "15/BC-SNNMT" in line


def test_department_successors_of_2025_name_the_department_that_took_each_over():
    from vbparse.tables.followup import DEPARTMENT_SUCCESSOR_EXAMPLES, department_today

    for old, when, today_name in DEPARTMENT_SUCCESSOR_EXAMPLES:
        assert department_today(old, when) == today_name, old


def test_a_plans_page_names_the_department_a_merged_one_is_followed_as(tmp_path):
    from fastapi.testclient import TestClient

    from vbparse.web import create_app

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kh-30.txt").write_text(MERGED_PLAN, encoding="utf-8")
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([docs], jobs=1)
        plan = _plan_id(archive, "30/KH-UBND")
    with TestClient(create_app(db)) as client:
        page = client.get(f"/documents/{plan}").text
    assert "↳ Sở Nông nghiệp và Môi trường <span" in page
    assert "tiếp nhận nhiệm vụ của Sở Tài nguyên và Môi trường" in page


# --- a register a page at a time (issue 55: 20 000 rows in 10 s for one unit, all at once) ---------------------


def test_a_register_gives_a_page_of_a_units_tasks_from_an_offset(chain):
    from vbparse.store.followup import DEFAULT_REGISTER_LIMIT

    db, _plan = chain
    unit, today = "Sở Nội vụ tỉnh Lào Cai", dt.date(2026, 7, 10)
    with Archive(db, create=False) as archive:
        whole = archive.register(unit, today=today, limit=None)
        assert len(whole) == 2 and DEFAULT_REGISTER_LIMIT >= 100
        assert archive.register(unit, today=today) == whole  # a small unit: its page is all of it
        assert archive.register(unit, today=today, limit=1) == whole[:1]
        assert archive.register(unit, today=today, limit=1, offset=1) == whole[1:]
        assert archive.register(unit, today=today, offset=2) == []
        hits = archive.obligations(unit)
        assert archive.register(unit, today=today, hits=hits, limit=1, offset=1) == whole[1:]
        assert [e for page in archive.register_pages(unit, today=today, page=1) for e in page] == whole


def test_vbparse_register_writes_the_whole_register_a_page_at_a_time(chain, tmp_path, monkeypatch):
    from vbparse.store import followup

    db, _plan = chain
    args = ["register", "--assignee", "Sở Nội vụ tỉnh Lào Cai", "--today", "10/7/2026", "--db", db]
    assert main([*args, "--out", str(tmp_path / "a.csv")]) == 0
    pages: list[int] = []
    register = followup.FollowupQueries.register

    def counted(self, assignee, **kw):
        entries = register(self, assignee, **kw)
        pages.append(len(entries))
        return entries

    monkeypatch.setattr(followup.FollowupQueries, "register", counted)
    monkeypatch.setattr(followup, "DEFAULT_REGISTER_PAGE", 1)
    assert main([*args, "--out", str(tmp_path / "b.csv")]) == 0
    assert pages == [1, 1]  # never the whole unit at once
    assert (tmp_path / "b.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()


def test_an_archive_of_version_18_gets_the_areas_indexes_in_place(tmp_path):
    """Version 19's indexes are made where the archive is (the area's index alone dropped: the new one serves its
    queries); the query tables are not rebuilt."""
    from vbparse.store.schema import STORE_FINGERPRINTS, STORE_VERSION

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kh-20.txt").write_text(COLLECTIVE_PLAN, encoding="utf-8")
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([docs], jobs=1)
        b = archive.backend
        b.execute("DROP INDEX ix_documents_area_key_issuer_key")
        b.execute("DROP INDEX ix_obligations_assignee_area_key_assignee_key")
        b.execute('CREATE INDEX ix_obligations_assignee_area_key ON obligations ("assignee_area_key")')
        b.execute("UPDATE meta SET value = '18' WHERE key = 'store_version'")
        b.execute("UPDATE meta SET value = ? WHERE key = 'fingerprint'", (STORE_FINGERPRINTS[18],))
        b.execute("UPDATE obligations SET task_group = -1 WHERE ord = 0")  # a mark a rebuild would undo
        b.commit()
    with Archive(db, create=False) as archive:
        b = archive.backend
        assert b.one("SELECT value FROM meta WHERE key = 'store_version'")[0] == str(STORE_VERSION)
        assert b.one("SELECT COUNT(*) FROM obligations WHERE task_group = -1")[0] > 0
        names = {r[0] for r in b.all("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_documents_area_key_issuer_key", "ix_obligations_assignee_area_key_assignee_key"} <= names
    assert "ix_obligations_assignee_area_key" not in names
