"""The consume folder seen from the pages (issue 53, item 6): ``vbparse watch`` runs on a folder, a plan is
dropped into it, and the search page — served over the same archive the whole time — finds it and opens it.
Debian's Chromium through Playwright, as ``test_browser``; every wait bounded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import seed
from test_browser import CHROMIUM, _unavailable, desktop_page, launch_chromium, serving, shot
from test_watch import Watching, wait_for
from test_web_pages import SEED_002

from vbparse.store import Archive


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not Path(CHROMIUM).is_file():
        _unavailable(f"no Chromium binary ({CHROMIUM}); apt-get install chromium")
    pytest.importorskip("uvicorn")
    from vbparse.web import create_app

    root = tmp_path_factory.mktemp("browser-watch")
    folder, db = root / "van-ban-den", root / "a.db"
    folder.mkdir()
    Archive(str(db)).close()  # an empty archive, served before anything arrives
    w = Watching(root, folder, db)
    try:
        wait_for(lambda: "đang theo dõi" in w.text() or w.proc.poll() is not None, "the watcher started")
        assert w.proc.poll() is None, w.text()
        with serving(create_app(str(db))) as url:
            yield url, folder, w
    finally:
        assert w.stop() == 0, w.text()


@pytest.fixture(scope="module")
def browser(site):
    yield from launch_chromium()


@pytest.fixture()
def page(browser):
    yield from desktop_page(browser)


def test_a_plan_dropped_into_the_watched_folder_is_found_and_opened_on_the_pages(page, site):
    url, folder, w = site
    page.goto(url + "/")
    assert "Kho đang có 0 văn bản" in page.inner_text("main")

    shutil.copy(seed("002"), folder / "ke-hoach-42.txt")
    wait_for(lambda: w.lines_about("ke-hoach-42.txt"), "the dropped plan indexed")
    assert w.lines_about("ke-hoach-42.txt") == [f"đã lập chỉ mục: {folder / 'ke-hoach-42.txt'}"]

    page.goto(url + "/")
    assert "Kho đang có 1 văn bản" in page.inner_text("main")
    page.get_by_label("Từ khóa hoặc số văn bản").fill("hien dat")
    page.get_by_role("button", name="Tìm").click()
    page.wait_for_url("**/?q=hien+dat*")
    page.locator(f'ol.hits a[href="/documents/{SEED_002}"]').click()
    page.wait_for_url(f"**/documents/{SEED_002}")
    assert page.locator("#original .hl-number").inner_text() == "42 /KH-UBND"
    shot(page, "watch-01-dropped-plan")
