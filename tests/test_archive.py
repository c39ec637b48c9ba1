"""The archive, on both backends: indexing, search, obligations by assignee, reference resolution.

Every test that takes ``backend`` runs against SQLite and against PostgreSQL (``$VBPARSE_TEST_POSTGRES``,
started by ``.ci/run``; skipped with the reason when it is not set).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from conftest import BACKENDS, PG_URL, SEEDS, pg_database, pg_drop, seed

from vbparse.store import Archive, StoreError

#: A district plan with the same number as seed 002 (the thị trấn's 42/KH-UBND) — the one seed 002 cites.
HUYEN_42 = """UBND TỈNH THANH HÓA
UBND HUYỆN HÀ TRUNG
Số: 42/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Trung, ngày 24 tháng 02 năm 2023

KẾ HOẠCH

Tổ chức phong trào thi đua cao điểm “Toàn dân chung sức xây dựng huyện Hà Trung đạt huyện nông thôn mới” năm 2023

Thực hiện Kế hoạch số 172/KH-UBND ngày 07/12/2020 của Chủ tịch UBND huyện về phong trào thi đua.

I. MỤC ĐÍCH, YÊU CẦU

1. Phát động phong trào hiền đạt trong toàn huyện Đà Nẵng Hà Trung.
"""


@pytest.fixture
def make_db(tmp_path):
    """``make_db(backend)`` → a fresh, empty database location for that backend."""
    made = []

    def make(backend: str) -> str:
        if backend == "sqlite":
            return str(tmp_path / f"archive{len(made)}.db")
        url, name = pg_database()
        made.append(name)
        return url

    yield make
    for name in made:
        pg_drop(name)


def _docs(tmp_path: Path, *, huyen: bool = False) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    if huyen:
        (folder / "huyen_42.txt").write_text(HUYEN_42, encoding="utf-8")
    return folder


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(request, tmp_path_factory):
    """An archive of the five seeds and the district's 42/KH-UBND, per backend (read-only tests)."""
    tmp = tmp_path_factory.mktemp("seeded")
    folder = _docs(tmp, huyen=True)
    name = None
    if request.param == "sqlite":
        db = str(tmp / "seeded.db")
    else:
        db, name = pg_database()
    archive = Archive(db)
    summary = archive.index([folder], jobs=1)
    assert summary.indexed == 6 and summary.failed == 0
    yield archive, folder
    archive.close()
    if name:
        pg_drop(name)


def _marked(hit) -> str:
    out, last = [], 0
    for sp in hit.highlights:
        out += [hit.snippet[last : sp.start], "«", hit.snippet[sp.start : sp.end], "»"]
        last = sp.end
    return "".join(out) + hit.snippet[last:]


def _id_of(archive: Archive, path: Path) -> str:
    (doc,) = archive.find(str(path))
    return doc.id


# --- indexing --------------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_rerun_skips_unchanged_files_and_never_duplicates(backend, make_db, tmp_path):
    folder = _docs(tmp_path)
    with Archive(make_db(backend)) as archive:
        first = archive.index([folder], jobs=2)
        assert (first.indexed, first.unchanged, first.failed) == (5, 0, 0)
        again = archive.index([folder], jobs=2)
        assert (again.indexed, again.unchanged) == (0, 5)
        assert archive.count() == 5
        assert archive.backend.one("SELECT COUNT(*) FROM obligations")[0] == sum(
            len(archive.document(d.id).obligations) for d, _ in archive.documents()
        )


@pytest.mark.parametrize("backend", BACKENDS)
def test_changed_file_is_reparsed_and_its_old_version_removed(backend, make_db, tmp_path):
    folder = _docs(tmp_path)
    target = folder / seed("003").name
    with Archive(make_db(backend)) as archive:
        archive.index([folder], jobs=1)
        old_id = _id_of(archive, target)
        target.write_text(target.read_text(encoding="utf-8").replace("Yên Châu", "Mộc Châu"), encoding="utf-8")
        s = archive.index([folder], jobs=1)
        assert (s.indexed, s.unchanged) == (1, 4)
        new_id = _id_of(archive, target)
        assert new_id != old_id and archive.find(old_id) == []
        assert archive.count() == 5
        assert [h.document.id for h in archive.search("Mộc Châu")] == [new_id]


@pytest.mark.parametrize("backend", BACKENDS)
def test_vanished_file_is_marked_and_left_out_of_queries_until_it_returns(backend, make_db, tmp_path):
    folder = _docs(tmp_path)
    gone = folder / seed("002").name
    with Archive(make_db(backend)) as archive:
        archive.index([folder], jobs=1)
        keep = tmp_path / "kept.txt"
        shutil.move(gone, keep)
        s = archive.index([folder], jobs=1)
        assert s.vanished == 1 and archive.count() == 4
        assert {f.status for f in archive.files() if f.path == str(gone)} == {"vanished"}
        assert archive.search("42/KH-UBND") and all(h.match == "citation" for h in archive.search("42/KH-UBND"))
        shutil.move(keep, gone)
        s = archive.index([folder], jobs=1)
        assert s.indexed == 1 and archive.count() == 5
        assert archive.search("42/KH-UBND")[0].match == "number"


@pytest.mark.parametrize("backend", BACKENDS)
def test_failed_files_are_recorded_with_their_reason_and_the_run_carries_on(backend, make_db, tmp_path):
    folder = _docs(tmp_path)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04" + b"not a zip at all" * 20)
    with Archive(make_db(backend)) as archive:
        s = archive.index([folder], jobs=2)
        assert (s.indexed, s.failed) == (5, 2)
        failures = {Path(f.path).name: f.error for f in archive.failures()}
        assert set(failures) == {"broken.pdf", "broken.docx"}
        assert all(reason for reason in failures.values())
        again = archive.index([folder], jobs=2)
        assert (again.indexed, again.failed, again.skipped_failed) == (0, 0, 2)
        retried = archive.index([folder], jobs=2, retry_failed=True)
        assert retried.failed == 2 and len(archive.failures()) == 2


def test_a_missing_path_is_a_failure_record_not_a_crash(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        s = archive.index([tmp_path / "nowhere"], jobs=1)
    assert s.failed == 1 and s.failures[0].error == "no such file or directory"


# --- search ----------------------------------------------------------------------------------------


def test_search_without_diacritics_finds_text_with_them(seeded):
    archive, folder = seeded
    want = _id_of(archive, folder / seed("002").name)
    for query in ("hiến đất mở rộng đường", "hien dat mo rong duong"):
        hits = archive.search(query)
        assert hits and hits[0].document.id == want, query
    # folded, "hien dat" is also the district plan's "hiền đạt": both are found, as phrases, above the rest
    top = archive.search("HIEN DAT")[:2]
    assert {h.document.id for h in top} == {want, _id_of(archive, folder / "huyen_42.txt")}


def test_search_folds_d_bar_which_unicode_does_not(seeded):
    archive, folder = seeded
    hits = archive.search("Da Nang")
    assert hits[0].document.id == _id_of(archive, folder / "huyen_42.txt")
    assert "«Đà Nẵng»" in _marked(hits[0])


def test_exact_words_rank_above_folded_ones(seeded):
    archive, folder = seeded
    exact_doc = _id_of(archive, folder / seed("002").name)  # "hiến đất"
    folded_doc = _id_of(archive, folder / "huyen_42.txt")  # "hiền đạt" only
    hits = archive.search("hiến đất")
    order = [h.document.id for h in hits]
    assert order.index(exact_doc) < order.index(folded_doc)
    assert hits[order.index(exact_doc)].match == "exact" and hits[order.index(folded_doc)].match == "folded"
    hits = archive.search("hiền đạt")
    assert hits[0].document.id == folded_doc and hits[0].match == "exact"


def test_snippet_highlights_the_matched_words(seeded):
    archive, _ = seeded
    hit = archive.search("hien dat mo rong duong")[0]
    marked = [hit.snippet[s.start : s.end] for s in hit.highlights]
    assert "hiến đất mở rộng đường" in marked


def test_old_and_new_tone_placement_match_each_other(seeded):
    archive, _ = seeded
    assert {h.document.id for h in archive.search("Thanh Hoá")} == {h.document.id for h in archive.search("Thanh Hóa")}
    assert archive.search("Thanh Hoá")[0].match == "exact"


def test_document_numbers_match_exactly_own_number_before_citations(seeded):
    archive, folder = seeded
    hits = archive.search("42/KH-UBND")
    own = {h.document.id for h in hits if h.match == "number"}
    citing = {h.document.id for h in hits if h.match == "citation"}
    assert own == {_id_of(archive, folder / seed("002").name), _id_of(archive, folder / "huyen_42.txt")}
    assert _id_of(archive, folder / seed("000").name) in citing
    assert [h.match for h in hits] == sorted((h.match for h in hits), key=["number", "citation"].index)
    assert "42/KH-UBND" not in {h.document.number for h in archive.search("2/KH-UBND")}


def test_search_filters_by_type_issuer_and_date(seeded):
    archive, folder = seeded
    huyen = _id_of(archive, folder / "huyen_42.txt")
    by_issuer = archive.search("thi đua", issuer="UBND huyện Hà Trung")
    assert [h.document.id for h in by_issuer] == [huyen]
    dated = archive.search("thi đua", date_from=dt.date(2023, 3, 1), date_to=dt.date(2023, 3, 31))
    assert [h.document.number for h in dated] == ["42/KH-UBND"] and dated[0].document.id != huyen
    assert archive.search("thi đua", doc_type="QĐ") == []
    assert archive.search("thi đua", doc_type="KH")


def test_a_quoted_phrase_matches_only_as_written(seeded):
    archive, folder = seeded
    exact_doc = _id_of(archive, folder / seed("002").name)  # "hiến đất"
    folded_doc = _id_of(archive, folder / "huyen_42.txt")  # "hiền đạt" only
    quoted = {h.document.id for h in archive.search('"hiến đất"')}
    assert exact_doc in quoted and folded_doc not in quoted
    assert folded_doc in {h.document.id for h in archive.search("“hiền đạt”")}
    assert exact_doc not in {h.document.id for h in archive.search('"hiền đạt"')}
    # quoted and unquoted together: the quoted part exactly, the rest as usual
    assert exact_doc in {h.document.id for h in archive.search('"hiến đất" thanh hoa')}


def test_a_number_typed_in_lower_case_is_a_number(seeded):
    archive, _ = seeded
    upper = [(h.document.id, h.match) for h in archive.search("42/KH-UBND")]
    assert upper and [(h.document.id, h.match) for h in archive.search("42/kh-ubnd")] == upper


def test_a_type_filter_without_d_bar_or_by_name_is_the_same_type(seeded):
    archive, _ = seeded
    ids = [h.document.id for h in archive.search("thi đua", doc_type="KH")]
    assert ids and [h.document.id for h in archive.search("thi đua", doc_type="kh")] == ids
    assert [h.document.id for h in archive.search("thi đua", doc_type="Kế hoạch")] == ids
    assert archive.search("thi đua", doc_type="QD") == archive.search("thi đua", doc_type="QĐ") == []


def test_queries_past_the_bounds_are_refused_with_the_reason(seeded):
    from vbparse.query import QueryError

    archive, _ = seeded
    with pytest.raises(QueryError, match="too long"):
        archive.search("hiến đất " * 2000)
    with pytest.raises(QueryError, match="too many words"):
        archive.search(" ".join(["xã"] * 100))
    with pytest.raises(QueryError, match="unknown document type"):
        archive.search("thi đua", doc_type="XYZ")
    with pytest.raises(QueryError, match="too long"):
        archive.obligations("Sở " * 500)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_document_with_a_very_long_word_is_indexed_and_the_run_goes_on(backend, make_db, tmp_path):
    folder = _docs(tmp_path)
    blob = "A" * 3000
    (folder / "blob.txt").write_text(
        f"KẾ HOẠCH\nSố hoá hồ sơ\n\nI. MỤC ĐÍCH\n1. Mã tệp: {blob} lưu trữ.\n", encoding="utf-8"
    )
    with Archive(make_db(backend)) as archive:
        s = archive.index([folder], jobs=1)
        assert s.failed == 0 and s.indexed == 6
        assert archive.search("mã tệp lưu trữ")


# --- obligations -----------------------------------------------------------------------------------


def test_obligations_are_found_by_any_alias_of_the_assignee(seeded):
    archive, _ = seeded
    spellings = [
        "văn phòng thống kê",
        "VPTK",
        "Văn phòng - Thống kê",
        "công chức Văn phòng –thống kê UBND",
        "van phong thong ke",
    ]
    results = [{(h.document.id, h.task) for h in archive.obligations(s)} for s in spellings]
    assert results[0] and all(r == results[0] for r in results)
    assert all(h.assignee.canonical == "Văn phòng - Thống kê" for h in archive.obligations("VPTK"))


def test_obligations_of_a_person_by_name_with_or_without_diacritics(seeded):
    archive, folder = seeded
    hits = archive.obligations("Nguyễn Ngọc Luyện")
    assert hits and {h.document.id for h in hits} == {_id_of(archive, folder / seed("000").name)}
    assert [h.task for h in archive.obligations("nguyen ngoc luyen")] == [h.task for h in hits]


def test_obligations_carry_deadline_section_and_co_assignees(seeded):
    archive, _ = seeded
    hits = archive.obligations("VPTK", due_before=dt.date(2023, 9, 11))
    assert hits and all(h.deadline and h.deadline < dt.date(2023, 9, 11) for h in hits)
    first = hits[0]
    assert first.deadline == dt.date(2023, 9, 10) and first.section == "IV.2"
    assert "Văn hóa - Xã hội" in {a.canonical for a in first.co_assignees}
    assert all(h.role == "support" for h in archive.obligations("VPTK", role="support"))
    assert archive.obligations("VPTK", role="support") and archive.obligations("VPTK", role="lead")


def _plan(issuer: str, place: str, number: str, body: str) -> str:
    return (
        f"{issuer}\nSố: {number}\n{place}, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n"
        f"Căn cứ Luật Tổ chức chính quyền địa phương;\nI. TỔ CHỨC THỰC HIỆN\n{body}"
    )


@pytest.fixture(scope="module", params=BACKENDS)
def places(request, tmp_path_factory):
    """Plans of two provinces and two local bodies, naming the same kinds of body in other spellings."""
    tmp = tmp_path_factory.mktemp("places")
    folder = tmp / "docs"
    folder.mkdir()
    plans = {
        "laocai.txt": _plan(
            "UBND TỈNH LÀO CAI",
            "Lào Cai",
            "10/KH-UBND",
            "1. Sở Tài chính tỉnh Lào Cai chủ trì bố trí kinh phí trước ngày 30/6/2026.\n"
            "2. Công an tỉnh bảo đảm an ninh trong Quý III/2026.\n",
        ),
        "lamdong.txt": _plan(
            "UBND TỈNH LÂM ĐỒNG",
            "Lâm Đồng",
            "11/KH-UBND",
            "1. STC tham mưu dự toán trước ngày 15/3/2026.\n2. Công an tỉnh tăng cường tuần tra trong Quý II/2026.\n",
        ),
        "trabong.txt": _plan(
            "UBND TỈNH QUẢNG NGÃI\nUBND HUYỆN TRÀ BỒNG",
            "Trà Bồng",
            "12/KH-UBND",
            "1. Đề nghị UBND huyện Trà Bồng rà soát hộ nghèo trước ngày 30/9/2026.\n",
        ),
        "lungcu.txt": _plan(
            "UBND TỈNH TUYÊN QUANG\nUBND XÃ LŨNG CÚ",
            "Lũng Cú",
            "13/KH-UBND",
            "1. Giao UBND xã Lũng Cú tổ chức tuyên truyền trước ngày 31/5/2026.\n",
        ),
    }
    for name, text in plans.items():
        (folder / name).write_text(text, encoding="utf-8")
    name = None
    if request.param == "sqlite":
        db = str(tmp / "places.db")
    else:
        db, name = pg_database()
    archive = Archive(db)
    assert archive.index([folder], jobs=1).indexed == 4
    yield archive
    archive.close()
    if name:
        pg_drop(name)


def test_a_body_without_place_is_found_in_every_place_and_by_its_abbreviation(places):
    tasks = {h.task[:20] for h in places.obligations("Sở Tài chính")}
    assert tasks == {"chủ trì bố trí kinh ", "tham mưu dự toán trư"}
    assert {h.task[:20] for h in places.obligations("STC")} == tasks
    assert {h.task[:20] for h in places.obligations("so tai chinh tinh Lao Cai")} == {"chủ trì bố trí kinh "}


def test_the_place_of_a_local_body_tells_it_apart(places):
    trabong = places.obligations("UBND huyện Trà Bồng")
    lungcu = places.obligations("Ủy ban nhân dân xã Lũng Cú")
    assert [h.document.number for h in trabong] == ["12/KH-UBND"] and trabong[0].mode == "requested"
    assert [h.document.number for h in lungcu] == ["13/KH-UBND"]
    assert {h.document.number for h in places.obligations("UBND")} == {"12/KH-UBND", "13/KH-UBND"}


def test_a_bare_level_is_completed_from_the_issuer_and_matches_any_place_of_that_level(places):
    hits = places.obligations("Công an tỉnh")
    assert {h.assignee.canonical for h in hits} == {"Công an tỉnh Lào Cai", "Công an tỉnh Lâm Đồng"}
    assert [h.document.number for h in places.obligations("Công an tỉnh Lâm Đồng")] == ["11/KH-UBND"]


def test_deadline_filters_and_precision(places):
    hits = places.obligations("Công an tỉnh", due_after=dt.date(2026, 7, 1))
    assert [(h.deadline, h.deadline_precision) for h in hits] == [(dt.date(2026, 9, 30), "quarter")]
    overdue = places.obligations("Sở Tài chính", overdue=True, today=dt.date(2026, 4, 1))
    assert [h.deadline for h in overdue] == [dt.date(2026, 3, 15)]
    assert places.obligations("Sở Tài chính", due_before=dt.date(2026, 1, 1)) == []


# --- references ------------------------------------------------------------------------------------


def test_seed_000_citation_resolves_to_the_thi_tran_plan_not_the_huyen_one(seeded):
    archive, folder = seeded
    s000, s002 = (_id_of(archive, folder / seed(p).name) for p in ("000", "002"))
    edges = [e for e in archive.refs(s000).cites if e.citation.number == "42/KH-UBND"]
    assert [(e.status, e.target.id) for e in edges] == [("resolved", s002)]


def test_seed_002_citation_of_the_huyen_plan_resolves_to_it_by_issuer_and_date(seeded):
    archive, folder = seeded
    s002 = _id_of(archive, folder / seed("002").name)
    huyen = _id_of(archive, folder / "huyen_42.txt")
    edges = [e for e in archive.refs(s002).cites if e.citation.number == "42/KH-UBND"]
    assert [(e.status, e.target.id) for e in edges] == [("resolved", huyen)]
    cited_by = {e.source.id for e in archive.refs(huyen).cited_by}
    assert cited_by == {s002}
    assert {e.source.id for e in archive.refs(s002).cited_by} == {_id_of(archive, folder / seed("000").name)}


@pytest.mark.parametrize("backend", BACKENDS)
def test_without_the_huyen_plan_its_citation_stays_external(backend, make_db, tmp_path):
    folder = _docs(tmp_path)
    with Archive(make_db(backend)) as archive:
        archive.index([folder], jobs=1)
        s002 = _id_of(archive, folder / seed("002").name)
        edges = [e for e in archive.refs(s002).cites if e.citation.number == "42/KH-UBND"]
        assert [(e.status, e.target, e.candidates) for e in edges] == [("external", None, [])]


@pytest.mark.parametrize("backend", BACKENDS)
def test_citation_without_issuer_is_ambiguous_among_documents_with_its_number(backend, make_db, tmp_path):
    folder = _docs(tmp_path, huyen=True)
    (folder / "citer.txt").write_text(
        "UBND HUYỆN HÀ TRUNG\nUBND XÃ HÀ LONG\nSố: 5/KH-UBND\nHà Long, ngày 01 tháng 4 năm 2023\n\nKẾ HOẠCH\n\n"
        "Triển khai thi đua\n\nThực hiện Kế hoạch số 42/KH-UBND về thi đua cao điểm.\n",
        encoding="utf-8",
    )
    with Archive(make_db(backend)) as archive:
        archive.index([folder], jobs=1)
        citer = _id_of(archive, folder / "citer.txt")
        (edge,) = [e for e in archive.refs(citer).cites if e.citation.number == "42/KH-UBND"]
        assert edge.status == "ambiguous" and edge.target is None
        assert {c.id for c in edge.candidates} == {
            _id_of(archive, folder / seed("002").name),
            _id_of(archive, folder / "huyen_42.txt"),
        }


def test_find_accepts_id_prefix_path_and_number(seeded):
    archive, folder = seeded
    s002 = _id_of(archive, folder / seed("002").name)
    assert [d.id for d in archive.find(s002[:8])] == [s002]
    assert len(archive.find("42/KH-UBND")) == 2
    assert archive.find("999/KH-XYZ") == []


# --- the store itself ------------------------------------------------------------------------------


def test_same_results_on_sqlite_and_postgres(tmp_path):
    if not PG_URL:
        pytest.skip("VBPARSE_TEST_POSTGRES not set")
    folder = _docs(tmp_path, huyen=True)
    url, name = pg_database()
    try:
        with Archive(tmp_path / "a.db") as lite, Archive(url) as pg:
            lite.index([folder], jobs=1)
            pg.index([folder], jobs=1)
            for query in ("hien dat", "Da Nang", "42/KH-UBND", "thi đua khen thưởng", "Thanh Hoá"):
                lite_hits = {(h.document.id, h.match) for h in lite.search(query)}
                assert lite_hits and lite_hits == {(h.document.id, h.match) for h in pg.search(query)}, query
                assert [int(h.score) for h in lite.search(query)] == [int(h.score) for h in pg.search(query)], query
            for who in ("VPTK", "Nguyễn Ngọc Luyện", "MTTQ"):
                assert [h.model_dump() for h in lite.obligations(who)] == [h.model_dump() for h in pg.obligations(who)]
            for d, _ in lite.documents():
                assert lite.refs(d.id).model_dump() == pg.refs(d.id).model_dump()
    finally:
        pg_drop(name)


def test_older_store_version_is_migrated_from_the_stored_json(tmp_path):
    db = tmp_path / "old.db"
    folder = _docs(tmp_path)
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
        before = [h.model_dump() for h in archive.obligations("VPTK")]
        archive.backend.execute("UPDATE meta SET value = '0' WHERE key = 'store_version'")
        archive.backend.execute("DELETE FROM obligations")
        archive.backend.commit()

    def indexes(archive):
        return set(
            archive.backend.all("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'")
        )

    with Archive(db) as archive:
        layout = indexes(archive)
        archive.backend.execute("UPDATE meta SET value = 'stale' WHERE key = 'fingerprint'")
        archive.backend.commit()
    with Archive(db) as archive:
        assert indexes(archive) == layout and ("ix_documents_number_key_issued_date", "documents") in layout
        assert [h.model_dump() for h in archive.obligations("VPTK")] == before
        assert archive.backend.one("SELECT value FROM meta WHERE key = 'store_version'")[0] != "0"
        assert archive.index([folder], jobs=1).unchanged == 5


def test_newer_store_version_is_refused(tmp_path):
    db = tmp_path / "new.db"
    with Archive(db) as archive:
        archive.backend.execute("UPDATE meta SET value = '999' WHERE key = 'store_version'")
        archive.backend.commit()
    with pytest.raises(StoreError, match="newer vbparse"):
        Archive(db)


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    precious = tmp_path / "notes.db"
    precious.write_text("my notes, not a database\n" * 10, encoding="utf-8")
    before = precious.read_bytes()
    with pytest.raises(StoreError, match="not an SQLite database"):
        Archive(precious)
    assert precious.read_bytes() == before


def test_unreachable_postgres_is_a_clear_error():
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
        Archive("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_store_layout_change_requires_a_version_bump():
    from vbparse.store.schema import STORE_FINGERPRINTS, STORE_VERSION, fingerprint

    assert STORE_FINGERPRINTS[STORE_VERSION] == fingerprint(), (
        "the stored tables changed: bump STORE_VERSION and pin the new fingerprint"
    )


def test_query_tables_have_a_column_for_every_model_field():
    from vbparse.models import Assignee, Obligation, Span
    from vbparse.store.schema import OBLIGATIONS

    names = {c.name for c in OBLIGATIONS.columns}
    assert {
        "assignee_raw",
        "assignee_canonical",
        "assignee_person_name",
        "assignee_place",
        "role",
        "task",
        "deadline",
        "deadline_precision",
        "source",
        "span_start",
        "span_end",
    } <= names
    # assignee and span flattened: one column per field of theirs, one per other field of Obligation but
    # set_aside, which its evidence says (read back from the row: test_a_rows_task_says_it_is_set_aside)
    assert len([c for c in OBLIGATIONS.columns if c.path]) == (
        len(Obligation.model_fields) - 3 + len(Assignee.model_fields) + len(Span.model_fields)
    )


def test_a_rows_task_says_it_is_set_aside():
    from vbparse import parse
    from vbparse.store.schema import OBLIGATIONS, load_model, value_of

    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN SA PA\nSố: 7/QĐ-UBND\nSa Pa, ngày 03 tháng 2 năm 2025\nQUYẾT ĐỊNH\n"
        "Về việc thành lập Ban tổ chức lễ hội\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Ban tổ chức lễ hội.\n"
        "Điều 2. Trưởng phòng Văn hóa huyện, Chủ tịch UBND xã Tả Van chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    aside = [o for o in parse(text=text).obligations if o.set_aside]
    assert aside and all(o.set_aside == "execution_clause" for o in aside)
    for o in aside:
        assert load_model(OBLIGATIONS, [value_of(o, c) if c.path else None for c in OBLIGATIONS.columns]) == o


def test_child_rows_load_back_into_the_models_they_came_from(seed_docs):
    from vbparse.store.schema import CHILD_TABLES, load_model, value_of

    checked = 0
    for doc in seed_docs.values():
        for key in ("references", "obligations", "phases", "recipients"):
            table = CHILD_TABLES[key]
            for item in getattr(doc, key):
                values = [value_of(item, c) if c.path else None for c in table.columns]
                assert load_model(table, values) == item
                checked += 1
    assert checked > 50


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_older_layout_is_rebuilt_whole_on_either_backend(backend, make_db, tmp_path):
    folder = _docs(tmp_path)
    db = make_db(backend)
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
        before = [h.model_dump() for h in archive.obligations("VPTK")]
        archive.backend.execute("UPDATE meta SET value = '2' WHERE key = 'store_version'")
        archive.backend.commit()
    with Archive(db, create=False) as archive:
        assert archive.count() == 5 and [h.model_dump() for h in archive.obligations("VPTK")] == before
        assert archive.backend.one("SELECT value FROM meta WHERE key = 'store_version'")[0] != "2"
        s = archive.index([folder], jobs=1)
        assert (s.unchanged, s.reparsed) == (5, 0)  # the rebuild kept which parser made each document


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_database_of_another_application_is_refused_on_either_backend(backend, make_db):
    db = make_db(backend)
    with pytest.raises(StoreError, match="empty database|no archive there"):
        Archive(db, create=False)  # a query never makes an archive
    with Archive(db) as archive:  # make the database exist, then give it a foreign table
        archive.backend.execute("CREATE TABLE invoices (id INTEGER)")
        archive.backend.commit()
    with pytest.raises(StoreError, match="not a vbparse archive.*invoices"):
        Archive(db)


# --- the number of documents (``count``, ``/api/health``) ----------------------------------------------------


def _counts(archive: Archive) -> tuple[int, int, int]:
    """``count()``, the number the store keeps, and the present documents counted row by row."""
    b = archive.backend
    return (
        archive.count(),
        b.scalar("SELECT present FROM doc_count"),
        b.scalar("SELECT COUNT(*) FROM documents WHERE status = 'present'"),
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_kept_number_of_documents_follows_every_way_a_document_comes_and_goes(backend, make_db, tmp_path):
    """The number is kept by the store (issue 25: ``/api/health`` counted the whole table), so it must stay
    the count of present documents through a file vanishing, coming back, changing, a copy and a rebuild."""
    folder = _docs(tmp_path)
    first, second = sorted(folder.glob("*.txt"))[:2]
    kept = first.read_bytes()
    with Archive(make_db(backend)) as archive:
        archive.index([folder], jobs=1)
        assert _counts(archive) == (5, 5, 5)
        first.unlink()
        archive.index([folder], jobs=1)  # its document is marked vanished
        assert _counts(archive) == (4, 4, 4)
        first.write_bytes(kept)
        archive.index([folder], jobs=1)  # present again
        assert _counts(archive) == (5, 5, 5)
        second.write_text(second.read_text(encoding="utf-8") + "\nThêm một dòng.\n", encoding="utf-8")
        archive.index([folder], jobs=1)  # the old document deleted, the new one inserted
        assert _counts(archive) == (5, 5, 5)
        (folder / "copy.txt").write_bytes(kept)  # the same content under a second name: one document
        archive.index([folder], jobs=1)
        assert _counts(archive) == (5, 5, 5)
        second.unlink()
        archive.index([folder], jobs=1)
        assert archive.rebuild() == 5  # the vanished document is rebuilt too, and not counted
        assert _counts(archive) == (4, 4, 4)


def test_counting_the_documents_takes_as_many_steps_in_a_large_archive_as_in_a_small_one(tmp_path):
    """``/api/health`` is a probe a load balancer calls every few seconds: 18 ms at 20 000 documents and
    linear before (issue 25).  SQLite's virtual machine steps for ``count()`` must not grow with the rows."""
    from fastapi.testclient import TestClient

    from vbparse import parse
    from vbparse.store.rows import document_rows
    from vbparse.store.storing import insert_document
    from vbparse.web import create_app

    doc = parse(seed("000"))
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        b = archive.backend

        def steps() -> int:
            done: list[int] = []
            b.conn.set_progress_handler(lambda: done.append(1), 1)  # called at every instruction
            try:
                archive.count()
            finally:
                b.conn.set_progress_handler(None, 1)
            return len(done)

        for i in range(100):
            insert_document(b, document_rows(doc, f"{i:016x}"), status="present", path=f"{i}.txt", parser=None)
            if i == 0:
                one = steps()
        b.commit()
        assert archive.count() == 100 and steps() == one
    with TestClient(create_app(str(db))) as client:
        assert client.get("/api/health").json() == {"documents": 100}


def _label_as_version(b, version: int) -> None:
    """Make an archive say it is of ``version`` (its layout's fingerprint too), with a task marked so that a
    rebuild shows (``not rebuilt`` is gone after one)."""
    from vbparse.store.schema import STORE_FINGERPRINTS

    b.execute("UPDATE meta SET value = ? WHERE key = 'store_version'", (str(version),))
    b.execute("UPDATE meta SET value = ? WHERE key = 'fingerprint'", (STORE_FINGERPRINTS[version],))
    b.execute("UPDATE obligations SET task = 'not rebuilt' WHERE ord = 0")
    b.commit()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_version_12_archive_gets_its_copies_decided_in_place(backend, make_db, tmp_path):
    """Version 13 only adds the copies' table: an archive of version 12 is upgraded without rebuilding its
    tables, and its copies are decided once, then kept."""
    from vbparse.store.copies import copies
    from vbparse.store.schema import STORE_VERSION

    folder = _docs(tmp_path)
    text = next(p for p in sorted(folder.iterdir()) if p.suffix == ".txt").read_text(encoding="utf-8")
    (folder / "ban-du-thao.md").write_text(text.replace("Số:", "Số:   ", 1) + "\nThêm một dòng.", encoding="utf-8")
    db = make_db(backend)
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
        b = archive.backend
        decided = copies(b)
        assert len(decided) == 1
        b.execute("DROP TABLE doc_copies")
        _label_as_version(b, 12)
    with Archive(db, create=False) as archive:
        b = archive.backend
        assert b.one("SELECT value FROM meta WHERE key = 'store_version'")[0] == str(STORE_VERSION)
        assert b.one("SELECT COUNT(*) FROM obligations WHERE task = 'not rebuilt'")[0] > 0
        assert copies(b) == decided


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_version_8_archive_is_rebuilt_as_it_lacks_later_columns(backend, make_db, tmp_path):
    """Versions 11 and 12 added columns (evidence, parts): an archive of version 8 was once upgraded in place
    and would have been stamped current without them; it is rebuilt from its stored JSON."""
    from vbparse.store.schema import STORE_VERSION

    db = make_db(backend)
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
        b = archive.backend
        _label_as_version(b, 8)
    with Archive(db, create=False) as archive:
        b = archive.backend
        assert b.one("SELECT value FROM meta WHERE key = 'store_version'")[0] == str(STORE_VERSION)
        assert b.one("SELECT COUNT(*) FROM obligations WHERE task = 'not rebuilt'")[0] == 0
        assert _counts(archive) == (5, 5, 5)
        b.execute("UPDATE documents SET status = 'vanished' WHERE rid = (SELECT MIN(rid) FROM documents)")
        assert _counts(archive) == (4, 4, 4)  # and kept from then on


# --- the original text the spans index (the document page shows it) ----------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_original_text_is_kept_and_the_spans_index_it(backend, make_db, tmp_path):
    folder = _docs(tmp_path)
    with Archive(make_db(backend)) as archive:
        archive.index([folder], jobs=1)
        checked = 0
        for summary, doc in archive.documents():
            text = archive.original_text(summary.id)
            assert text is not None and len(text) == doc.source.chars
            for r in doc.references:
                assert text[r.span.start : r.span.end] == r.raw
                checked += 1
            for rc in doc.recipients:
                assert text[rc.span.start : rc.span.end] == rc.raw
                checked += 1
            if doc.number and doc.number.span:
                assert text[doc.number.span.start : doc.number.span.end].replace("*", "") == doc.number.raw
        assert checked > 20
        assert archive.original_text("0000000000000000") is None


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_rebuild_keeps_the_original_texts(backend, make_db, tmp_path):
    folder = _docs(tmp_path)
    db = make_db(backend)
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
        before = {s.id: archive.original_text(s.id) for s, _ in archive.documents()}
        archive.backend.execute("UPDATE meta SET value = '4' WHERE key = 'store_version'")
        archive.backend.commit()
    with Archive(db, create=False) as archive:  # rebuilt from the JSON: the texts are not in it, and stay
        assert {s.id: archive.original_text(s.id) for s, _ in archive.documents()} == before
        assert all(before.values())


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_archive_indexed_before_texts_were_kept_gets_them_on_the_next_run(backend, make_db, tmp_path):
    folder = _docs(tmp_path)
    db = make_db(backend)
    with Archive(db) as archive:
        archive.index([folder], jobs=1)
        archive.backend.execute("DROP TABLE doc_source")  # as version 4 left it
        archive.backend.execute("UPDATE meta SET value = '4' WHERE key = 'store_version'")
        archive.backend.commit()
    with Archive(db, create=False) as archive:
        ids = [s.id for s, _ in archive.documents()]
        assert len(ids) == 5 and all(archive.original_text(i) is None for i in ids)
        s = archive.index([folder], jobs=1)
        assert (s.reparsed, s.unchanged, s.indexed) == (5, 0, 0)
        assert all(archive.original_text(i) for i in ids)
        assert archive.index([folder], jobs=1).unchanged == 5


def test_a_changed_file_drops_the_old_documents_text(tmp_path):
    folder = _docs(tmp_path)
    with Archive(tmp_path / "a.db") as archive:
        archive.index([folder], jobs=1)
        first = min(folder.glob("*.txt"))
        old = {s.id for s, _ in archive.documents()}
        first.write_text(first.read_text(encoding="utf-8") + "\nThêm một dòng.\n", encoding="utf-8")
        archive.index([folder], jobs=1)
        new = {s.id for s, _ in archive.documents()}
        (gone,) = old - new
        (added,) = new - old
        assert archive.original_text(gone) is None
        assert archive.original_text(added).endswith("Thêm một dòng.\n")
        assert archive.backend.one("SELECT COUNT(*) FROM doc_source")[0] == 5


@pytest.mark.parametrize("backend", BACKENDS)
def test_rows_are_read_by_column_name_and_a_nameless_or_repeated_column_is_refused(backend, make_db):
    with Archive(make_db(backend)) as archive:
        b = archive.backend
        (row,) = b.named("SELECT 'x' AS path, 7 AS rid")
        assert (row.path, row.rid) == ("x", 7)
        pages = list(b.named_pages("SELECT key, value FROM meta ORDER BY key", size=1))
        assert [len(p) for p in pages] == [1, 1] and pages[0][0].key == "fingerprint"
        with pytest.raises(ValueError, match="duplicate"):
            b.named("SELECT 1 AS id, 2 AS id")


def test_a_documents_tasks_are_read_by_index_not_by_scanning_every_task(tmp_path):
    """Issue 40: the document page took 219 ms on a 20 000-document archive, two statements of
    ``document_obligations`` each reading every obligation (``o.doc_id = ?`` has no index)."""
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
        doc_id = next(s.id for s, d in archive.documents() if d.obligations)
        statements: list[str] = []
        archive.backend.conn.set_trace_callback(statements.append)
        try:
            assert archive.document_obligations(doc_id)
        finally:
            archive.backend.conn.set_trace_callback(None)
        reads = [s for s in statements if "FROM obligations" in s]
        assert reads
        for sql in reads:
            plan = " ".join(str(r[-1]) for r in archive.backend.conn.execute("EXPLAIN QUERY PLAN " + sql))
            assert "SCAN o" not in plan and "SCAN obligations" not in plan, plan


def test_a_document_named_by_the_first_digits_of_its_id_is_found_by_index(tmp_path):
    """``/api/refs/0005bd55`` took 25 ms on 20 000 documents: ``id LIKE 'prefix%'`` scanned them all."""
    db = str(tmp_path / "a.db")
    with Archive(db) as archive:
        archive.index([_docs(tmp_path)], jobs=1)
        doc_id = next(s.id for s, _d in archive.documents())
        statements: list[str] = []
        archive.backend.conn.set_trace_callback(statements.append)
        try:
            assert [s.id for s in archive.find(doc_id[:8])] == [doc_id]
        finally:
            archive.backend.conn.set_trace_callback(None)
        for sql in statements:
            plan = " ".join(str(r[-1]) for r in archive.backend.conn.execute("EXPLAIN QUERY PLAN " + sql))
            assert "SCAN d" not in plan and "SCAN documents" not in plan, plan
        assert archive.find("ffffff") == [] or all(s.id.startswith("ffffff") for s in archive.find("ffffff"))
