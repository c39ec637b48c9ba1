"""Collective membership decided in one place (issue 54): ``tables.membership`` says whether a unit is a member of
a collective, and the store's task query, the follow-up's members and a unit's board answer alike — for every
collective of an archive of ``../shared``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import BACKENDS, archive_location

from vbparse.query import assignee_query
from vbparse.store.obligations import names_as_other_party
from vbparse.tables.membership import MEMBERSHIP_EXAMPLES, is_member, unit_at, unit_membership
from vbparse.tables.units import resolve_place

#: ``../shared`` of the project root.
SHARED = Path(__file__).resolve().parents[2] / "shared"
#: Plans whose collectives name departments, communes and localities (``các sở, ban, ngành``, ``UBND các xã,
#: phường``, ``các cơ quan, đơn vị``, ``các địa phương``) of Lâm Đồng, Bắc Ninh, Quảng Ninh, Hà Nội and Cà Mau.
SAMPLE = (
    "realdocs/01_kh-ubnd-lamdong-cchc-2026.docx",
    "realdocs/03_kh-ubnd-lamdong-tuyen-truyen-cchc-2026.docx",
    "realdocs/06_kh-ubnd-lamdong-kiem-tra-cchc-2026.docx",
    "realdocs/102_hd-mttq-luongminh-tham-gia-cong-tac-bau-cu.docx",
    "realdocs/118_kh-144-ubnd-bacninh-kinh-te-so-2026-2030.md",
    "realdocs/125_kh-0204-ubnd-camau-tai-chinh-ngan-sach-3-nam-2026-2028.md",
    "wild/02b9be7711f88c70.md",
    "wild/689f49d25e51cbaa.md",
)


@pytest.mark.parametrize(("name", "level", "place", "head", "members", "area", "member"), MEMBERSHIP_EXAMPLES)
def test_a_unit_is_a_member_of_a_collective_of_its_class_in_a_unit_that_holds_it(
    name, level, place, head, members, area, member
):
    units = resolve_place(place, after_2025=True)[:1] if place else []
    assert is_member(unit_membership(name, level, units), head, members, area) is member


def test_a_unit_of_the_gazetteer_is_found_by_its_path_and_an_unknown_path_is_none():
    assert unit_at("tinh lao cai/xa bat xat").name == "Bát Xát"
    assert unit_at("tinh lao cai/xa khong co that") is None


@pytest.fixture(scope="module", params=BACKENDS)
def sample_archive(request, tmp_path_factory):
    from vbparse import Archive

    files = [SHARED / name for name in SAMPLE]
    if not all(f.is_file() for f in files):
        pytest.skip("../shared is not here")
    root = tmp_path_factory.mktemp("members")
    for f in files:
        shutil.copy(f, root / f.name)
    db, drop = archive_location(request.param, root)
    try:
        with Archive(db) as archive:
            archive.index([root], jobs=1)
            yield archive
    finally:
        drop()


def _typed(name: str, area_key: str) -> str:
    """A member as an official types it: its name and its province (``Sở Tài chính tỉnh Lâm Đồng``, ``Ủy ban
    nhân dân xã Lương Minh tỉnh Quảng Ninh``)."""
    province = unit_at(area_key.split("/", 1)[0])
    return f"{name} {province.full}" if province else name


def _collectives(archive) -> dict[str, list[tuple[int, int, str, str]]]:
    """``plan|collective's name`` → the ``(doc_rid, ord, section, task)`` of its tasks, for every collective with an
    area."""
    out: dict[str, list[tuple[int, int, str, str]]] = {}
    for doc_id, name, rid, ord_, section, task in archive.backend.all(
        "SELECT d.id, o.assignee_canonical, o.doc_rid, o.ord, o.section, o.task FROM obligations o "
        "JOIN documents d ON d.rid = o.doc_rid "
        "WHERE o.assignee_members <> '[]' AND o.assignee_area_key IS NOT NULL AND d.status = 'present'"
    ):
        out.setdefault(f"{doc_id}|{name}", []).append((rid, ord_, section, task))
    return out


def _store_says(archive, typed: str, rid: int, ord_: int) -> bool:
    """Whether the store's task query takes the task ``(rid, ord_)`` for the unit typed as ``typed``."""
    from vbparse.query import assignee_query
    from vbparse.store.areas import collective_condition, place_query

    q = assignee_query(typed)
    cond = collective_condition(place_query(q.name or "", q.place, q.within))
    if cond is None:
        return False
    sql = f"SELECT 1 FROM obligations o WHERE o.doc_rid = ? AND o.ord = ? AND ({cond.sql})"
    return archive.backend.one(sql, (rid, ord_, *cond.params)) is not None


def test_the_board_the_followup_and_the_store_agree_on_every_collectives_members(sample_archive):
    archive = sample_archive
    tasks = _collectives(archive)
    plans = sorted({key.split("|", 1)[0] for key in tasks})
    assert len(plans) >= 4
    listed: dict[str, set[tuple[str, str]]] = {}  # a collective (plan|its name) → the members the follow-up lists
    candidates: set[tuple[str, str]] = set()  # every member any follow-up lists: each is asked of every collective
    for doc_id in plans:
        for row in archive.followup(doc_id).assignees:
            if row.assignee.members and row.assignee.area_key:
                who = {(m.name, m.area_key) for m in row.members if not m.successor_of}
                listed[f"{doc_id}|{row.assignee.canonical}"] = who
                candidates |= who
    disagree, compared, members = [], 0, 0
    for unit in sorted(candidates):
        typed = _typed(*unit)
        hits = archive.obligations(typed)
        board = {f"{h.document.id}|{h.assignee.canonical}" for h in hits if h.shared}
        named = {(h.document.id, h.section, h.task) for h in hits if not h.shared}
        for key, rows in tasks.items():
            if key not in listed:
                continue
            follow = unit in listed[key]
            store = any(_store_says(archive, typed, rid, o) for rid, o, _, _ in rows)
            # a task that names the unit too is one row on its board, the named one, and a task that names it as
            # another party (``… gửi về Sở Xây dựng``) is none of its collectives' rows: the board is silent there
            silent = all(
                (key.split("|")[0], section, task) in named or names_as_other_party(task, assignee_query(typed))
                for _, _, section, task in rows
            )
            if not follow == store == (key in board) and not (silent and follow == store):
                disagree.append((typed, key, follow, store, key in board))
            compared += 1
            members += follow
    assert not disagree, "\n".join(map(str, disagree))
    assert compared > 50 and members > 10
