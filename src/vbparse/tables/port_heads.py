"""Heads of transport bodies named by their port (issue 52, twenty-ninth twins of R2): an airport (``Cảng hàng không
Hải Lạc``), a port authority (``Cảng vụ Hàng hải Quy Nhơn``).  Kept apart from
``bodies.BODY_HEADS`` (at its size cap); the name grammar reads them as it reads those.  Not a bare ``Cảng`` nor
``Cảng cá``: a port is a place as often as a body (``tại Cảng Cái Lân``), and a field's word (``Phòng Quản lý tàu cá
và Cảng cá``)."""

from __future__ import annotations

PORT_HEADS: tuple[tuple[str, str], ...] = (
    ("Cảng hàng không", "body"),
    ("Cảng Hàng không", "body"),
    ("Cảng vụ", "body"),
)
