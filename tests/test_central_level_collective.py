"""``Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương``: the place of a collective of provinces ends with
``trực thuộc Trung ương``.  Read as no place, its key kept the whole name and no province's board found its tasks
(issue 53's board reading: 2530/QĐ-TTg, 2623/QĐ-TTg, 4385/QĐ-BVHTTDL on none of Đà Nẵng, Lào Cai, Nghệ An, Hà Nội)."""

from __future__ import annotations

import pytest

from vbparse.extract.assignees import name_key
from vbparse.extract.name_lexicon import split_place
from vbparse.models import Assignee


@pytest.mark.parametrize(
    ("name", "core", "place"),
    [
        (
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
            "Ủy ban nhân dân",
            "các tỉnh, thành phố trực thuộc Trung ương",
        ),
        ("UBND các tỉnh, thành phố trực thuộc trung ương", "UBND", "các tỉnh, thành phố trực thuộc trung ương"),
        ("Công an các tỉnh, thành phố trực thuộc Trung ương", "Công an", "các tỉnh, thành phố trực thuộc Trung ương"),
        ("Ủy ban nhân dân các tỉnh, thành phố", "Ủy ban nhân dân", "các tỉnh, thành phố"),  # as before
        ("Sở Tài chính", "Sở Tài chính", None),  # counter-example: no place
    ],
)
def test_a_collective_of_provinces_ends_with_its_place(name, core, place):
    assert split_place(name) == (core, place)


def test_the_two_spellings_of_the_provinces_collective_share_a_key():
    full = Assignee(raw="x", canonical="Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương")
    short = Assignee(raw="x", canonical="Ủy ban nhân dân các tỉnh, thành phố")
    assert name_key(full) == name_key(short) == "uy ban nhan dan"
