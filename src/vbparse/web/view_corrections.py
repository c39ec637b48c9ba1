"""What the pages need to show corrections and offer the "Sửa" forms (``_correction_form.html``)."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from ..store import Archive
from ..store.corrections import PROGRESS_LABELS

#: What each kind of correction did, as the history of a task says it.
ACTION_LABELS = {
    "edit": "sửa",
    "not_task": "đánh dấu không phải nhiệm vụ",
    "is_task": "đánh dấu là nhiệm vụ",
    "progress": "cập nhật tiến độ",
    "add": "thêm nhiệm vụ bị sót",
}


#: Why a task is set aside from the boards (``ObligationHit.set_aside``): its badge, and what the badge says.
SET_ASIDE_LABELS = {
    "execution_clause": (
        "điều khoản thi hành",
        (
            "Điều khoản thi hành của quyết định: giao cho mọi cơ quan được nêu, không phải việc riêng của cơ quan "
            "nào; không hiện trên bảng Nhiệm vụ"
        ),
    ),
    "proposal": (
        "kiến nghị lên cấp trên",
        "Điều cơ quan ban hành đề nghị cấp trên của mình: chưa phải nhiệm vụ được giao; không hiện trên bảng Nhiệm vụ",
    ),
    "draft_proposal": (
        "dự thảo trình duyệt",
        (
            "Nhiệm vụ trong tờ trình hoặc kế hoạch kèm tờ trình: mới là đề xuất, chưa được giao; không hiện trên "
            "bảng Nhiệm vụ"
        ),
    ),
}


def correction_context(request: Request) -> dict[str, Any]:
    """The progress labels, and the page to come back to after a correction (this one, as asked)."""
    back = (
        request.scope.get("root_path", "") + request.url.path + (f"?{request.url.query}" if request.url.query else "")
    )
    return {
        "progress_labels": PROGRESS_LABELS,
        "back": back,
        "action_labels": ACTION_LABELS,
        "set_aside_labels": SET_ASIDE_LABELS,
    }


def stale_count(archive: Archive) -> int:
    """How many corrections no longer fit their task (the board says so and links to /corrections)."""
    return sum(1 for r in archive.corrections() if r.status == "stale") if archive.has_corrections() else 0
