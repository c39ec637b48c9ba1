"""Follow-up in a real browser (issue 42): a plan's page shows each assignee in each state — done (marked by a
person), answered, reported (with the report's passage for the task it speaks of), amended, overdue, open — and the
members of a collective; a unit's board says what it answered and downloads its register.  Debian's Chromium
through Playwright, as ``test_browser``; screenshots go to the artifacts folder for a person to look at."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from test_browser import CHROMIUM, _unavailable, desktop_page, launch_chromium, serving, shot
from test_followup import CHAIN, COLLECTIVE_ANSWERS, COLLECTIVE_PLAN

from vbparse.store import Archive

#: The day the pages judge states on: after 30/4 (Sa Pa's deadline), before 30/9 (Sở Tư pháp's).
TODAY = dt.date(2026, 5, 10)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from pathlib import Path

    if not Path(CHROMIUM).is_file():
        _unavailable(f"no Chromium binary ({CHROMIUM}); apt-get install chromium")
    pytest.importorskip("uvicorn")
    from vbparse.web import create_app
    from vbparse.web.pages import current_date

    root = tmp_path_factory.mktemp("browser-followup")
    docs = root / "docs"
    docs.mkdir()
    for name, text in {**CHAIN, "kh-20.txt": COLLECTIVE_PLAN, **COLLECTIVE_ANSWERS}.items():
        (docs / name).write_text(text, encoding="utf-8")
    db = str(root / "a.db")
    with Archive(db) as archive:
        archive.index([docs], jobs=1)
        ids = {d.number.value: s.id for s, d in archive.documents() if d.number}
        (finance,) = [
            h for h in archive.document_obligations(ids["20/KH-UBND"]) if h.assignee.canonical == "Sở Tài chính"
        ]
        archive.correct(finance.ref, progress="da_hoan_thanh", author="Lan")  # a person marks it done
    app = create_app(db)
    app.dependency_overrides[current_date] = lambda: TODAY
    with serving(app) as url:
        yield url, ids


@pytest.fixture(scope="module")
def browser(site):
    yield from launch_chromium()


@pytest.fixture()
def page(browser):
    yield from desktop_page(browser)


def _states(page) -> dict[str, str]:
    """Each row of the follow-up table: the assignee (or ``↳ member``) → the state it shows."""
    rows = page.locator("table.followup-assignees tbody tr")
    out = {}
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        out[cells.nth(0).inner_text().strip()] = cells.nth(3).inner_text().split("\n")[0].strip()
    return out


def test_a_plans_page_shows_each_assignee_in_its_state_with_the_reports_passage(page, site):
    url, ids = site
    page.goto(f"{url}/documents/{ids['12/KH-UBND']}")
    follow = page.locator("section.followup")
    assert follow.get_by_role("heading", name="Theo dõi thực hiện").is_visible()
    assert _states(page) == {
        "Ủy ban nhân dân huyện Sa Pa": "quá hạn, chưa có văn bản",
        "Sở Tư pháp": "nhiệm vụ đã được sửa đổi",  # kế hoạch 30 gives it its task again
        "Sở Nội vụ": "đã báo cáo",
        "Ủy ban nhân dân huyện Bát Xát": "đã có văn bản thực hiện",
    }
    # the report's passage is folded away until asked for, then shown with the task it speaks of
    passage = follow.locator("details.passages q.passage")
    assert not passage.is_visible()
    follow.locator("details.passages summary").click()
    assert passage.is_visible() and "350 cán bộ" in passage.inner_text()
    shot(page, "followup-plan")
    follow.get_by_role("link", name="mục I.2").click()
    page.wait_for_url(f"**/documents/{ids['80/BC-SNV']}")
    assert "80/BC-SNV" in page.locator("main").inner_text()


def test_a_collectives_members_and_a_state_a_person_set(page, site):
    url, ids = site
    page.goto(f"{url}/documents/{ids['20/KH-UBND']}")
    states = _states(page)
    assert states["Sở Tài chính"] == "đã hoàn thành (đánh dấu)"
    assert states["↳ Ủy ban nhân dân huyện Bát Xát"] == "đã có văn bản thực hiện"
    assert states["↳ Ủy ban nhân dân thị xã Sa Pa"] == "quá hạn, chưa có văn bản"
    assert states["↳ Sở Nội vụ"] == "đã báo cáo"
    # its own task marked done, not the collective's (due 30/11): as a member of 'các sở' it is still open
    assert states["↳ Sở Tài chính"] == "chưa có văn bản"
    shot(page, "followup-collective")


def test_a_units_board_says_what_it_answered_and_downloads_its_register(page, site):
    from openpyxl import load_workbook

    url, _ids = site
    page.goto(f"{url}/obligations?assignee=UBND+huy%E1%BB%87n+B%C3%A1t+X%C3%A1t")
    answered = page.locator("div.answered")
    assert answered.count() >= 1 and "45/KH-UBND" in answered.first.inner_text()
    shot(page, "followup-board")
    with page.expect_download() as got:
        page.get_by_role("link", name="Sổ theo dõi nhiệm vụ (.xlsx)").click()
    download = got.value
    assert download.suggested_filename == "so-theo-doi-ubnd-huyen-bat-xat.xlsx"
    with open(download.path(), "rb") as fh:
        sheet = load_workbook(io.BytesIO(fh.read())).active
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[6] == "Tình trạng" and header[7] == "Văn bản trả lời"
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert any(v[7] and "45/KH-UBND" in v[7] for v in values)
