"""What an official takes away from the pages (issue 23): the board as Excel and as a calendar that holds
every task with a day (recurring ones as RRULEs), the original file of a document, and the failures page
in Vietnamese.  Over an archive of one plan of our own (ten tasks of Sở Tài chính, dated every way a plan
dates them) and files that cannot be read."""

from __future__ import annotations

import datetime as dt
import html
import io
import os
import re
import time
import unicodedata
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from test_web_pages import BOARD_HEADERS

from vbparse.models import Assignee, DocumentSummary, ObligationHit
from vbparse.store import Archive
from vbparse.store.export import calendar_entry, plan_end
from vbparse.tables.failures import REASONS, UNKNOWN_REASON, vietnamese_reason
from vbparse.web import create_app, pages

#: A plan for 2026 with ten tasks of Sở Tài chính: a quarter, a month, a year and a day as deadlines;
#: monthly, quarterly, weekly and yearly duties; a quarterly one within the year; one "thường xuyên".
PLAN_12 = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 15 tháng 01 năm 2026

KẾ HOẠCH

Cải cách hành chính năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao chất lượng cải cách hành chính năm 2026.

II. TỔ CHỨC THỰC HIỆN

1. Sở Tài chính chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch, hoàn thành trong Quý II/2026.

2. Sở Tài chính tổng hợp, báo cáo tình hình giải ngân vốn đầu tư công hằng tháng.

3. Sở Tài chính báo cáo kết quả thực hiện Kế hoạch hằng quý.

4. Sở Tài chính thường xuyên theo dõi, đôn đốc các cơ quan thực hiện Kế hoạch.

5. Sở Tài chính rà soát thủ tục hành chính, hoàn thành trước tháng 8/2026.

6. Sở Tài chính cập nhật dữ liệu giá thị trường hằng tuần.

7. Sở Tài chính tổng kết công tác cải cách hành chính, hoàn thành trong năm 2026.

8. Sở Tài chính báo cáo tình hình thực hiện trước ngày 20/11/2026.

9. Sở Tài chính tổng hợp số liệu thống kê hằng năm.

10. Sở Tài chính rà soát danh mục tài sản công hằng quý, hoàn thành trong năm 2026.

Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn A
"""
ASSIGNEE = {"assignee": "Sở Tài chính"}
TODAY = dt.date(2026, 6, 25)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("downloads")
    docs = root / "docs"
    docs.mkdir()
    (docs / "Kế hoạch 12.txt").write_text(PLAN_12, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def archive_db(folder):
    db = str(folder / "a.db")
    with Archive(db) as archive:
        archive.index([folder / "docs"], jobs=1)
    return db


@pytest.fixture(scope="module")
def app(archive_db):
    app = create_app(archive_db)
    app.dependency_overrides[pages.current_date] = lambda: TODAY
    return app


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as c:
        yield c


def board_hits(archive_db) -> list[ObligationHit]:
    with Archive(archive_db, create=False) as archive:
        return archive.obligations(ASSIGNEE["assignee"])


# --- Excel ------------------------------------------------------------------------------------------------


def test_xlsx_download_has_the_board_rows_with_real_dates_a_frozen_bold_header_and_links(client, archive_db):
    from openpyxl import load_workbook

    r = client.get("/obligations.xlsx", params=ASSIGNEE)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert "nhiem-vu-so-tai-chinh.xlsx" in r.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(r.content)).active
    table = [[c.value for c in row] for row in sheet.iter_rows()]
    headers = table[0]
    assert headers[:6] == ["STT", "Nhiệm vụ", "Đơn vị/cá nhân được giao", "Vai trò", "Đơn vị phối hợp", "Thời hạn"]
    assert headers == BOARD_HEADERS
    assert all(sheet.cell(1, n).font.b for n in range(1, len(headers) + 1))
    assert sheet.freeze_panes == "A2"
    hits = board_hits(archive_db)
    assert len(table) - 1 == len(hits) == 10
    rows = [dict(zip(headers, row, strict=True)) for row in table[1:]]
    assert [row["Nhiệm vụ"] for row in rows] == [h.task for h in hits]
    at = headers.index("Thời hạn") + 1
    quarter = next(n for n, h in enumerate(hits, 2) if h.deadline_precision == "quarter")
    cell = sheet.cell(quarter, at)
    assert isinstance(cell.value, dt.datetime) and cell.value.date() == dt.date(2026, 6, 30)
    assert cell.number_format == "dd/mm/yyyy" and cell.is_date
    issued = sheet.cell(2, headers.index("Ngày ban hành") + 1)
    assert issued.value.date() == dt.date(2026, 1, 15) and issued.number_format == "dd/mm/yyyy"
    assert rows[quarter - 2]["Tình trạng"] == "Sắp đến hạn (còn ≤ 7 ngày)"  # 30/6, five days after 25/6
    link = sheet.cell(2, 15)
    assert link.hyperlink is not None and link.hyperlink.target == link.value
    assert re.fullmatch(r"http://testserver/documents/[0-9a-f]{16}", link.value)
    assert sheet.column_dimensions["B"].width >= 40 and sheet.column_dimensions["A"].width < 10
    recurring = {row["Lặp lại"] for row in rows} - {None}
    assert recurring == {"hằng tháng", "hằng quý", "hằng tuần", "hằng năm", "thường xuyên"}


def _task_in_xlsx(task: str):
    """A board of one task: its rows, and the task's cell in the workbook made of them."""
    from openpyxl import load_workbook

    from vbparse.web import board

    hit = ObligationHit(
        document=DocumentSummary(id="0" * 16), assignee=Assignee(raw="X"), role="lead", mode="assigned", task=task
    )
    rows = list(board.board_rows([hit], lambda h: "http://x/", TODAY))
    return rows, load_workbook(io.BytesIO(board.board_xlsx(rows))).active.cell(2, 2)


def test_a_task_written_like_a_formula_stays_text_in_excel_and_csv():
    from vbparse.web import board

    task = '=HYPERLINK("http://example.invalid","bấm")'
    rows, cell = _task_in_xlsx(task)
    assert cell.data_type == "s" and cell.value == task
    out = io.StringIO()
    board.write_board_csv(rows, out)
    assert "'=HYPERLINK" in out.getvalue()


# --- iCalendar --------------------------------------------------------------------------------------------


def test_ics_holds_every_dated_task_and_the_recurring_ones_as_rrules(client, archive_db):
    from icalendar import Calendar

    r = client.get("/obligations.ics", params=ASSIGNEE)
    assert r.status_code == 200
    assert max(len(line) for line in r.content.split(b"\r\n")) <= 75  # folded in octets, RFC 5545 §3.1
    events = list(Calendar.from_ical(r.content).walk("VEVENT"))
    hits = board_hits(archive_db)
    assert len(events) == len(hits) - 1 == 9  # all but the "thường xuyên" duty, which has no day
    assert not any("thường xuyên theo dõi" in str(e["SUMMARY"]) for e in events)
    by_task = {str(e["DESCRIPTION"]).split("\n", 1)[0].removeprefix("Nhiệm vụ: "): e for e in events}

    def event(words: str):
        (hit,) = [h for h in hits if words in h.task]
        return by_task[hit.task]

    quarter = event("bố trí kinh phí")
    assert quarter.decoded("DTSTART") == dt.date(2026, 6, 30) and quarter.decoded("DTEND") == dt.date(2026, 7, 1)
    assert str(quarter["SUMMARY"]).startswith("Hạn: Quý II/2026 — ") and "RRULE" not in quarter
    # ``hoàn thành trước tháng 8/2026``: before August begins, so July is the month it is due in
    assert str(event("rà soát thủ tục")["SUMMARY"]).startswith("Hạn: Tháng 7/2026 — ")
    assert str(event("tổng kết công tác")["SUMMARY"]).startswith("Hạn: Năm 2026 — ")
    day = event("trước ngày 20/11/2026")
    assert day.decoded("DTSTART") == dt.date(2026, 11, 20) and str(day["SUMMARY"]).startswith("báo cáo tình hình")

    def rule(words: str) -> dict:
        return {k: v for k, v in event(words)["RRULE"].items()}

    # from the plan's issue date, until the end of the year the plan is for (its title: "… năm 2026")
    end = [dt.date(2026, 12, 31)]
    assert rule("giải ngân") == {"FREQ": ["MONTHLY"], "UNTIL": end}
    assert rule("kết quả thực hiện Kế hoạch hằng quý") == {"FREQ": ["MONTHLY"], "INTERVAL": [3], "UNTIL": end}
    assert rule("giá thị trường") == {"FREQ": ["WEEKLY"], "UNTIL": end}
    assert rule("số liệu thống kê") == {"FREQ": ["YEARLY"], "UNTIL": end}
    assert event("giải ngân").decoded("DTSTART") == dt.date(2026, 1, 15)
    assert str(event("giải ngân")["SUMMARY"]).startswith("Hằng tháng — ")
    within = event("tài sản công")  # hằng quý, hoàn thành trong năm 2026: the year is the end, not the start
    assert within.decoded("DTSTART") == dt.date(2026, 1, 15) and rule("tài sản công")["UNTIL"] == end
    assert str(within["SUMMARY"]).startswith("Hằng quý, hạn: Năm 2026 — ")
    assert len({str(e["UID"]) for e in events}) == 9


def _hit(**fields) -> ObligationHit:
    doc = fields.pop("document", {})
    fields = {"assignee": Assignee(raw="Sở Tài chính"), "task": "báo cáo", **fields}
    return ObligationHit(document=DocumentSummary(id="0" * 16, **doc), role="lead", mode="assigned", **fields)


def test_a_recurring_task_runs_on_without_until_when_nothing_states_an_end():
    entry = calendar_entry(
        _hit(recurrence="monthly", document={"issued_date": dt.date(2026, 3, 5), "title": "Phát triển du lịch"})
    )
    assert entry is not None and entry.start == dt.date(2026, 3, 5) and entry.rrule == {"freq": "MONTHLY"}
    open_ended = "Phát triển du lịch giai đoạn 2026 - 2030 và những năm tiếp theo"
    assert plan_end(open_ended) is None
    assert plan_end("Phát triển du lịch giai đoạn 2026 - 2030") == dt.date(2030, 12, 31)


def test_a_monthly_task_from_a_months_last_day_keeps_every_months_last_day():
    entry = calendar_entry(_hit(recurrence="monthly", document={"issued_date": dt.date(2026, 1, 31)}))
    assert entry is not None and entry.rrule == {"freq": "MONTHLY", "bymonthday": -1}
    assert calendar_entry(_hit(recurrence="monthly", document={"issued_date": dt.date(2026, 1, 15)})).rrule == {
        "freq": "MONTHLY"
    }


def test_a_yearly_task_due_on_a_day_starts_there_and_no_until_comes_before_it():
    # "trước ngày 31/01 năm liền kề" in a plan for 2026: first due 31/01/2027, after the plan's year ends
    entry = calendar_entry(
        _hit(
            recurrence="yearly",
            deadline=dt.date(2027, 1, 31),
            deadline_precision="day",
            document={"issued_date": dt.date(2026, 1, 15), "title": "Kế hoạch năm 2026"},
        )
    )
    assert entry is not None and entry.start == dt.date(2027, 1, 31) and entry.rrule == {"freq": "YEARLY"}


def test_tasks_without_a_day_are_not_in_the_calendar():
    assert calendar_entry(_hit(recurrence="continuous", document={"issued_date": dt.date(2026, 1, 15)})) is None
    assert calendar_entry(_hit(recurrence="monthly")) is None  # a plan with no date: no first day
    assert calendar_entry(_hit()) is None


# --- Tải bản gốc ------------------------------------------------------------------------------------------

#: "Báo cáo.docx" as macOS writes names: decomposed (NFD); the download names it composed (NFC).
DOCX_NAME_NFD = unicodedata.normalize("NFD", "Báo cáo tổng hợp.docx")


def _docx(path) -> None:
    import docx

    d = docx.Document()
    for line in PLAN_12.split("\n\n")[:6]:
        d.add_paragraph(line)
    d.save(path)


def _doc_id(archive_db: str, name: str) -> str:
    with Archive(archive_db, create=False) as archive:
        (found,) = [s.id for s, _ in archive.documents() if s.path and s.path.endswith(name)]
    return found


@pytest.fixture()
def fresh(tmp_path):
    """A folder of two documents (a text plan, a Word file with a decomposed name) indexed into a new
    archive, and a client over it: each test may break the files."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "Kế hoạch 12.txt").write_text(PLAN_12, encoding="utf-8")
    _docx(docs / DOCX_NAME_NFD)
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([docs], jobs=1)
    with TestClient(create_app(db)) as c:
        yield c, db, docs


def test_the_original_file_downloads_byte_for_byte_with_its_name_and_type(fresh):
    client, db, docs = fresh
    ident = _doc_id(db, "Kế hoạch 12.txt")
    page = client.get(f"/documents/{ident}").text
    assert f'<a class="download" href="/documents/{ident}/original" download>Tải bản gốc</a>' in page
    r = client.get(f"/documents/{ident}/original")
    assert r.status_code == 200 and r.content == (docs / "Kế hoạch 12.txt").read_bytes()
    assert r.headers["content-type"] == "text/plain"
    assert "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2012.txt" in r.headers["content-disposition"]
    assert r.headers["content-disposition"].startswith("attachment;")
    ident = _doc_id(db, DOCX_NAME_NFD)
    r = client.get(f"/documents/{ident}/original")
    assert r.status_code == 200 and r.content == (docs / DOCX_NAME_NFD).read_bytes()
    assert r.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    nfc = unicodedata.normalize("NFC", DOCX_NAME_NFD)
    assert nfc != DOCX_NAME_NFD and f"filename*=UTF-8''{quote(nfc)}" in r.headers["content-disposition"]


def test_a_deleted_original_is_a_404_page_saying_it_is_no_longer_at_its_path(fresh):
    client, db, docs = fresh
    ident = _doc_id(db, "Kế hoạch 12.txt")
    (docs / "Kế hoạch 12.txt").unlink()
    r = client.get(f"/documents/{ident}/original")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "Tệp gốc không còn ở đường dẫn đã lưu" in r.text and "Kế hoạch 12.txt" in r.text


def test_a_file_swapped_for_a_link_out_of_the_folder_or_other_bytes_is_not_served(fresh, tmp_path):
    client, db, docs = fresh
    ident = _doc_id(db, "Kế hoạch 12.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text(PLAN_12, encoding="utf-8")  # the same bytes even: outside the folder, so refused
    (docs / "Kế hoạch 12.txt").unlink()
    (docs / "Kế hoạch 12.txt").symlink_to(secret)
    r = client.get(f"/documents/{ident}/original")
    assert r.status_code == 404 and "nằm ngoài các thư mục đã lập chỉ mục" in r.text
    (docs / "Kế hoạch 12.txt").unlink()
    (docs / "Kế hoạch 12.txt").write_text(PLAN_12.replace("Quý II", "Quý III"), encoding="utf-8")
    r = client.get(f"/documents/{ident}/original")
    assert r.status_code == 404 and "đã thay đổi sau lần lập chỉ mục" in r.text


@pytest.mark.parametrize(
    "url",
    [
        "/documents/..%2F..%2Fetc%2Fpasswd/original",
        "/documents/%2E%2E/original",
        "/documents/0000000000000000/original",
        "/documents/etc%2Fpasswd/original",
    ],
)
def test_a_path_or_an_unknown_id_is_never_served(fresh, url):
    client, _db, _docs = fresh
    r = client.get(url)
    assert r.status_code in (400, 404) and "root:" not in r.text


def test_an_archive_that_never_recorded_its_folders_serves_originals_once_indexed_again(fresh):
    client, db, docs = fresh
    ident = _doc_id(db, "Kế hoạch 12.txt")
    with Archive(db) as archive:  # as an archive indexed before the folders were recorded
        archive.backend.execute("DELETE FROM meta WHERE key LIKE 'indexed_root:%'")
        archive.backend.commit()
        assert archive.indexed_roots() == []
    r = client.get(f"/documents/{ident}/original")
    assert r.status_code == 404 and "chạy lại vbparse index" in r.text
    with Archive(db) as archive:
        archive.index([docs], jobs=1)
        assert archive.indexed_roots() == [os.path.realpath(docs)]
    assert client.get(f"/documents/{ident}/original").status_code == 200


# --- Lỗi đọc tệp ------------------------------------------------------------------------------------------

#: A failed file whose name is decomposed (NFD), as copied from a Mac: the page shows it composed.
BROKEN_PDF_NFD = unicodedata.normalize("NFD", "Quyết định hỏng.pdf")


@pytest.fixture()
def vietnam_time(monkeypatch):
    """The server's local time is Vietnam's (UTC+7, no daylight saving), whatever the machine's."""
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_failures_page_says_why_in_vietnamese_with_local_times_and_composed_names(tmp_path, vietnam_time):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rong.docx").write_bytes(b"")
    (docs / "hong.docx").write_bytes(b"PK\x03\x04 not a zip archive at all")
    (docs / BROKEN_PDF_NFD).write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\ngarbage")
    (docs / "nhi-phan.txt").write_bytes(b"K\xe1\xba\xbf ho\xe1\xba\xa1ch\x00\x00\x00")
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([docs], jobs=1)
        failures = {os.path.basename(f.path): f for f in archive.failures()}
    assert len(failures) == 4
    with TestClient(create_app(db)) as client:
        r = client.get("/failures")
    assert r.status_code == 200
    rows = {
        re.sub(r"<[^>]+>", "", m.group(1)): m.group(0)
        for m in re.finditer(r'<tr><td data-label="Tệp">(.*?)</td>.*?</tr>', r.text, re.DOTALL)
    }
    shown = {os.path.basename(path): row for path, row in rows.items()}
    nfc_pdf = unicodedata.normalize("NFC", BROKEN_PDF_NFD)
    assert nfc_pdf in shown and BROKEN_PDF_NFD not in r.text
    expected = {
        "rong.docx": "Tệp rỗng, không có nội dung.",
        "hong.docx": "Tệp DOCX bị hỏng, không mở được; hãy mở bằng Word và lưu lại.",
        nfc_pdf: "Tệp PDF bị hỏng, không đọc được; hãy lấy lại bản gốc hoặc in lại ra PDF.",
        "nhi-phan.txt": "Tệp .txt chứa dữ liệu nhị phân, không phải văn bản.",
    }
    for name, sentence in expected.items():
        row = shown[name]
        english = failures[BROKEN_PDF_NFD if name == nfc_pdf else name].error
        assert f"{sentence}</span>" in row, (name, row)
        assert html.escape(english) in row  # the original line is kept: in the title and below
        stamp = dt.datetime.fromisoformat(failures[BROKEN_PDF_NFD if name == nfc_pdf else name].indexed_at)
        vietnam = (stamp.astimezone(dt.UTC) + dt.timedelta(hours=7)).strftime("%d/%m/%Y %H:%M")
        assert re.search(rf">{re.escape(vietnam)}</time>", row), (vietnam, row)
    assert "<h1>Tệp không đọc được (4)</h1>" in r.text


def test_a_reason_of_no_known_kind_is_said_in_general_and_kept_in_english():
    assert vietnamese_reason("the moon is in the wrong phase") == UNKNOWN_REASON
    assert vietnamese_reason(None) == UNKNOWN_REASON


@pytest.mark.parametrize(("pattern", "sentence", "example"), REASONS, ids=[r[2][:40] for r in REASONS])
def test_each_known_failure_reason_gets_its_own_vietnamese_sentence(pattern, sentence, example):
    said = vietnamese_reason(example)
    assert said != UNKNOWN_REASON and "{" not in said
    first = next(vi for p, vi, _ in REASONS if re.match(p, example))  # no earlier row takes its example
    assert first == sentence


def test_an_xlsx_row_with_control_characters_is_written_with_them_shown_as_replacement_marks():
    """An archive indexed before control characters were dropped (issue 40: ESC, BEL, U+0001 in a task made
    ``/obligations.xlsx`` a 500 for every unit with such a task)."""
    _rows, cell = _task_in_xlsx("báo cáo\x1b]0;tiêu đề\x07 kết quả\x01")
    assert cell.value == "báo cáo\ufffd]0;tiêu đề\ufffd kết quả\ufffd"


# --- Reminders (issue 42): alarms at 7, 3 and 1 days, and a feed a calendar application subscribes to ----


def _alarms(event) -> list[dt.timedelta]:
    return sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))


def test_calendar_events_remind_seven_three_and_one_days_ahead(client, archive_db):
    from icalendar import Calendar

    events = list(Calendar.from_ical(client.get("/obligations.ics", params=ASSIGNEE).content).walk("VEVENT"))
    by_summary = {str(e["SUMMARY"]): e for e in events}
    (day,) = [e for s, e in by_summary.items() if "trước ngày 20/11/2026" in s]
    assert _alarms(day) == [-dt.timedelta(days=7), -dt.timedelta(days=3), -dt.timedelta(days=1)]
    (alarm,) = [a for a in day.walk("VALARM") if a.decoded("TRIGGER") == -dt.timedelta(days=3)]
    assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"]).startswith("Còn 3 ngày đến hạn: ")
    assert alarm["TRIGGER"].params.get("RELATED", "START") == "START"
    # a weekly duty would ring every week 7 days ahead of the next: only the 3- and 1-day reminders
    (weekly,) = [e for s, e in by_summary.items() if "giá thị trường" in s]
    assert _alarms(weekly) == [-dt.timedelta(days=3), -dt.timedelta(days=1)]
    (monthly,) = [e for s, e in by_summary.items() if "giải ngân" in s]
    assert len(_alarms(monthly)) == 3


def test_a_task_marked_done_or_daily_gets_no_alarm():
    from vbparse.store.export import alarm_days

    daily = _hit(recurrence="daily", document={"issued_date": dt.date(2026, 3, 5)})
    assert alarm_days(daily, calendar_entry(daily)) == ()
    dated = _hit(deadline=dt.date(2026, 5, 4), deadline_precision="day")
    assert alarm_days(dated, calendar_entry(dated)) == (7, 3, 1)
    done = _hit(deadline=dt.date(2026, 5, 4), deadline_precision="day", progress="da_hoan_thanh")
    assert alarm_days(done, calendar_entry(done)) == ()


@pytest.mark.slow  # (2 s or more: the quick suite leaves it to CI)
def test_a_units_feed_opens_with_its_own_key_and_nothing_else(archive_db):
    from icalendar import Calendar

    from vbparse.web.feeds import feed_key

    token = "s3cret-token-for-the-feed"
    key = feed_key(token, "Sở Tài chính")
    assert token not in key and key != feed_key(token, "Sở Nội vụ") and key != feed_key("other", "Sở Tài chính")
    with TestClient(create_app(archive_db, token=token)) as c:
        # what a calendar application sends: the address alone, no header, no cookie, no redirect followed
        r = c.get("/obligations.ics", params={"assignee": "Sở Tài chính", "key": key}, follow_redirects=False)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
        assert len(list(Calendar.from_ical(r.content).walk("VEVENT"))) == 9
        assert "set-cookie" not in r.headers
        # the key opens that unit's feed only: not another unit's, not the board, not its other downloads
        other = c.get("/obligations.ics", params={"assignee": "Sở Nội vụ", "key": key}, follow_redirects=False)
        assert other.status_code == 401
        for path in ("/obligations", "/obligations.csv", "/"):
            r = c.get(path, params={"assignee": "Sở Tài chính", "key": key}, follow_redirects=False)
            assert r.status_code == 401, path
        wrong = c.get("/obligations.ics", params={"assignee": "Sở Tài chính", "key": "0" * 32})
        assert wrong.status_code == 401
        # the token itself still opens the feed, answered at once (a calendar keeps no cookie to follow a redirect)
        direct = c.get("/obligations.ics", params={"assignee": "Sở Tài chính", "token": token}, follow_redirects=False)
        assert direct.status_code == 200 and direct.content.startswith(b"BEGIN:VCALENDAR")
        # the board shows the feed's address with its key, never the token
        c.get(f"/?token={token}")
        board = c.get("/obligations", params=ASSIGNEE).text
        (address,) = re.findall(r'id="feed"[^>]*value="([^"]+)"', board)
        address = html.unescape(address)
        assert address.startswith("http") and f"key={key}" in address and token not in board
    with TestClient(create_app(archive_db, token=token)) as fresh:  # the address as given, in a new client
        assert fresh.get(address, follow_redirects=False).status_code == 200


def test_without_a_token_the_feed_address_carries_no_key(client):
    board = client.get("/obligations", params=ASSIGNEE).text
    (address,) = re.findall(r'id="feed"[^>]*value="([^"]+)"', board)
    assert "key=" not in address and html.unescape(address).endswith(
        "/obligations.ics?assignee=S%E1%BB%9F+T%C3%A0i+ch%C3%ADnh"
    )
    assert client.get(html.unescape(address)).status_code == 200


@pytest.mark.parametrize(
    "raw,issued,first",
    [
        ("Trước ngày 05 của tháng liền kề", dt.date(2026, 3, 2), dt.date(2026, 4, 5)),  # a month's report, the next
        ("trước ngày 10 của tháng tiếp theo", dt.date(2026, 3, 20), dt.date(2026, 4, 10)),
        ("chậm nhất ngày 20 tháng sau", dt.date(2026, 12, 1), dt.date(2027, 1, 20)),
        ("trước ngày 18 hằng tháng", dt.date(2026, 3, 2), dt.date(2026, 3, 18)),  # every month's: from this month
    ],
)
def test_a_monthly_task_due_in_the_following_month_starts_there(raw, issued, first):
    entry = calendar_entry(_hit(recurrence="monthly", deadline_raw=raw, document={"issued_date": issued}))
    assert entry is not None and entry.start == first and entry.rrule["freq"] == "MONTHLY"
    assert entry.label.startswith(raw[0].upper() + raw[1:])


# --- Line breaks and control characters in any text field (issue 55) ---------------------------------------

#: What a correction or an older archive can put into a text field: every line break and two controls.
_BREAKS = "a\nb\rc\x0bd\x00e"


def _broken_hit() -> ObligationHit:
    return _hit(
        task=f"báo cáo {_BREAKS}",
        assignee=Assignee(raw=f"Sở {_BREAKS}"),
        deadline=dt.date(2026, 9, 30),
        deadline_raw=f"trước {_BREAKS}",
        section=f"II.{_BREAKS}",
        document={"title": f"Kế hoạch {_BREAKS}", "issuer": f"UBND {_BREAKS}", "number": f"12/{_BREAKS}"},
    )


def test_a_calendar_of_tasks_whose_fields_hold_line_breaks_and_controls_is_valid_and_one_line_a_field():
    from icalendar import Calendar

    from vbparse.store.export import write_ical

    out = io.StringIO()
    assert write_ical([_broken_hit()], out, name=f"Nhiệm vụ — {_BREAKS}") == 1
    text = out.getvalue()
    for line in text.split("\r\n"):
        assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f]", line), repr(line)
    event = next(iter(Calendar.from_ical(text).walk("VEVENT")))
    assert str(event["SUMMARY"]) == "báo cáo a b c d e"
    assert "Đơn vị/người thực hiện: Sở a b c d e (chủ trì)" in str(event["DESCRIPTION"]).split("\n")
    assert "Kế hoạch a b c d e" in str(event["DESCRIPTION"]).split("\n")


def test_a_units_calendar_asked_with_a_line_break_in_its_name_is_no_500(client):
    r = client.get("/obligations.ics", params={"assignee": "Sở Tài chính\n"})
    assert r.status_code == 200 and "X-WR-CALNAME:Nhiệm vụ — Sở Tài chính\r\n" in r.text


def test_excel_and_csv_of_tasks_whose_fields_hold_line_breaks_and_controls_open():
    import csv

    from openpyxl import load_workbook

    from vbparse.web import board

    rows = list(board.board_rows([_broken_hit()], lambda h: "http://x/", TODAY))
    sheet = load_workbook(io.BytesIO(board.board_xlsx(rows))).active
    assert sheet.cell(2, 2).value.startswith("báo cáo a\nb")  # a line break kept in a wrapped cell
    out = io.StringIO()
    board.write_board_csv(rows, out)
    read = list(csv.reader(io.StringIO(out.getvalue().removeprefix("\ufeff"))))
    assert len(read) == 2 and "\x00" not in out.getvalue() and "\x0b" not in out.getvalue()


def test_a_corrected_assignee_typed_over_two_lines_is_the_unit_named_on_one():
    from vbparse.store.corrections import assignee_of

    assert assignee_of("Sở Tài\r\nchính\x0b") == assignee_of("Sở Tài chính")
    assert assignee_of("Sở Tài\nchính").raw == "Sở Tài chính"


def test_the_workbook_is_written_to_a_file_a_row_at_a_time_and_reads_back_whole(tmp_path):
    from openpyxl import load_workbook

    from vbparse.web import board

    taken = []

    def rows():
        for n in range(1, 3001):
            taken.append(n)
            hit = ObligationHit(
                document=DocumentSummary(id=f"{n:016x}", issued_date=dt.date(2026, 1, 15)),
                assignee=Assignee(raw="Sở Tài chính"),
                role="lead",
                mode="assigned",
                task="=1+1" if n == 7 else f"việc số {n} \x00<b>&",
                deadline=dt.date(2026, 6, 30),
            )
            yield from board.board_rows([hit], lambda h: f"http://x/documents/{h.document.id}", TODAY)

    path = tmp_path / "board.xlsx"
    with path.open("wb") as out:
        assert board.write_board_xlsx(rows(), out) == 3000
    assert len(taken) == 3000
    sheet = load_workbook(path).active
    table = list(sheet.iter_rows(values_only=True))
    assert len(table) == 3001 and list(table[0]) == list(BOARD_HEADERS)
    assert table[7][1] == "=1+1" and sheet.cell(8, 2).data_type == "s"  # text, not a formula
    assert table[2][1].startswith("việc số 2 ") and table[2][1].endswith("<b>&") and "\x00" not in table[2][1]
    assert table[3000][5].date() == dt.date(2026, 6, 30) and sheet.cell(3001, 6).number_format == "dd/mm/yyyy"
    link = sheet.cell(3001, 15)
    assert link.hyperlink.target == link.value == f"http://x/documents/{3000:016x}"
    assert sheet.freeze_panes == "A2" and sheet.cell(1, 1).font.b and not sheet.cell(2, 1).font.b
