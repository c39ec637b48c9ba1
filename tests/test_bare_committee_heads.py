"""A committee's head alone names no one (``Ban``, ``Tổ``): as a subject it runs on over what the committee does, to
the sentence's verb or, short, to its end (issue 52, twenty-first twin of T1: ``- Ban điều hành các khu phố.`` under a
partners' label was read as a sentence, ``Ban`` + ``điều hành các khu phố``, and the label's block as a task).
Counter: a committee already named (``Ban Chỉ đạo``) keeps its verb the sentence's."""

from __future__ import annotations

from vbparse import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG AN HÒA\nSố: 5/KH-UBND\nAn Hòa, ngày 2 tháng 3 năm 2031\nKẾ HOẠCH\nPhòng dịch sốt xuất "
    "huyết\nII. NHIỆM VỤ\n\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Tâm\n"


def _got(body: str) -> list[tuple[str, str, str]]:
    return [(o.role, o.assignee.raw, o.task.rstrip(".")) for o in parse_text(HEAD + body + TAIL).obligations]


def test_a_bare_committee_head_under_a_partners_label_is_a_partner_named_whole() -> None:
    body = (
        "1. DIỆT LĂNG QUĂNG TẠI HỘ GIA ĐÌNH\n\n1.1. Nội dung\n\nPhun hóa chất diệt muỗi tại các ổ dịch.\n\n"
        "1.2. Cơ quan chủ trì, phối hợp\n\na) Cơ quan chủ trì\n\n- Trạm Y tế phường.\n\nb) Cơ quan phối hợp\n\n"
        "- Hội Chữ thập đỏ phường.\n\n- Ban điều hành các khu dân cư.\n"
    )
    got = _got(body)
    assert ("support", "Ban điều hành các khu dân cư", "Phun hóa chất diệt muỗi tại các ổ dịch") in got, got
    assert all(not t.startswith("Cơ quan phối hợp") for _r, _a, t in got), got


def test_a_bare_committee_head_runs_to_the_sentences_verb() -> None:
    got = _got("1. Ban điều hành các tổ dân phố tổ chức họp dân về phòng dịch.\n")
    assert got == [("lead", "Ban điều hành các tổ dân phố", "tổ chức họp dân về phòng dịch")], got


def test_a_named_committees_verb_stays_the_sentences() -> None:
    got = _got("1. Ban Chỉ đạo phường kiểm tra các tổ dân phố.\n")
    assert got == [("lead", "Ban Chỉ đạo phường", "kiểm tra các tổ dân phố")], got
