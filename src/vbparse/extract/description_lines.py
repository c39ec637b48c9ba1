"""Lines among an item's fields that say what the item is, not who does it nor what is done (issue 52, S1's
counter): ``- Ngôn ngữ thể hiện: tiếng Việt …``, ``* Đơn vị tài trợ: Hội …``, ``* Người liên hệ: ông …``; as the labels
of ``FIELD_LABEL``'s other kind do, they give no task, and the bodies they name nothing."""

from __future__ import annotations

from ..pattern_cache import compiled
from .assignees import opens_with_verb
from .obligation_names import find_subject

#: A line of what an item is, labelled in words no list knows: a capitalised noun and words in lower case before the
#: colon, a value after it (``Ngôn ngữ thể hiện: tiếng Việt``, ``Nơi lưu giữ bản gốc: Thư viện tỉnh``).
_DESCRIPTION_LINE = compiled(r"^[-+•*\s]*(?P<label>\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0,4})[ \t]*:[ \t]*\S")
#: A generic agent's noun with a role no task is given by (sponsoring, being the contact, standing by, benefiting):
#: ``Đơn vị tài trợ``, ``Nhà tài trợ``, ``Người liên hệ``, ``Đơn vị đồng hành``, ``Đơn vị thụ hưởng``.
_NON_TASK_ROLE = compiled(
    r"(?i)^(?:đơn\s+vị|cơ\s+quan|người|nhà|cá\s+nhân|tổ\s+chức|doanh\s+nghiệp)\s+"
    r"(?:(?:đồng\s+)?tài\s+trợ|liên\s+hệ|đồng\s+hành|bảo\s+trợ|thụ\s+hưởng)$"
)


def describes(text: str) -> bool:
    """Whether ``text`` (an item's field line or paragraph) says what the item is: its label is neither a verb's
    (``- Tuyên truyền: phát tờ rơi …``: an activity) nor a name's (``Sở Y tế: …``), or it names a role no task is
    given by (``Đơn vị tài trợ: …``, where ``Đơn vị`` + ``tài trợ`` reads as a subject and its verb)."""
    m = _DESCRIPTION_LINE.match(text)
    if m is None:
        return False
    label = m.group("label")
    return _NON_TASK_ROLE.match(label) is not None or (not opens_with_verb(label) and find_subject(label) is None)
