"""Corrections in a real browser (issue 23's "done when"): made through the board's "Sửa" forms on a server
started with a token, shown on the board and in the CSV and iCalendar downloads, still shown after the
folder is indexed again, and refused without the token.  Debian's Chromium driven by Playwright, as in
``test_browser`` (skipped without it, except under ``CI=true``); screenshots go to its artifacts folder.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import SEEDS
from test_browser import CHROMIUM, DEFAULT_ACTION_MS, DESKTOP, _unavailable, launch_chromium, serving, shot
from test_web_pages import PLAN_77

from vbparse.store import Archive

TOKEN = "ma-ghi-thu-nghiem"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A server with a token over an archive of the seeds and plan 77: (its URL, the archive, the folders)."""
    if not Path(CHROMIUM).is_file():
        _unavailable(f"no Chromium binary ({CHROMIUM}); apt-get install chromium")
    pytest.importorskip("uvicorn")
    from vbparse.web import create_app

    root = tmp_path_factory.mktemp("browser-corrections")
    (root / "extra").mkdir()
    (root / "extra" / "ke_hoach_77.txt").write_text(PLAN_77, encoding="utf-8")
    db = str(root / "a.db")
    folders = [SEEDS, root / "extra"]
    with Archive(db) as archive:
        archive.index(folders, jobs=1)
    with serving(create_app(db, token=TOKEN)) as url:
        yield url, db, folders


@pytest.fixture(scope="module")
def browser(served):
    yield from launch_chromium()


def _row(page, words: str):
    return page.locator("table.obligations tbody tr", has_text=words)


def _correct(page, words: str, fill: dict[str, str], button: str = "Lưu hiệu chỉnh") -> None:
    """Open the row's "Sửa", fill the fields by their labels (and the author and token), press ``button``."""
    row = _row(page, words)
    row.locator("summary", has_text="Sửa").click()
    form = row.locator("form.correction")
    for label, value in {**fill, "Người hiệu chỉnh": "Lan", "Mã ghi": TOKEN}.items():
        form.get_by_label(label, exact=True).fill(value)
    with page.expect_navigation():
        form.get_by_role("button", name=button).click()


def _download(page, link_text: str) -> str:
    with page.expect_download() as info:
        page.get_by_role("link", name=link_text).click()
    return Path(info.value.path()).read_bytes().decode("utf-8-sig")


def _stored(db: str) -> int:
    with Archive(db, create=False) as archive:
        return len(archive.corrections())


def test_corrections_made_in_the_browser_show_everywhere_and_survive_reindexing(browser, served):
    base, db, folders = served
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True, locale="vi-VN")
    context.set_default_timeout(DEFAULT_ACTION_MS)
    page = context.new_page()
    try:
        page.goto(f"{base}/?token={TOKEN}")  # logged in to read: the cookie
        page.goto(f"{base}/obligations?assignee=VPTK")
        rows = page.locator("table.obligations tbody tr")
        assert rows.count() == 9

        # a deadline, an assignee, and a line that is not a task, each through the row's form
        _correct(page, "chuẩn bị hội trường", {"Thời hạn đúng": "15/8/2026"})
        page.wait_for_url("**/obligations?assignee=VPTK")
        row = _row(page, "chuẩn bị hội trường")
        assert "15/08/2026" in row.inner_text() and "đã hiệu chỉnh" in row.inner_text() and "Lan" in row.inner_text()
        _correct(page, "đăng tải kết quả", {"Giao đúng cho": "Sở Tài chính"})
        _correct(page, "tổng hợp báo cáo kết quả thi đua", {}, button="Không phải nhiệm vụ")
        assert rows.count() == 7
        assert _row(page, "đăng tải kết quả").count() == 0 and _row(page, "tổng hợp báo cáo kết quả").count() == 0
        shot(page, "20-corrections-board")

        csv_text = _download(page, "CSV (Excel)")
        table = list(csv.reader(io.StringIO(csv_text)))
        (corrected,) = [r for r in table[1:] if "chuẩn bị hội trường" in " ".join(r)]
        assert "15/08/2026" in corrected and any(c.startswith("thời hạn — Lan") for c in corrected)
        assert not any("tổng hợp báo cáo kết quả thi đua của các tiểu khu" in " ".join(r) for r in table[1:])
        ics = _download(page, "Lịch (.ics)").replace("\r\n ", "")
        assert "DTSTART;VALUE=DATE:20260815" in ics and "20230620" not in ics

        page.goto(f"{base}/obligations?assignee=S%E1%BB%9F+T%C3%A0i+ch%C3%ADnh")
        assert _row(page, "đăng tải kết quả").count() == 1
        shot(page, "21-corrections-new-assignee")

        with Archive(db) as archive:  # the folder indexed again: the corrections stay beside the new run's rows
            archive.index(folders, jobs=1)
        page.goto(f"{base}/obligations?assignee=VPTK")
        assert rows.count() == 7 and "15/08/2026" in _row(page, "chuẩn bị hội trường").inner_text()

        # with the login cookie but no token in the form: refused, nothing stored
        before = _stored(db)
        ref = page.locator('table.obligations input[name="ref"]').first.get_attribute("value")
        answer = page.request.post(
            f"{base}/obligations/corrections",
            form={"ref": ref, "deadline": "1/1/2030", "author": "Kẻ lạ"},
            max_redirects=0,
        )
        assert answer.status == 403 and "Mã ghi" in answer.text()
        assert _stored(db) == before == 3
    finally:
        context.close()
