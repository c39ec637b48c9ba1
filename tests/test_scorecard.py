"""The scorecard (issue 53): per unit and quarter, tasks due, done on time, late, overdue, in progress and the
on-time rate — on an invented plan whose counts are known by construction, on the page, its downloads and the API."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from conftest import BACKENDS, archive_location
from fastapi.testclient import TestClient

from vbparse.store import Archive
from vbparse.store.scorecard import on_time_rate, period_label
from vbparse.web import create_app
from vbparse.web.pages import current_date

STC, SNV = "Sở Tài chính tỉnh Lào Cai", "Sở Nội vụ tỉnh Lào Cai"
TODAY = dt.date(2026, 7, 15)
PLAN = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Số: 20/KH-UBND
Lào Cai, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Cải cách tài chính công năm 2026
I. MỤC ĐÍCH
1. Nâng cao hiệu quả sử dụng ngân sách.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính rà soát định mức chi thường xuyên, hoàn thành trước ngày 30/4/2026.
2. Sở Tài chính lập dự toán mua sắm tài sản công, hoàn thành trước ngày 15/5/2026.
3. Sở Tài chính thẩm định phương án sắp xếp nhà đất, hoàn thành trước ngày 10/6/2026.
4. Sở Tài chính tổng hợp báo cáo sơ kết 6 tháng, hoàn thành trước ngày 10/8/2026.
5. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính xây dựng đề án vị trí việc làm, hoàn thành trước ngày 20/5/2026.
6. Sở Tài chính kiểm tra việc sử dụng xe công, hoàn thành trước ngày 25/6/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""
#: Sở Tài chính's tasks it leads, by construction: Q2 — one done on time (20/4 for 30/4), one done on its day
#: (25/6), one done late (20/5 for 15/5), one not done past its deadline (10/6); Q3 — one not yet due (10/8).
#: Its phối hợp row (20/5) is Sở Nội vụ's task to report: not counted for it; Sở Nội vụ's own is overdue.
Q2_STC = {"due": 4, "on_time": 2, "late": 1, "overdue": 1, "in_progress": 0, "on_time_rate": 0.5}
Q3_STC = {"due": 1, "on_time": 0, "late": 0, "overdue": 0, "in_progress": 1, "on_time_rate": None}
Q2_SNV = {"due": 1, "on_time": 0, "late": 0, "overdue": 1, "in_progress": 0, "on_time_rate": 0.0}


def _done(archive: Archive, words: str, when: str) -> None:
    (hit,) = [h for h in archive.obligations(STC) if words in h.task and h.role == "lead"]
    at = dt.datetime.fromisoformat(when).replace(tzinfo=dt.UTC)
    assert hit.ref is not None
    archive.correct(hit.ref, progress="da_hoan_thanh", author="Lan", now=at)


@pytest.fixture(scope="module", params=BACKENDS)
def db(request, tmp_path_factory):
    """The plan indexed, three of its tasks marked done on the days that make the counts, and accounts."""
    root = tmp_path_factory.mktemp("scorecard")
    (root / "docs").mkdir()
    (root / "docs" / "kh-20.txt").write_text(PLAN, encoding="utf-8")
    path, drop = archive_location(request.param, root)
    request.addfinalizer(drop)
    with Archive(path) as archive:
        archive.index([root / "docs"], jobs=1)
        _done(archive, "định mức chi", "2026-04-20T09:00:00")
        _done(archive, "xe công", "2026-06-25T16:00:00")
        _done(archive, "dự toán mua sắm", "2026-05-20T09:00:00")
        archive.add_account("lan", "mat-khau-1", role="editor", unit=STC)
        archive.add_account("hoa", "mat-khau-2", role="editor", unit=SNV)
        archive.add_account("cu", "mat-khau-3", role="reader", unit="Sở Xây dựng tỉnh Lào Cai")
        archive.set_disabled("cu")  # a disabled account's unit is not the office's any more
    return path


def _counts(row) -> dict:
    keys = ("due", "on_time", "late", "overdue", "in_progress", "on_time_rate")
    return {k: (row[k] if isinstance(row, dict) else getattr(row, k)) for k in keys}


def test_the_counts_of_each_quarter_are_the_ones_made(db):
    with Archive(db, create=False) as archive:
        rows = archive.scorecard(STC, today=TODAY, year=2026)
        assert [(r.period, _counts(r)) for r in rows] == [("Quý II/2026", Q2_STC), ("Quý III/2026", Q3_STC)]
        (q2,) = archive.scorecard(STC, today=TODAY, year=2026, quarter=2)
        assert _counts(q2) == Q2_STC
        (q1,) = archive.scorecard(STC, today=TODAY, year=2026, quarter=1)  # asked for: its row, empty
        assert q1.due == 0 and q1.on_time_rate is None
        assert archive.scorecard(STC, today=TODAY, year=2025) == []
        # on 10/6, the Q2 task due that day is not overdue yet: in progress
        (early,) = archive.scorecard(STC, today=dt.date(2026, 6, 10), year=2026, quarter=2)
        assert (early.overdue, early.in_progress) == (0, 1)
        assert archive.scorecard_units() == [SNV, STC]


def test_rate_and_period_words():
    assert on_time_rate(2, 1, 1) == 0.5 and on_time_rate(0, 0, 0) is None and on_time_rate(1, 2, 0) == 0.3333
    assert period_label(2026, 4) == "Quý IV/2026"


def _client(db: str) -> TestClient:
    app = create_app(db)
    app.dependency_overrides[current_date] = lambda: TODAY
    return TestClient(app)


def test_the_page_shows_the_rows_and_downloads_them(db):
    from openpyxl import load_workbook

    with _client(db) as client:
        html = client.get("/scorecard", params={"year": "2026"}).text
        assert "Tỷ lệ hoàn thành nhiệm vụ đúng hạn theo quý" in html and 'aria-current="page">Tỷ lệ đúng hạn' in html
        assert html.count("<tr>") == 1 + 3  # the header, SNV's Q2, STC's Q2 and Q3
        assert "50.0 %" in html and "0.0 %" in html and "Sở Xây dựng" not in html
        one = client.get("/scorecard", params={"assignee": STC, "year": "2026", "quarter": "2"}).text
        assert one.count("<tr>") == 2 and "Quý II/2026" in one and "Quý III" not in one.split("<table")[1]
        r = client.get("/scorecard.csv", params={"year": "2026"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert 'filename="ty-le-dung-han-2026.csv"' in r.headers["content-disposition"]
        rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
        assert rows[0] == [
            "Đơn vị",
            "Kỳ",
            "Số nhiệm vụ đến hạn",
            "Hoàn thành đúng hạn",
            "Hoàn thành trễ hạn",
            "Quá hạn chưa hoàn thành",
            "Đang thực hiện",
            "Tỷ lệ đúng hạn (%)",
        ]
        assert rows[1:] == [
            [SNV, "Quý II/2026", "1", "0", "0", "1", "0", "0.0"],
            [STC, "Quý II/2026", "4", "2", "1", "1", "0", "50.0"],
            [STC, "Quý III/2026", "1", "0", "0", "0", "1", ""],
        ]
        x = client.get("/scorecard.xlsx", params={"assignee": STC, "year": "2026", "quarter": "2"})
        sheet = load_workbook(io.BytesIO(x.content)).active
        assert [c.value for c in list(sheet.iter_rows())[1]] == [STC, "Quý II/2026", 4, 2, 1, 1, 0, 50]
        bad = client.get("/scorecard", params={"quarter": "5"})
        assert bad.status_code == 400 and "Quý" in bad.text


def test_the_api_gives_the_same_rows(db):
    with _client(db) as client:
        r = client.get("/api/scorecard", params={"assignee": STC, "year": "2026", "today": TODAY.isoformat()})
        assert r.status_code == 200
        assert [(x["period"], _counts(x)) for x in r.json()] == [("Quý II/2026", Q2_STC), ("Quý III/2026", Q3_STC)]
        every = client.get("/api/scorecard", params={"year": "2026", "quarter": "2", "today": "15/7/2026"}).json()
        assert [(x["unit"], _counts(x)) for x in every] == [(SNV, Q2_SNV), (STC, Q2_STC)]
        bad = client.get("/api/scorecard", params={"quarter": "0"})
        assert bad.status_code == 400 and "quarter" in bad.text
        assert "/api/scorecard" in client.get("/openapi.json").json()["paths"]


def test_a_unit_given_an_account_while_the_server_runs_is_in_the_next_download(tmp_path):
    """The downloads are kept while the archive stays the same; the accounts' units are not the archive's state."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "kh-20.txt").write_text(PLAN, encoding="utf-8")
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([tmp_path / "docs"], jobs=1)
        archive.add_account("lan", "mat-khau-1", role="editor", unit=STC)
    with _client(db) as client:
        first = client.get("/scorecard.csv", params={"year": "2026"}).content.decode("utf-8-sig")
        with Archive(db, create=False) as archive:
            archive.add_account("hoa", "mat-khau-2", role="editor", unit=SNV)
        again = client.get("/scorecard.csv", params={"year": "2026"}).content.decode("utf-8-sig")
    assert SNV not in first and SNV in again
