"""A leading clause whose name holds commas (issue 52, leading clauses; eleventh twin of A4): ``Theo yêu cầu của Bộ
Văn hóa, Thể thao và Du lịch, Thư viện tỉnh rà soát …``: the comma inside the ministry's name is no end of the
clause; the subject begins after the comma that closes the name (``Thư viện tỉnh``)."""

from __future__ import annotations

import pytest

from vbparse.extract.obligation_names import find_subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Theo yêu cầu của Bộ Văn hóa, Thể thao và Du lịch, Thư viện tỉnh rà soát số liệu vốn tài liệu.",
            "Thư viện tỉnh",
        ),
        (
            "Sau khi có ý kiến của Sở Văn hóa, Thể thao và Du lịch, Trung tâm Văn hóa tỉnh tổ chức hội diễn.",
            "Trung tâm Văn hóa tỉnh",
        ),
        # counter-example: a comma after a whole name still opens the subject
        ("Theo đề nghị của Sở Y tế, Bệnh viện tỉnh bố trí giường bệnh.", "Bệnh viện tỉnh"),
    ],
)
def test_a_comma_inside_a_name_of_the_leading_clause_opens_no_subject(sentence, subject):
    found = find_subject(sentence)
    assert found is not None
    names = found[0]
    assert [sentence[n.start : n.end] for n in names] == [subject]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Chậm nhất vào ngày làm việc thứ 12 kể từ ngày nhận đủ hồ sơ, công chức Văn hóa - Xã hội kiểm tra thực tế.",
            "công chức Văn hóa - Xã hội",
        ),
        (
            "Sau khi nhận hồ sơ, công chức Địa chính - Xây dựng xã kiểm tra hiện trạng.",
            "công chức Địa chính - Xây dựng xã",
        ),
    ],
)
def test_a_staff_post_in_lower_case_after_the_clause_s_comma_is_the_subject(sentence: str, subject: str) -> None:
    """Twenty-seventh twins of A4: after a leading clause, a staff post written in lower case before its capitalised
    field (``công chức Văn hóa - Xã hội``) is who acts, as a capitalised name there is."""
    found = find_subject(sentence)
    assert found is not None
    assert [sentence[n.start : n.end] for n in found[0]] == [subject]


def test_a_staff_noun_of_the_clause_s_own_list_opens_no_subject() -> None:
    # counter-example: ``cán bộ, công chức`` in lower case, no capitalised field after it: no subject opens there
    assert find_subject("Trong quá trình thực hiện, cán bộ, công chức nghiêm túc chấp hành nội quy.") is None
