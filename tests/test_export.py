"""Exports read the stored documents without validating them again, a page at a time, and the GraphML is
written as it is read (issue 25); the output is the same as that of the validated path."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import BACKENDS, CORPUS, SEEDS, pg_database, pg_drop

from vbparse.models import ObligationHit, RefEdge
from vbparse.store import Archive
from vbparse.store.export import (
    EXPORTS,
    _cell,
    csv_columns,
    csv_text,
    export,
    formula_safe,
    write_csv,
    write_graphml,
    write_ical,
)

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


@pytest.fixture(scope="module", params=BACKENDS)
def corpus_db(request, tmp_path_factory):
    """An archive of the real documents that need no converter (the seeds, the realdocs' .txt and .docx),
    with a corrected deadline and an added task; on PostgreSQL, pages come from a server-side cursor."""
    tmp = tmp_path_factory.mktemp("export")
    docs = tmp / "docs"
    docs.mkdir()
    for p in [*SEEDS.glob("*.txt"), *(CORPUS / "realdocs").glob("*.txt"), *(CORPUS / "realdocs").glob("*.docx")]:
        shutil.copy(p, docs / p.name)
    if request.param == "postgres":
        db, name = pg_database()
        request.addfinalizer(lambda: pg_drop(name))
    else:
        db = str(tmp / "archive.db")
    with Archive(db) as archive:
        archive.index([docs], jobs=1)
        doc_id = archive.backend.scalar(
            "SELECT d.id FROM documents d JOIN obligations o ON o.doc_rid = d.rid ORDER BY d.id LIMIT 1"
        )
        now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        archive.correct(archive.task_ref(doc_id, 1), deadline=dt.date(2026, 8, 15), author="test", now=now)
        archive.add_task(doc_id, assignee="Văn phòng UBND", task="Tổng hợp báo cáo", author="test", now=now)
    return db


def _export(db: str, fmt: str, what: str, *, trusted: bool) -> str:
    out = io.StringIO()
    with Archive(db, create=False) as archive:
        export(archive, out, fmt=fmt, what=what, trusted=trusted)
    return out.getvalue()


@pytest.mark.slow
@pytest.mark.parametrize(("fmt", "what"), EXPORTS)
def test_export_without_validation_equals_the_validated_export_of_real_documents(corpus_db, fmt, what):
    fast = _export(corpus_db, fmt, what, trusted=True)
    assert fast == _export(corpus_db, fmt, what, trusted=False)
    assert fast.count("\n") > (1 if what == "corrections" else 10)  # there are things to compare


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_an_obligations_export_counts_the_tasks_it_wrote(corpus_db, fmt):
    out = io.StringIO()
    with Archive(corpus_db, create=False) as archive:
        n = export(archive, out, fmt=fmt, what="obligations")
        tasks = sum(1 for _ in archive.all_obligations())
    lines = out.getvalue().count("\r\n" if fmt == "csv" else "\n") - (fmt == "csv")  # less the header
    assert n == tasks == lines


def test_the_obligations_export_pauses_the_cycle_collector_and_restores_it_even_when_it_fails(corpus_db):
    import gc

    seen = []

    class Watching(io.StringIO):
        def write(self, s: str) -> int:
            seen.append(gc.isenabled())
            return super().write(s)

    assert gc.isenabled()
    with Archive(corpus_db, create=False) as archive:
        export(archive, Watching(), fmt="jsonl", what="obligations")
        assert seen and not any(seen) and gc.isenabled()
        with pytest.raises(ValueError, match="unknown format"):
            export(archive, io.StringIO(), fmt="xlsx", what="obligations")
    assert gc.isenabled()


def _sqlite_copy(corpus_db: str, tmp_path) -> Path:
    """A copy of the SQLite archive a test may change (skipped for the PostgreSQL one)."""
    if corpus_db.startswith("postgresql://"):
        pytest.skip("changes a copy of the SQLite file")
    db = tmp_path / "copy.db"
    shutil.copy(corpus_db, db)
    return db


def test_a_document_this_parser_stored_is_written_as_stored_one_of_another_parser_is_dumped_again(corpus_db, tmp_path):
    db = _sqlite_copy(corpus_db, tmp_path)
    with Archive(str(db), create=False) as archive:
        b = archive.backend
        (first, js), (second, js2) = b.all(
            "SELECT id, json FROM documents WHERE status = 'present' ORDER BY id LIMIT 2"
        )
        # the same document with a space after each colon: what a store would never write, so that trusting it shows
        b.execute("UPDATE documents SET json = ? WHERE id = ?", (json.dumps(json.loads(js), ensure_ascii=False), first))
        b.execute(
            "UPDATE documents SET json = ?, parser = ? WHERE id = ?",
            (json.dumps(json.loads(js2), ensure_ascii=False), "0.0.1+000000000000", second),
        )
        b.commit()
    lines = {json.loads(x)["id"]: x for x in _export(str(db), "jsonl", "documents", trusted=True).splitlines()}
    assert '"document":{"schema_version": ' in lines[first]  # this parser's: as stored, not validated
    assert lines[second] == _export(corpus_db, "jsonl", "documents", trusted=False).splitlines()[1]


def test_tasks_come_from_the_stored_json_of_documents_this_parser_stored_and_no_correction_touches(corpus_db, tmp_path):
    """The obligations export reads a task from its document's stored JSON (the same models wrote it and the
    task's columns); a document a correction touches, or another parser stored, from its columns."""
    db = _sqlite_copy(corpus_db, tmp_path)
    with Archive(str(db), create=False) as archive:
        b = archive.backend
        # the fixture corrected a task of the first document with tasks
        corrected, plain, other = (
            doc_id
            for (doc_id,) in b.all(
                "SELECT DISTINCT d.id FROM documents d JOIN obligations o ON o.doc_rid = d.rid ORDER BY d.id LIMIT 3"
            )
        )
        for doc_id in (corrected, plain, other):
            doc = json.loads(b.scalar("SELECT json FROM documents WHERE id = ?", (doc_id,)))
            doc["obligations"][-1]["task"] = "ĐỌC TỪ JSON"
            b.execute("UPDATE documents SET json = ? WHERE id = ?", (json.dumps(doc, ensure_ascii=False), doc_id))
        b.execute("UPDATE documents SET parser = ? WHERE id = ?", ("0.0.1+000000000000", other))
        b.commit()
    tasks = {
        (r["document"]["id"], r["task"])
        for r in map(json.loads, _export(str(db), "jsonl", "obligations", trusted=True).splitlines())
    }
    assert (plain, "ĐỌC TỪ JSON") in tasks
    assert not {(corrected, "ĐỌC TỪ JSON"), (other, "ĐỌC TỪ JSON")} & tasks


class CountingStream(io.StringIO):
    """A text stream that keeps each write apart."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def write(self, s: str) -> int:
        self.writes.append(s)
        return super().write(s)


def test_graphml_is_written_a_node_or_an_edge_at_a_time(corpus_db):
    out = CountingStream()
    with Archive(corpus_db, create=False) as archive:
        edges = write_graphml(archive, out)
        documents = archive.count()
    per_write = [w.count("<node ") + w.count("<edge ") for w in out.writes]
    assert max(per_write) == 1  # never the whole graph (or any part of it) held and written at once
    assert sum(per_write) >= documents + edges > documents


def test_streamed_graphml_is_indented_as_elementtree_indents_the_whole_document(corpus_db):
    text = _export(corpus_db, "graphml", "references", trusted=True)
    root = ET.fromstring(text.replace(f' xmlns="{GRAPHML_NS}"', "", 1))
    ET.indent(root)
    root.set("xmlns", GRAPHML_NS)
    assert text == '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def test_graphml_of_an_empty_archive_is_an_empty_graph(tmp_path):
    out = io.StringIO()
    with Archive(str(tmp_path / "empty.db")) as archive:
        assert write_graphml(archive, out) == 0
    root = ET.fromstring(out.getvalue().split("\n", 1)[1])
    (graph,) = root.findall(f"{{{GRAPHML_NS}}}graph")
    assert len(root) == 12 and len(graph) == 0  # 8 node keys (copy_of: issue 53), 3 edge keys, the graph
    assert out.getvalue().endswith('  <graph id="references" edgedefault="directed" />\n</graphml>\n')


def test_csv_rows_are_the_formula_safe_cells_of_each_column(corpus_db):
    with Archive(corpus_db, create=False) as archive:
        for model, items in ((ObligationHit, list(archive.all_obligations())), (RefEdge, list(archive.edges()))):
            items[0] = items[0].model_copy(update={"task" if model is ObligationHit else "status": "=1+2"})
            out, expected = io.StringIO(), io.StringIO()
            write_csv(items, model, out)
            cols = csv_columns(model)
            writer = csv.writer(expected, lineterminator="\r\n")
            writer.writerow([c.name for c in cols])
            writer.writerows([formula_safe(_cell(item, c)) for c in cols] for item in items)
            assert out.getvalue() == expected.getvalue()
            assert "'=1+2" in out.getvalue()


#: Cells ``csv.writer`` quotes, or does not: commas, quotes, line breaks, spaces, text that is no text.
CSV_CELLS = [
    "Phòng Văn hóa - Thông tin",
    "Trước ngày 30/6, hằng quý",
    'Kế hoạch "Dân vận khéo"',
    '"',
    "dòng một\ndòng hai",
    "dòng một\r\ndòng hai",
    "\r",
    " Sở Tài chính ",
    "",
    "'=1+2",
    "a;b",
    "tab\there",
    12,
    0,
    True,
    False,
    2.5,
    1e-07,
]


@pytest.mark.parametrize("cell", CSV_CELLS)
def test_a_csv_cell_is_written_as_the_csv_module_writes_it(cell):
    expected = io.StringIO()
    csv.writer(expected, lineterminator="\r\n").writerow([cell, "x"])
    assert csv_text(cell) + ",x\r\n" == expected.getvalue()


def test_a_csv_row_of_many_cells_is_the_csv_module_row():
    expected = io.StringIO()
    csv.writer(expected, lineterminator="\r\n").writerow(CSV_CELLS)
    assert ",".join(map(csv_text, CSV_CELLS)) + "\r\n" == expected.getvalue()


def test_calendar_is_written_an_event_at_a_time_as_icalendar_writes_it_whole(corpus_db):
    from icalendar import Calendar

    out = CountingStream()
    with Archive(corpus_db, create=False) as archive:
        events = write_ical(archive.all_obligations(), out, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    assert events > 3
    assert max(w.count("BEGIN:VEVENT") for w in out.writes) == 1
    text = out.getvalue()
    assert Calendar.from_ical(text).to_ical().decode("utf-8") == text


def test_every_task_comes_from_the_database_a_page_at_a_time(corpus_db):
    """On PostgreSQL the export of every task reads from a server-side cursor (psycopg's ordinary cursor
    receives the whole answer when the statement runs: memory grew with the archive)."""
    if not corpus_db.startswith("postgresql"):
        pytest.skip("SQLite's cursor steps through the answer as it is fetched")
    with Archive(corpus_db, create=False) as archive:
        hits = archive.all_obligations()
        assert next(hits) is not None
        open_cursors = archive.backend.scalar("SELECT COUNT(*) FROM pg_cursors WHERE name LIKE ?", ("vbparse_pages_%",))
        assert open_cursors >= 1
        assert sum(1 for _ in hits) > 3


def _hits_of(text: str, issued: str | None) -> list[ObligationHit]:
    from vbparse.models import DocumentSummary
    from vbparse.pipeline import parse_text

    doc = parse_text(text)
    summary = DocumentSummary(id="0" * 16, issued_date=dt.date.fromisoformat(issued) if issued else None)
    fields = [k for k in ObligationHit.model_fields if k in type(doc.obligations[0]).model_fields]
    return [ObligationHit(document=summary, **{k: getattr(o, k) for k in fields}) for o in doc.obligations]


MONTHLY = (
    "KẾ HOẠCH\nBáo cáo định kỳ năm 2026\n\nI. NHIỆM VỤ\n"
    "1. Sở Tài chính báo cáo kết quả thực hiện trước ngày 20 hằng tháng.\n"
    "2. Sở Y tế báo cáo tình hình hằng tháng.\n"
)


def test_a_monthly_task_repeats_on_the_day_its_words_give():
    """Issue 41: ``trước ngày 20 hằng tháng`` repeated on the day the plan was issued (the 10th)."""
    from icalendar import Calendar

    from vbparse.store.export import calendar_entry, write_ical

    finance, health = _hits_of(MONTHLY, "2026-03-10")
    assert finance.deadline is None and finance.deadline_raw == "trước ngày 20 hằng tháng"
    assert calendar_entry(finance).start == dt.date(2026, 3, 20)
    assert calendar_entry(health).start == dt.date(2026, 3, 10)  # no day written: from the issue date
    out = io.StringIO()
    write_ical([finance], out)
    (event,) = Calendar.from_ical(out.getvalue()).walk("VEVENT")
    assert event.decoded("dtstart") == dt.date(2026, 3, 20) and event["rrule"]["FREQ"] == ["MONTHLY"]
    assert str(event["summary"]).startswith("Trước ngày 20 hằng tháng")


def test_a_task_left_out_of_the_calendar_says_why():
    """Issue 41: an undated plan's recurring task was left out of the calendar without a word."""
    from vbparse.store.export import why_no_day

    undated = _hits_of(MONTHLY, None)
    assert all("không ghi ngày ban hành" in (why_no_day(h) or "") for h in undated)
    assert [why_no_day(h) for h in _hits_of(MONTHLY, "2026-03-10")] == [None, None]
