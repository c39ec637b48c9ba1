"""A scope phrase in brackets between a list of subjects no list knows and their verb (issue 52, twenty-first twin of
A4): ``Giao A, B và C (trong phạm vi chức năng, nhiệm vụ …) rà soát …`` gives each the task; the bracket is no part
of it.  Counter: a name's sub-unit in brackets (``Sở Y tế (Chi cục Dân số)``) is not blanked."""

from __future__ import annotations

from test_rules import leads as _got


def test_a_scope_bracket_between_names_no_list_knows_and_their_verb_is_read_past() -> None:
    got = _got(
        "1. Giao Thống kê cơ sở 3, Thuế cơ sở 5 và Ủy ban nhân dân các xã (theo chức năng, nhiệm vụ và địa bàn "
        "của mình) lập danh sách hộ kinh doanh cá thể.\n"
    )
    assert [a for a, _t in got] == ["Thống kê cơ sở 3", "Thuế cơ sở 5", "Ủy ban nhân dân các xã"], got
    assert all(t.startswith("lập danh sách") for _a, t in got), got


def test_a_sub_unit_in_brackets_is_no_scope_to_blank() -> None:
    """The bracket opens in capitals: a sub-unit, read as before (the name's, not a second subject's)."""
    got = _got("1. Sở Y tế (Chi cục Dân số) chủ trì tổ chức chiến dịch truyền thông.\n")
    assert got == [("Sở Y tế", "chủ trì tổ chức chiến dịch truyền thông.")], got


def test_a_sub_unit_in_brackets_inside_a_list_of_subjects_goes_on_to_the_next_name() -> None:
    """Issue 52, twenty-fourth twin of A5: ``A (its sub-unit) và B <verb>`` gives both the task (decision 17 keeps
    the sub-unit in A's name; the list does not end at the bracket)."""
    got = _got("1. Sở Văn hóa và Thể thao (Phòng Di sản) và Ủy ban nhân dân các huyện miền núi kiểm kê các di tích.\n")
    assert [a.split(" (")[0] for a, _t in got] == ["Sở Văn hóa và Thể thao", "Ủy ban nhân dân các huyện miền núi"]
    assert all(t.startswith("kiểm kê các di tích") for _a, t in got), got
    got = _got("1. Công an tỉnh (Phòng Cảnh sát giao thông), Sở Giao thông vận tải tổ chức phân luồng.\n")
    assert [a.split(" (")[0] for a, _t in got] == ["Công an tỉnh", "Sở Giao thông vận tải"], got


def test_a_lead_in_whose_first_subject_has_a_sub_unit_hands_both_subjects_to_its_items() -> None:
    got = _got(
        "1. Sở Tài chính (Phòng Quản lý giá) và Ủy ban nhân dân các phường ven sông có trách nhiệm:\n"
        "1.1. Kiểm tra việc niêm yết giá.\n"
    )
    assert [a.split(" (")[0] for a, _t in got] == ["Sở Tài chính", "Ủy ban nhân dân các phường ven sông"], got


def test_a_lower_case_aside_after_a_name_before_và_is_no_sub_unit_joining_a_list() -> None:
    """Counter: a bracket of examples (``(Viettel, VNPT)``) opens with no body's head: not read as a sub-unit; the
    names inside it are no subjects."""
    got = _got("1. Các doanh nghiệp viễn thông (Viettel, VNPT) và Sở Thông tin nhắn tin cảnh báo thiên tai.\n")
    assert not any(a.startswith(("Viettel", "VNPT")) for a, _t in got), got


def test_a_bracket_inside_a_name_the_grammar_would_run_on_over_is_not_taken_out() -> None:
    """Counter: with the bracket taken out the grammar would read one name over it (``Cục Quản lý chất lượng`` +
    ``và Tổ chức được … giao``): the bracket stands after no name of a list, and the sentence reads as before."""
    got = _got(
        "1. Cơ quan thực hiện: Cục Quản lý chất lượng (Bộ Nông nghiệp) và Tổ chức được Ủy ban nhân dân cấp tỉnh giao nhiệm vụ.\n"
    )
    assert not any("được" in a for a, _t in got), got
