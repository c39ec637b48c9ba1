"""A name the document gives whole in one sentence is read whole in another where the grammar cut it short at a word
it took for a verb (issue 52: the blind twins' bodies named for their work, ``Tổ tiếp nhận hồ sơ hành chính`` + ``trả
kết quả …``; in ``../shared/wild``, ``Chi nhánh Văn phòng`` + ``đăng ký đất đai tiếp nhận hồ sơ …`` beside ``Chi nhánh
Văn phòng đăng ký đất đai`` read whole).  Counter-examples: words after the head that are not the name's, a name the
document never gives whole.  And a committee named for a noun that a list also has as a verb (``Đội quản lý trật tự đô thị``) ends at its
role word."""

from __future__ import annotations

from test_rules import leads as _leads

from vbparse import parse

#: The team's name is given whole before its role word in 1 and cut at its function's verb in 2 (``gặp gỡ``, to meet,
#: is a verb no list knows).
WHOLE_THEN_SHORT = (
    "1. Tổ vận động hiến đất làm đường có trách nhiệm lập danh sách các hộ hiến đất.\n"
    "2. Tổ vận động hiến đất làm đường gặp gỡ từng hộ trước ngày 20/5/2031.\n"
)


def test_a_name_given_whole_elsewhere_is_read_whole_where_a_verb_cut_it_short() -> None:
    got = _leads(WHOLE_THEN_SHORT)
    assert ("Tổ vận động hiến đất làm đường", "gặp gỡ từng hộ trước ngày 20/5/2031.") in got, got
    assert not any(a == "Tổ" for a, _t in got), got


def test_the_name_read_whole_says_its_record() -> None:
    from test_rules import HEADER

    doc = parse(text=HEADER + WHOLE_THEN_SHORT)
    second = [o for o in doc.obligations if o.task.startswith("gặp gỡ")]
    assert second and "name.read_whole" in second[0].evidence, [(o.assignee.raw, o.evidence) for o in doc.obligations]


def test_a_name_given_whole_nowhere_keeps_the_grammars_reading() -> None:
    got = _leads(WHOLE_THEN_SHORT.split("\n", 1)[1])
    assert not any(a == "Tổ vận động hiến đất làm đường" for a, _t in got), got


def test_other_words_after_the_head_are_not_made_the_whole_names() -> None:
    body = WHOLE_THEN_SHORT + "3. Tổ vận động nhân dân tháo dỡ lều quán lấn chiếm hành lang đường.\n"
    assert not any(a.startswith("Tổ vận động hiến") and "lều quán" in t for a, t in _leads(body)), _leads(body)


def test_a_committee_named_for_a_noun_a_list_has_as_a_verb_ends_at_its_role_word() -> None:
    got = _leads("1. Đội quản lý trật tự xây dựng chủ trì kiểm tra các công trình không phép.\n")
    assert got and got[0][0] == "Đội quản lý trật tự xây dựng", got
