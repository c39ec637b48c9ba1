"""Signing in and signed corrections in a real browser (issue 41, item 8): a server without a token (reading
open, as on loopback), an editor who signs in, corrects a task of her unit through the board's "Sửa" form
with no name or token to type, and finds the correction in the task's history on the document page, signed
with her account; a wrong password and another unit's task refused.  Debian's Chromium driven by
Playwright, as in ``test_browser`` (skipped without it, except under ``CI=true``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS
from test_browser import CHROMIUM, DEFAULT_ACTION_MS, DESKTOP, _unavailable, launch_chromium, serving, shot

from vbparse.store import Archive

PASSWORD = "mat-khau-cua-lan"
VPTK = "Văn phòng - Thống kê"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A server without a token over the seeds, with an editor of VPTK: (its URL, the archive)."""
    if not Path(CHROMIUM).is_file():
        _unavailable(f"no Chromium binary ({CHROMIUM}); apt-get install chromium")
    pytest.importorskip("uvicorn")
    from vbparse.web import create_app

    db = str(tmp_path_factory.mktemp("browser-accounts") / "a.db")
    with Archive(db) as archive:
        archive.index([SEEDS], jobs=1)
        archive.add_account("lan", PASSWORD, role="editor", unit=VPTK, display="Nguyễn Thị Lan")
    with serving(create_app(db)) as url:
        yield url, db


@pytest.fixture(scope="module")
def browser(served):
    yield from launch_chromium()


def _sign_in(page, password: str) -> None:
    page.get_by_role("link", name="Đăng nhập").first.click()
    page.get_by_label("Tên đăng nhập").fill("lan")
    page.get_by_label("Mật khẩu").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Đăng nhập").click()


def test_an_editor_signs_in_corrects_her_units_task_and_finds_it_in_its_history(browser, served):
    base, db = served
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    context.set_default_timeout(DEFAULT_ACTION_MS)
    page = context.new_page()
    try:
        page.goto(f"{base}/obligations?assignee=VPTK")  # reading needs no sign-in
        assert page.locator("table.obligations tbody tr").count() == 6  # the seeds' VPTK tasks

        _sign_in(page, "mat-khau-sai")
        assert "Tên đăng nhập hoặc mật khẩu không đúng." in page.inner_text("main")
        shot(page, "30-sign-in-refused")
        page.get_by_label("Mật khẩu").fill(PASSWORD)
        with page.expect_navigation():
            page.get_by_role("button", name="Đăng nhập").click()
        page.wait_for_url("**/obligations?assignee=VPTK")  # back where the sign-in was asked from
        assert "Nguyễn Thị Lan" in page.inner_text("header")

        row = page.locator("table.obligations tbody tr", has_text="xây dựng kế hoạch phát phong trào thi đua")
        row.locator("summary", has_text="Sửa").click()
        form = row.locator("form.correction")
        assert form.get_by_label("Mã ghi").count() == 0 and form.get_by_label("Người hiệu chỉnh").count() == 0
        assert "Ghi với tên Nguyễn Thị Lan" in " ".join(form.inner_text().split())
        form.get_by_label("Thời hạn đúng", exact=True).fill("15/8/2026")
        form.get_by_label("Ghi chú", exact=True).fill("theo công văn 12")
        with page.expect_navigation():
            form.get_by_role("button", name="Lưu hiệu chỉnh").click()
        row = page.locator("table.obligations tbody tr", has_text="xây dựng kế hoạch phát phong trào thi đua")
        assert "15/08/2026" in row.inner_text() and "Nguyễn Thị Lan" in row.inner_text()
        shot(page, "31-signed-correction-board")

        with page.expect_navigation():
            row.get_by_role("link").first.click()  # the task's document
        task = page.locator("tr", has_text="xây dựng kế hoạch phát phong trào thi đua").first
        task.locator("summary", has_text="Lịch sử hiệu chỉnh (1)").click()
        entry = task.locator("details.history li").first
        text = entry.inner_text()
        assert "Nguyễn Thị Lan" in text and "đã đăng nhập" in text and "15/08/2026" in text
        assert "theo công văn 12" in text and "(giờ Việt Nam)" in text and "UTC" not in text
        shot(page, "32-signed-correction-history")

        with Archive(db, create=False) as archive:
            (record,) = archive.corrections()
            other = next(h for h in archive.obligations("Văn hóa - Xã hội") if not h.shared)
        assert record.correction.account == "lan" and record.correction.author == "Nguyễn Thị Lan"

        # another unit's task: the same form, refused in Vietnamese, nothing stored
        page.goto(f"{base}/obligations?assignee=V%C4%83n+h%C3%B3a+-+X%C3%A3+h%E1%BB%99i")
        row = page.locator("table.obligations tbody tr", has_text=other.task[:40])
        row.first.locator("summary", has_text="Sửa").click()
        form = row.first.locator("form.correction")
        form.get_by_label("Thời hạn đúng", exact=True).fill("1/1/2030")
        with page.expect_navigation():
            form.get_by_role("button", name="Lưu hiệu chỉnh").click()
        assert "chỉ sửa được nhiệm vụ giao riêng cho Văn phòng - Thống kê" in page.inner_text("main")
        with Archive(db, create=False) as archive:
            assert len(archive.corrections()) == 1

        page.goto(f"{base}/")
        with page.expect_navigation():
            page.get_by_role("button", name="Đăng xuất").click()
        assert "Nguyễn Thị Lan" not in page.inner_text("header")
        assert page.get_by_role("link", name="Đăng nhập").count() == 1
    finally:
        context.close()


@pytest.fixture(scope="module")
def served_to_people(tmp_path_factory):
    """Issue 53: a server as it runs beyond loopback (a token for machines, people sign in), on loopback with the
    same settings: (its URL, the archive)."""
    if not Path(CHROMIUM).is_file():
        _unavailable(f"no Chromium binary ({CHROMIUM}); apt-get install chromium")
    from vbparse.web import create_app

    db = str(tmp_path_factory.mktemp("browser-people") / "a.db")
    with Archive(db) as archive:
        archive.index([SEEDS], jobs=1)
        archive.add_account("lan", PASSWORD, role="editor", unit=VPTK, display="Nguyễn Thị Lan")
    with serving(create_app(db, token="ma-cho-may-khong-ai-go", sign_in_required=True)) as url:
        yield url, db


def test_beyond_loopback_a_person_signs_in_and_corrects_without_ever_typing_the_token(browser, served_to_people):
    base, db = served_to_people
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    context.set_default_timeout(DEFAULT_ACTION_MS)
    page = context.new_page()
    try:
        page.goto(f"{base}/obligations?assignee=VPTK")  # sent to the sign-in, not asked for a token
        assert "/login" in page.url
        page.get_by_label("Tên đăng nhập").fill("lan")
        page.get_by_label("Mật khẩu").fill(PASSWORD)
        with page.expect_navigation():
            page.get_by_role("button", name="Đăng nhập").click()
        page.wait_for_url("**/obligations?assignee=VPTK")
        assert page.locator("table.obligations tbody tr").count() == 6
        row = page.locator("table.obligations tbody tr", has_text="xây dựng kế hoạch phát phong trào thi đua")
        row.locator("summary", has_text="Sửa").click()
        form = row.locator("form.correction")
        form.get_by_label("Thời hạn đúng", exact=True).fill("20/8/2026")
        with page.expect_navigation():
            form.get_by_role("button", name="Lưu hiệu chỉnh").click()
        shot(page, "33-people-sign-in-correction")
        with Archive(db, create=False) as archive:
            (record,) = archive.corrections()
        assert record.correction.account == "lan"

        # the scorecard of her unit, reached from the navigation, for a year of its deadlines
        with Archive(db, create=False) as archive:
            year = min(h.deadline.year for h in archive.obligations(VPTK) if h.deadline)
        page.get_by_role("link", name="Tỷ lệ đúng hạn").first.click()
        page.get_by_label("Đơn vị", exact=True).fill(VPTK)
        page.get_by_label("Năm", exact=True).fill(str(year))
        with page.expect_navigation():
            page.get_by_role("button", name="Xem").click()
        table = page.locator("table.scorecard tbody tr")
        assert table.count() >= 1 and VPTK in table.first.inner_text()
        shot(page, "34-people-scorecard")
    finally:
        context.close()
