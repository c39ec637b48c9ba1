"""The HTML pages (``vbparse.web.pages``) through FastAPI's TestClient, over an archive of the seeds plus
one plan of our own (three dated tasks of VPTK, citing seed 002) and one file that cannot be read."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import shutil
from html.parser import HTMLParser

import pytest
from conftest import SEEDS
from fastapi.testclient import TestClient

from vbparse.store import Archive
from vbparse.web import create_app, pages

SEED_002 = "44663ff6e7f1b2c9"  # 42/KH-UBND, 10/3/2023, UBND thị trấn Hà Trung
SEED_000 = "d68afc30f02f47e9"  # no number; cites 42/KH-UBND (resolved to seed 002)
#: The board's downloads (CSV and Excel), column by column, as issue 23 asks for them.
BOARD_HEADERS = [
    "STT",
    "Nhiệm vụ",
    "Đơn vị/cá nhân được giao",
    "Vai trò",
    "Đơn vị phối hợp",
    "Thời hạn",
    "Thời hạn (nguyên văn)",
    "Lặp lại",
    "Tình trạng",
    "Số văn bản",
    "Ngày ban hành",
    "Trích yếu",
    "Cơ quan ban hành",
    "Mục",
    "Liên kết",
    "Địa bàn",
    "Giao chung",
    "Tiến độ",
    "Đã hiệu chỉnh",
    "Đơn vị chủ trì",
]

#: A plan of ours: three dated tasks of Văn phòng - Thống kê, and a citation of seed 002.
PLAN_77 = """UBND HUYỆN HÀ TRUNG
UBND THỊ TRẤN HÀ TRUNG
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Trung, ngày 05 tháng 6 năm 2023

KẾ HOẠCH

Tổng kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023

Thực hiện Kế hoạch số 42/KH-UBND ngày 10/3/2023 của UBND thị trấn Hà Trung về phong trào thi đua cao điểm.

I. MỤC ĐÍCH, YÊU CẦU

Đánh giá kết quả phong trào thi đua 6 tháng đầu năm 2023.

II. TỔ CHỨC THỰC HIỆN

1. Công chức Văn phòng - Thống kê tổng hợp báo cáo kết quả thi đua của các tiểu khu, các ban, ngành, đoàn thể; \
đề xuất khen thưởng các tập thể, cá nhân tiêu biểu, hoàn thành trước ngày 20/6/2023.

2. Công chức Văn phòng - Thống kê chuẩn bị hội trường, tài liệu; mời đại biểu dự hội nghị tổng kết, hoàn thành \
trước ngày 28/6/2023.

3. Công chức Văn phòng - Thống kê đăng tải kết quả lên Trang thông tin điện tử của thị trấn trước ngày 15/7/2023.

Nơi nhận:
- UBND huyện;
- Lưu: VT, VPTK.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Cù Văn Hân
"""


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory):
    root = tmp_path_factory.mktemp("web")
    extra = root / "extra"
    extra.mkdir()
    (extra / "ke_hoach_77.txt").write_text(PLAN_77, encoding="utf-8")
    (extra / "hong.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\ngarbage")
    db = str(root / "a.db")
    with Archive(db) as archive:
        archive.index([SEEDS, extra], jobs=1)
    return db


@pytest.fixture(scope="module")
def app(archive_db):
    return create_app(archive_db)


@pytest.fixture(scope="module")
def served(app):
    with TestClient(app) as c:  # one lifespan: the app's connection pool closes when it ends
        yield c


@pytest.fixture()
def client(app, served):
    yield served
    app.dependency_overrides.clear()


def today_is(app, day: dt.date) -> None:
    app.dependency_overrides[pages.current_date] = lambda: day


class _Marks(HTMLParser):
    """The text of the original-text block and each highlight in it: (kind, start, end, tooltip, href)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.pos = 0
        self.open: list[tuple | None] = []
        self.marks: list[tuple[str, int, int, str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        kind = next((c[3:] for c in (a.get("class") or "").split() if c.startswith("hl-")), None)
        self.open.append((kind, self.pos, a.get("title", ""), a.get("href")) if kind else None)

    def handle_endtag(self, tag):
        top = self.open.pop()
        if top:
            kind, start, title, href = top
            self.marks.append((kind, start, self.pos, title, href))

    def handle_data(self, data):
        self.text.append(data)
        self.pos += len(data)


def original_block(page: str) -> _Marks:
    m = re.search(r'<div class="original" id="original"[^>]*>(.*?)</div>', page, re.DOTALL)
    assert m, "no original text on the page"
    p = _Marks()
    p.feed(m.group(1))
    p.close()
    return p


# --- Tìm kiếm ------------------------------------------------------------------------------------------


def test_search_finds_a_seed_and_marks_the_words(client):
    r = client.get("/", params={"q": "hiến đất"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert f'href="/documents/{SEED_002}"' in r.text
    assert "<mark>hiến đất</mark>" in r.text
    assert '<html lang="vi">' in r.text and '<label for="q">' in r.text


def test_search_without_diacritics_marks_the_words_as_written(client):
    r = client.get("/", params={"q": "hien dat"})
    assert r.status_code == 200
    assert "<mark>hiến đất</mark>" in r.text


def test_empty_search_shows_the_archive_size_and_help(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "Kho đang có 6 văn bản" in r.text
    assert "ngoặc kép" in r.text and "<ol" not in r.text


def test_search_filters_by_type_and_vietnamese_dates(client):
    r = client.get("/", params={"q": "thi đua", "type": "KH", "from": "1/3/2023", "to": "31/3/2023"})
    assert r.status_code == 200
    found = set(re.findall(r'class="hit-title" href="/documents/([0-9a-f]{16})"', r.text))
    assert found == {SEED_002}  # 30/KH-UBND of 10/02/2023 and 77/KH-UBND of 05/06/2023 are outside
    r = client.get("/", params={"q": "thi đua", "from": "2023-06-01"})
    found = set(re.findall(r'class="hit-title" href="/documents/([0-9a-f]{16})"', r.text))
    assert len(found) == 1 and SEED_002 not in found


def test_search_pages_through_results(client, monkeypatch):
    monkeypatch.setattr(pages, "DEFAULT_RESULTS_PER_PAGE", 2)
    seen = []
    for n in (1, 2, 3):
        r = client.get("/", params={"q": "thi đua", "page": str(n)})
        assert r.status_code == 200
        ids = re.findall(r'class="hit-title" href="/documents/([0-9a-f]{16})"', r.text)
        seen += ids
        assert len(ids) == 2
        assert ("Trang sau" in r.text) == (n < 3)
        assert ("Trang trước" in r.text) == (n > 1)
    assert len(set(seen)) == 6  # every document once, across the pages


# --- Văn bản --------------------------------------------------------------------------------------------


def test_document_page_highlights_the_number_in_the_original_text_at_its_span(client, archive_db):
    with Archive(archive_db, create=False) as archive:
        doc = archive.document(SEED_002)
        text = archive.original_text(SEED_002)
    r = client.get(f"/documents/{SEED_002}")
    assert r.status_code == 200
    block = original_block(r.text)
    assert "".join(block.text) == text  # the whole text, escaped and unescaped back, nothing lost
    numbers = [m for m in block.marks if m[0] == "number"]
    assert [(s, e) for _, s, e, _, _ in numbers] == [(doc.number.span.start, doc.number.span.end)]
    assert text[numbers[0][1] : numbers[0][2]] == "42 /KH-UBND"
    assert "Số, ký hiệu: 42/KH-UBND" in numbers[0][3]
    kinds = {m[0] for m in block.marks}
    assert {"number", "date", "reference", "obligation", "recipient", "signer"} <= kinds
    date = next(m for m in block.marks if m[0] == "date")
    assert text[date[1] : date[2]] == "ngày 10 tháng 3 năm 2023"
    for kind, start, end, _, _ in block.marks:  # each highlight covers exactly what its value spans
        assert 0 <= start < end <= len(text)
    starts = {s for k, s, _, _, _ in block.marks if k == "obligation"}
    assert {o.span.start for o in doc.obligations if o.span} <= starts  # every task marked where it starts


def test_document_page_links_resolved_references_and_lists_who_cites_it(client):
    r = client.get(f"/documents/{SEED_000}")
    block = original_block(r.text)
    linked = [m for m in block.marks if m[0] == "reference" and m[4]]
    assert linked and all(m[4] == f"/documents/{SEED_002}" for m in linked)
    assert any("có trong kho" in m[3] for m in linked)
    r = client.get(f"/documents/{SEED_002}")
    cited_by = r.text.split('id="citedby-h"', 1)[1].split("</section>", 1)[0]
    assert f'href="/documents/{SEED_000}"' in cited_by and "77/KH-UBND" in cited_by


def test_document_page_shows_a_legend_with_a_label_per_kind(client):
    r = client.get(f"/documents/{SEED_002}")
    legend = r.text.split('class="legend"', 1)[1].split("</fieldset>", 1)[0]
    for label in ("Số, ký hiệu", "Ngày ban hành", "Văn bản dẫn chiếu", "Nhiệm vụ", "Nơi nhận", "Người ký"):
        assert label in legend


def test_an_archive_indexed_before_texts_were_kept_still_renders(client, archive_db, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(archive_db, old)
    with Archive(old) as archive:
        archive.backend.execute("DELETE FROM doc_source")
        archive.backend.commit()
    with TestClient(create_app(str(old))) as c:
        r = c.get(f"/documents/{SEED_002}")
    assert r.status_code == 200
    assert "lập chỉ mục lại để xem văn bản gốc" in r.text
    assert 'id="original"' not in r.text
    assert "42/KH-UBND" in r.text and "10/03/2023" in r.text and "Cù Văn Hân" in r.text


# --- Nhiệm vụ --------------------------------------------------------------------------------------------


def _rows(page: str) -> list[str]:
    body = page.split('<table class="list stack obligations">', 1)[1].split("</table>", 1)[0]
    return re.findall(r"<tr[ >].*?</tr>", body.split("<tbody>", 1)[1], re.DOTALL)


def test_obligations_of_an_alias(client, app):
    today_is(app, dt.date(2023, 6, 25))
    r = client.get("/obligations", params={"assignee": "VPTK"})
    assert r.status_code == 200
    rows = _rows(r.text)
    assert len(rows) == 9  # six in the seeds (decision 14 parts one of seed 002's items), three in plan 77
    assert "tổng hợp báo cáo kết quả thi đua" in rows[0] and "20/06/2023" in rows[0]  # deadline order
    assert "28/06/2023" in rows[1] and "15/07/2023" in rows[2] and "10/09/2023" in rows[3]
    assert any("là bộ phận thường trực tham mưu cho UBND" in row for row in rows)
    assert any("Tài chính - Kế toán" in row for row in rows)  # a co-assignee
    assert all('href="/documents/' in row for row in rows)  # each linked to its plan


def test_obligations_page_through_the_tasks_in_deadline_order(client, app, monkeypatch):
    from vbparse.web import view_obligations
    from vbparse.web.answer_cache import AnswerCache

    today_is(app, dt.date(2023, 6, 25))
    monkeypatch.setattr(view_obligations, "DEFAULT_PAGE_ROWS", 3)
    app.state.answers = AnswerCache()  # the page size changes under a running server: its kept pages with it
    pages_seen = []
    for n in (1, 2, 3):
        r = client.get("/obligations", params={"assignee": "VPTK", "page": str(n)})
        assert r.status_code == 200
        pages_seen.append(_rows(r.text))
        assert ("Trang sau" in r.text) == (n < 3) and ("Trang trước" in r.text) == (n > 1)
    assert [len(p) for p in pages_seen] == [3, 3, 3]
    whole = _rows(client.get("/obligations", params={"assignee": "VPTK"}).text)
    monkeypatch.undo()
    app.state.answers = AnswerCache()
    assert [row for p in pages_seen for row in p] == _rows(client.get("/obligations", params={"assignee": "VPTK"}).text)
    assert len(whole) == 3


def test_overdue_and_due_soon_are_marked(client, app):
    today_is(app, dt.date(2023, 6, 25))
    rows = _rows(client.get("/obligations", params={"assignee": "VPTK"}).text)
    assert 'class="overdue"' in rows[0] and "quá hạn" in rows[0]  # 20/6, five days ago
    assert 'class="soon"' in rows[1] and "sắp đến hạn" in rows[1]  # 28/6, in three days
    assert 'class="soon"' not in rows[2] and 'class="overdue"' not in rows[2]  # 15/7, in twenty days
    assert pages.vo.DEFAULT_DUE_SOON_DAYS == 7
    today_is(app, dt.date(2023, 7, 9))
    rows = _rows(client.get("/obligations", params={"assignee": "VPTK"}).text)
    assert 'class="soon"' in rows[2]  # 15/7 is now six days away


def test_the_board_marks_deadlines_seven_three_and_one_days_ahead(client, app):
    """Issue 42's reminders: a deadline within 7, 3 or 1 days says which, and the summary counts each."""

    def marks(day: dt.date) -> list[str | None]:
        today_is(app, day)
        rows = _rows(client.get("/obligations", params={"assignee": "VPTK"}).text)
        return [next(iter(re.findall(r"còn ≤ (\d) ngày", row)), None) for row in rows[:3]]  # the dated three

    assert marks(dt.date(2023, 6, 13)) == ["7", None, None]  # 20/6 in seven days
    assert marks(dt.date(2023, 6, 17)) == ["3", None, None]  # in three
    assert marks(dt.date(2023, 6, 19)) == ["1", None, None]  # tomorrow
    assert marks(dt.date(2023, 6, 20)) == ["1", None, None]  # today: still not overdue
    assert marks(dt.date(2023, 6, 25)) == [None, "3", None]  # 20/6 overdue, 28/6 in three days
    today_is(app, dt.date(2023, 6, 26))
    summary = client.get("/obligations", params={"assignee": "VPTK"}).text
    assert "1 sắp đến hạn (trong 7 ngày, 1 còn ≤ 3 ngày)" in " ".join(summary.split())


def test_obligations_of_a_person(client):
    r = client.get("/obligations", params={"assignee": "Nguyễn Ngọc Luyện"})
    rows = _rows(r.text)
    assert len(rows) == 1
    assert "báo cáo Công tác đảm bảo ATTP 9 tháng đầu năm 2023" in rows[0] and "chủ trì" in rows[0]


def test_obligations_filters_and_sort_by_plan(client, app):
    today_is(app, dt.date(2023, 6, 25))
    r = client.get("/obligations", params={"assignee": "VPTK", "due_before": "1/7/2023", "due_after": "2023-06-01"})
    assert len(_rows(r.text)) == 2
    r = client.get("/obligations", params={"assignee": "VPTK", "role": "support"})
    rows = _rows(r.text)
    assert len(rows) == 2 and all("phối hợp" in row for row in rows)
    r = client.get("/obligations", params={"assignee": "VPTK", "overdue": "1"})
    assert len(_rows(r.text)) == 1
    r = client.get("/obligations", params={"assignee": "VPTK", "sort": "plan"})
    plans = [re.search(r'href="/documents/([0-9a-f]{16})"', row).group(1) for row in _rows(r.text)]
    assert plans == sorted(plans, key=plans.index) and len(set(plans)) == 3
    assert plans[:3] == [plans[0]] * 3  # plan 77, the newest, first with its three tasks


def test_obligations_page_without_assignee_offers_the_frequent_ones(client):
    r = client.get("/obligations")
    assert r.status_code == 200
    assert '<datalist id="assignees">' in r.text and "Văn phòng - Thống kê" in r.text
    assert '<label for="assignee">' in r.text


def test_csv_download_is_the_board_in_vietnamese_row_for_row(client, app, archive_db):
    today_is(app, dt.date(2023, 6, 25))
    r = client.get("/obligations.csv", params={"assignee": "VPTK"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"] and "nhiem-vu-vptk.csv" in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    table = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"), newline="")))
    assert table[0] == BOARD_HEADERS
    rows = [dict(zip(table[0], row, strict=True)) for row in table[1:]]
    with Archive(archive_db, create=False) as archive:
        hits = archive.obligations("VPTK")
    assert [row["Nhiệm vụ"] for row in rows] == [h.task for h in hits]
    assert [row["STT"] for row in rows] == [str(n) for n in range(1, len(hits) + 1)]
    assert [row["Thời hạn"] for row in rows][:4] == ["20/06/2023", "28/06/2023", "15/07/2023", "10/09/2023"]
    assert [row["Thời hạn"] for row in rows][4:] == [""] * (len(rows) - 4)
    first = rows[0]
    assert first["Số văn bản"] == "77/KH-UBND" and first["Ngày ban hành"] == "05/06/2023"
    assert first["Vai trò"] == "Chủ trì" and first["Đơn vị/cá nhân được giao"] == "Văn phòng - Thống kê"
    assert first["Thời hạn (nguyên văn)"] == "hoàn thành trước ngày 20/6/2023"
    assert (
        first["Tình trạng"] == "Quá hạn" and rows[1]["Tình trạng"] == "Sắp đến hạn (còn ≤ 3 ngày)"
    )  # 28/6, three days on
    assert rows[2]["Tình trạng"] == "" and first["Trích yếu"].startswith("Tổng kết công tác thi đua")
    assert re.fullmatch(r"http://testserver/documents/[0-9a-f]{16}", first["Liên kết"])
    assert client.get(first["Liên kết"]).status_code == 200
    assert {row["Vai trò"] for row in rows} == {"Chủ trì", "Phối hợp"}
    supported = next(row for row in rows if row["Vai trò"] == "Phối hợp")
    assert supported["Đơn vị phối hợp"]  # who leads the task it supports
    page_tasks = [
        html.unescape(re.search(r'data-label="Nhiệm vụ">(.*?)</td>', row, re.DOTALL).group(1))
        for row in _rows(client.get("/obligations", params={"assignee": "VPTK"}).text)
    ]
    assert page_tasks == [row["Nhiệm vụ"] for row in rows]


def test_the_board_offers_the_three_downloads_with_its_filters(client):
    """Plain links (no ``download`` attribute): the file comes as an attachment, and a large one not ready yet
    is a page saying so (``202``, issue 55) that a ``download`` link would save as the file."""
    r = client.get("/obligations", params={"assignee": "VPTK", "role": "support"})
    for label, path in (
        ("CSV (Excel)", "/obligations.csv"),
        ("Excel (.xlsx)", "/obligations.xlsx"),
        ("Lịch (.ics)", "/obligations.ics"),
    ):
        assert re.search(
            rf'<a href="{re.escape(path)}\?assignee=VPTK&amp;role=support">'
            rf"{re.escape(label)}</a>",
            r.text,
        ), label


def _unfold(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")


def test_ics_download_is_rfc5545(client, app):
    today_is(app, dt.date(2023, 6, 25))
    r = client.get("/obligations.ics", params={"assignee": "VPTK"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    raw = r.content
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    physical = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in physical) <= 75 and any(len(line) > 70 for line in physical)
    for line in physical:
        line.decode("utf-8")  # folding never cuts a character
    lines = _unfold(raw)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    begins = [ln[6:] for ln in lines if ln.startswith("BEGIN:")]
    ends = [ln[4:] for ln in lines if ln.startswith("END:")]
    assert sorted(begins) == sorted(ends)
    assert begins.count("VEVENT") == 4  # the four dated tasks of VPTK; the four without a deadline left out
    starts = [ln.split(":", 1)[1] for ln in lines if ln.startswith("DTSTART;VALUE=DATE:")]
    assert starts == ["20230620", "20230628", "20230715", "20230910"]
    assert "DTEND;VALUE=DATE:20230621" in lines
    assert all(re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", ln) for ln in lines if ln.startswith("DTSTAMP"))
    uids = [ln for ln in lines if ln.startswith("UID:")]
    assert len(set(uids)) == 4
    again = [
        ln
        for ln in _unfold(client.get("/obligations.ics", params={"assignee": "VPTK"}).content)
        if ln.startswith("UID:")
    ]
    assert again == uids  # stable from one download to the next
    summary = next(ln for ln in lines if ln.startswith("SUMMARY:tổng hợp"))
    assert "các tiểu khu\\, các ban" in summary and "đoàn thể\\;" in summary  # escaped text
    assert any(ln.startswith("URL:http") and SEED_000 in ln for ln in lines)


def test_downloads_apply_the_filters(client, app):
    today_is(app, dt.date(2023, 6, 25))
    r = client.get("/obligations.csv", params={"assignee": "VPTK", "role": "support"})
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == 2 and {row["Vai trò"] for row in rows} == {"Phối hợp"}
    r = client.get("/obligations.ics", params={"assignee": "VPTK", "due_before": "1/7/2023"})
    assert _unfold(r.content).count("BEGIN:VEVENT") == 2


# --- Tham chiếu, Lỗi đọc tệp -----------------------------------------------------------------------------


def test_refs_page_draws_the_graph(client):
    r = client.get(f"/refs/{SEED_002}")
    assert r.status_code == 200
    svg = r.text.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert 'role="img"' in r.text.split("<svg", 1)[1][:200]
    assert svg.count('class="node self"') == 1
    assert svg.count(f'<a href="/documents/{SEED_000}">') == 1  # cites seed 002: on the right, linked
    assert svg.count('class="node external"') >= 3  # the district's 42/KH-UBND, 215/QĐ-UBND, …: grey, no link
    assert svg.count('class="edge ') == svg.count('class="node ') - 1


def test_failures_page_lists_the_unreadable_file_with_its_reason(client):
    r = client.get("/failures")
    assert r.status_code == 200
    assert "hong.pdf" in r.text and "corrupt PDF" in r.text
    assert '<th scope="col">Lý do</th>' in r.text


# --- errors ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/documents/0000000000000000", "/documents/not-an-id", "/refs/0123456789abcdef", "/documents/%2E%2E"]
)
def test_unknown_document_is_a_404_page_in_vietnamese(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "Không tìm thấy văn bản" in r.text and '<html lang="vi">' in r.text


def test_a_mistyped_page_address_is_a_page_and_a_mistyped_api_address_is_json(client):
    page = client.get("/tim-kiem")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Không có trang này" in page.text and "<nav" in page.text
    api = client.get("/api/serch")
    assert api.status_code == 404 and api.headers["content-type"].startswith("application/json")
    assert "unknown endpoint /api/serch" in api.json()["error"]


@pytest.mark.parametrize(
    "url, name, words",
    [
        ("/?q=x&from=31/2/2023", "from", "không phải là ngày"),
        ("/?q=x&to=hôm+qua", "to", "không phải là ngày"),
        ("/?q=x&from=2023-05-01&to=2023-04-01", "to", "trước"),
        ("/?q=x&page=0", "page", "từ 1 đến"),
        ("/?q=x&page=abc", "page", "từ 1 đến"),
        ("/?q=x&type=XYZ", "type", "không biết loại"),
        ("/?q=" + "dài+" * 40, "q", "too many words"),
        ("/obligations?assignee=VPTK&role=boss", "role", "không phải là một lựa chọn"),
        ("/obligations?assignee=VPTK&due_before=32/1/2023", "due_before", "không phải là ngày"),
        ("/obligations.csv?assignee=", "assignee", "chưa nhập"),
        ("/obligations.ics?assignee=VPTK&sort=x", "sort", "không phải là một lựa chọn"),
    ],
)
def test_a_bad_parameter_is_a_400_page_naming_it(client, url, name, words):
    r = client.get(url)
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("text/html")
    assert f"“{name}”" in r.text and words in html.unescape(r.text)


def test_static_files_are_served(client):
    r = client.get("/static/style.css")
    assert r.status_code == 200 and ".hl-number" in r.text
    assert client.get("/static/app.js").status_code == 200


# --- the highlighting itself ----------------------------------------------------------------------------


def test_crossing_and_nested_spans_stay_well_nested_and_cover_their_characters():
    from vbparse.web.view_text import Mark, render

    text = "abc<d>&efghij"
    marks = [
        Mark(1, 7, "obligation", "task"),
        Mark(4, 10, "signer", "who"),
        Mark(2, 3, "reference", "r", "/d/1"),
        Mark(2, 3, "number", "n", "/d/2"),
    ]
    out = str(render(text, marks))
    p = _Marks()
    p.feed(out)
    p.close()
    assert "".join(p.text) == text and "&lt;" in out and "d&gt;&amp;" in out and "<d>" not in out
    covered = {}
    for kind, start, end, _, _ in p.marks:
        covered.setdefault(kind, set()).update(range(start, end))
    assert covered == {"obligation": set(range(1, 7)), "signer": set(range(4, 10)), "reference": {2}, "number": {2}}
    assert out.count("<a ") == 1  # no link inside a link
    depth = 0
    for tag in re.findall(r"</?(?:mark|a)\b", out):  # every element closed inside its parent
        depth += -1 if tag.startswith("</") else 1
        assert depth >= 0
    assert depth == 0


def test_snippet_marks_are_escaped_and_placed_at_their_offsets():
    from vbparse.models import Span
    from vbparse.web.view_text import mark_snippet

    out = str(mark_snippet("a <b> hiến đất & c", [Span(start=6, end=14)]))
    assert out == "a &lt;b&gt; <mark>hiến đất</mark> &amp; c"


# --- a PDF's pages --------------------------------------------------------------------------------------

PDF_23 = SEEDS.parent / "realdocs" / "23_ttr-snv-lamdong-ban-hanh-kh-tuyen-truyen-cchc.pdf"


@pytest.fixture(scope="module")
def pdf_archive(tmp_path_factory):
    if not PDF_23.is_file():
        pytest.skip(f"{PDF_23.name} is not in the corpus")
    folder = tmp_path_factory.mktemp("pdf")
    shutil.copy(PDF_23, folder / PDF_23.name)
    db = str(folder / "p.db")
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
        ((summary, doc),) = archive.documents()
        assert doc.source.format.startswith("pdf") and doc.source.pages == 1
    return db, summary.id


def test_pdf_pages_are_shown_with_the_values_outlined(pdf_archive):
    from PIL import Image, ImageChops

    from vbparse.web import view_pdf

    db, ident = pdf_archive
    with TestClient(create_app(db)) as c:
        r = c.get(f"/documents/{ident}")
        assert r.status_code == 200
        assert f'src="/documents/{ident}/pages/1.png"' in r.text and "/pages/2.png" not in r.text
        r = c.get(f"/documents/{ident}/pages/1.png")
        assert r.status_code == 200 and r.headers["content-type"] == "image/png"
        image = Image.open(io.BytesIO(r.content))
        assert image.width > 800 and image.height > image.width
        assert c.get(f"/documents/{ident}/pages/2.png").status_code == 404
        assert c.get(f"/documents/{ident}/pages/x.png").status_code == 404
        assert c.get(f"/documents/{ident}/pages/0.png").status_code == 404
    with Archive(db, create=False) as archive:
        record = archive.record(ident)
        text = archive.original_text(ident)
    from vbparse.web.view_text import marks_of

    found = view_pdf.needles(text, marks_of(record.document, text, {}, str))
    assert ("reference", "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ") in found
    plain = view_pdf.page_png(view_pdf.pdf_of(record.paths, "pdf"), 1, [])
    outlined = view_pdf.page_png(view_pdf.pdf_of(record.paths, "pdf"), 1, found)
    delta = ImageChops.difference(*(Image.open(io.BytesIO(png)).convert("L") for png in (plain, outlined)))
    assert sum(delta.point(lambda v: 255 if v else 0).histogram()[1:]) > 5000  # outlines drawn where the values are


def test_a_text_document_has_no_pdf_pages(client):
    r = client.get(f"/documents/{SEED_002}")
    assert "/pages/1.png" not in r.text
    assert client.get(f"/documents/{SEED_002}/pages/1.png").status_code == 404


def test_a_shared_row_says_which_collective_brought_it_on_the_board():
    """Issue 41: a *giao chung* row says why it is there: the collective as written, and whose."""
    from vbparse.models import Assignee, DocumentSummary, ObligationHit
    from vbparse.web.board import shared_reason

    summary = DocumentSummary(id="0" * 16, path=None, doc_type="KH", number="1/KH-UBND", issuer=None)
    collective = Assignee(raw="các sở, ban, ngành", canonical="Các sở, ban, ngành", kind="body", area="tỉnh Lào Cai")
    hit = ObligationHit(document=summary, assignee=collective, role="lead", mode="assigned", task="x", shared=True)
    assert shared_reason(hit) == "thuộc “các sở, ban, ngành” của tỉnh Lào Cai"
    assert shared_reason(hit.model_copy(update={"shared": False})) is None


def test_a_support_row_names_who_leads_the_task(tmp_path):
    """Issue 41: a phối hợp row never reads as the unit's own lead: the board, its CSV and the JSON name the
    chủ trì of the task beside it."""
    from fastapi.testclient import TestClient

    from vbparse.store import Archive
    from vbparse.web import create_app

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "kh.txt").write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Kiểm tra an toàn thực phẩm năm 2026\nI. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế chủ trì, phối hợp với Sở Công Thương kiểm tra các cơ sở sản xuất, hoàn thành trước ngày "
        "30/6/2026.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([tmp_path / "docs"], jobs=1)
        (support,) = archive.obligations("Sở Công Thương")
        (lead,) = archive.obligations("Sở Y tế")
    assert support.role == "support" and [a.canonical for a in support.leads] == ["Sở Y tế"]
    assert lead.leads == []
    with TestClient(create_app(db)) as client:
        page = client.get("/obligations", params={"assignee": "Sở Công Thương"}).text
        csv_text = client.get("/obligations.csv", params={"assignee": "Sở Công Thương"}).text
    assert "với Sở Y tế chủ trì" in " ".join(page.split())
    assert csv_text.splitlines()[1].rstrip().endswith("Sở Y tế")
