"""The SQL conditions of the task queries (``store/conditions.py``): an ``OR`` of parts, each an index serves,
written for the backend's planner."""

from __future__ import annotations

from vbparse.store.conditions import any_indexed, eq, is_null, one_of


def _parts():
    return (one_of("o.assignee_key", ["van hoa xa hoi"]), eq("o.assignee_key", "van hoa"), is_null("o.place_key"))


def test_on_sqlite_an_or_of_indexed_parts_is_read_as_the_rows_each_part_finds():
    """SQLite reads every task for an ``OR`` of conditions on different columns joined to the documents: the
    rows each part finds by its own index, together, then read by their ``rowid``."""
    named, other, unplaced = _parts()
    cond = any_indexed("sqlite", named, other, unplaced)
    assert cond.indexed is not None and cond.on_obligations() is cond.indexed
    assert cond.indexed.sql.startswith("o.rowid IN (SELECT o.rowid FROM obligations o WHERE ")
    assert cond.indexed.sql.count(" UNION ALL ") == 2
    assert cond.indexed.params == ("van hoa xa hoi", "van hoa")
    assert cond.alternatives == (named, other, unplaced)


def test_on_postgresql_an_or_of_indexed_parts_is_left_to_the_planner():
    """Issue 55: PostgreSQL joined ``(doc_rid, ord) IN (… UNION ALL …)`` by reading every task (a hash join over
    a sequential scan: 97 ms for a unit's 10 000 tasks of 83 000, 300 ms under load), where it answers the ``OR``
    itself from the parts' indexes (a BitmapOr: 30 ms), the same rows; the board of a 5 000-document archive
    2-9 times faster per unit.  The parts stay for asking whether any row meets one."""
    named, other, unplaced = _parts()
    cond = any_indexed("postgres", named, other, unplaced)
    assert cond.indexed is None and cond.on_obligations() is cond
    assert cond.sql == "(o.assignee_key IN (?)) OR (o.assignee_key = ?) OR (o.place_key IS NULL)"
    assert cond.params == ("van hoa xa hoi", "van hoa")
    assert cond.alternatives == (named, other, unplaced)


def test_one_part_is_itself_on_either_backend():
    named, _, _ = _parts()
    for kind in ("sqlite", "postgres"):
        cond = any_indexed(kind, named, None)
        assert cond.sql == named.sql and cond.indexed is None
