"""``Các <noun>:`` and its members (issue 52, the twins' colon list with a lower-case plural): a member that is a
field a post is also named by (``Kế toán``, bare before a dash, a comma or the verb) is a member (``Khoa Kế toán -
Tài chính``), not a post opening a name of its own; a post before what it is a post of (``Thủ trưởng các cơ quan``,
``Viện trưởng Viện …``) still is."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse import parse


def _canonical_leads(body: str) -> list[str | None]:
    return [o.assignee.canonical for o in parse(text=HEADER + body).obligations if o.role == "lead"]


@pytest.mark.parametrize(
    "sentence,names",
    [
        (
            "1. Các khoa: Kế toán - Kiểm toán, Du lịch và Lữ hành liên hệ doanh nghiệp nhận sinh viên thực tập.\n",
            ["Khoa Kế toán - Kiểm toán", "Khoa Du lịch và Lữ hành"],
        ),
        ("2. Các khoa: Tài chính, Kế toán chủ trì kiểm tra hồ sơ.\n", ["Khoa Tài chính", "Khoa Kế toán"]),
    ],
)
def test_a_field_a_post_is_named_by_is_a_member_of_the_colon_list(sentence, names):
    assert _canonical_leads(sentence) == names


def test_a_post_before_what_it_is_a_post_of_ends_the_colon_list():
    names = _canonical_leads(
        "1. Giám đốc các Sở: Nội vụ, Tài chính, Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành.\n"
    )
    assert names[:2] == ["Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính"]
    assert not any(n.startswith("Giám đốc Sở Thủ trưởng") for n in names), names


@pytest.mark.parametrize(
    "sentence,names",
    [
        # two portfolios the law never joins by ``và`` are two departments
        (
            "1. Các Sở: Nội vụ, Tư pháp và Y tế rà soát thủ tục hành chính trước ngày 30/6/2033.\n",
            ["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"],
        ),
        # ... a portfolio the law joins is one (``Khoa học và Công nghệ``, ``Văn hóa, Thể thao và Du lịch``)
        (
            "2. Các Sở: Tài chính, Khoa học và Công nghệ rà soát thủ tục hành chính.\n",
            ["Sở Tài chính", "Sở Khoa học và Công nghệ"],
        ),
        (
            "3. Giám đốc các Sở: Y tế, Dân tộc và Tôn giáo chịu trách nhiệm thi hành Quyết định này.\n",
            ["Giám đốc Sở Y tế", "Giám đốc Sở Dân tộc và Tôn giáo"],
        ),
    ],
)
def test_va_between_two_portfolios_parts_departments_the_law_does_not_join(sentence, names):
    """Seventh twin of A3 (``Các Sở: A và B, C, D, E``) and its counter-part (``Tư pháp và Y tế``: no department's
    name, ``tables/portfolios.JOINED_BY_VA``)."""
    assert _canonical_leads(sentence) == names


def test_a_colon_list_opening_with_a_portfolio_whose_field_heads_a_faculty_is_its_members():
    """``Các Sở: Khoa học và Công nghệ, Nội vụ, …`` was cut into a heading ``Các Sở`` and a text (``Khoa`` heads a
    faculty, so the colon did not look like a list's); a wild decision's execution clause read the same way."""
    assert _canonical_leads(
        "1. Các Sở: Khoa học và Công nghệ, Nội vụ, Tư pháp, Y tế hoàn thành việc kết nối trước ngày 30/6/2033.\n"
    ) == ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"]


@pytest.mark.parametrize(
    "sentence,names",
    [
        # a member named for a capitalised verb (``Thu gom``, ``Tổ chức``, whose first syllable is a head)
        (
            "1. Các xí nghiệp: Thu gom - Vận chuyển rác, Cây xanh và Chiếu sáng, Thoát nước đô thị tăng ca làm vệ sinh.\n",
            ["Xí nghiệp Thu gom - Vận chuyển rác", "Xí nghiệp Cây xanh và Chiếu sáng", "Xí nghiệp Thoát nước đô thị"],
        ),
        (
            "2. Các phòng: Tổ chức cán bộ, Kế hoạch - Tài chính tổng hợp số liệu biên chế.\n",
            ["Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính"],
        ),
        # a member's compound noun whose last syllable is a verb (``Hậu cần``: ``cần``)
        (
            "3. Các ban: Tham mưu, Hậu cần - Kỹ thuật chuẩn bị thao trường.\n",
            ["Ban Tham mưu", "Ban Hậu cần - Kỹ thuật"],
        ),
        # counter-example: a post after the members ends the list (``Chỉ huy trưởng`` opens with ``chỉ huy``)
        (
            "4. Giám đốc các Sở: Y tế, Tài chính, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh kiểm tra công tác phòng dịch.\n",
            ["Giám đốc Sở Y tế", "Giám đốc Sở Tài chính", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Khánh Hòa"],
        ),
    ],
)
def test_a_member_named_for_a_verb_or_a_compound_holding_one_is_a_member(sentence, names):
    """Eighth twin of A3 (and the sixth): a member opening with a capitalised verb (``Thu gom``) ended the list
    before it, ``Tổ chức cán bộ`` was read as a heading's text (``Tổ``, a head) and ``Hậu cần`` was cut at ``cần``."""
    assert _canonical_leads(sentence) == names


def test_a_post_over_the_members_of_a_plural_of_three_words_goes_on_each():
    """Eighth twin of A3 (execution clause): ``Giám đốc các Ban Quản lý: A, B;`` (a head of three words) gave one
    name ``Giám đốc các Ban Quản lý`` and the members were lost."""
    body = (
        "QUYẾT ĐỊNH:\nĐiều 1. Công bố điểm du lịch năm 2032.\nĐiều 2. Giám đốc các Ban Quản lý: Khu du lịch Hồ Ngọc, "
        "Di tích Thành Lũy; Giám đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert _canonical_leads(body)[:2] == [
        "Giám đốc Ban Quản lý Khu du lịch Hồ Ngọc",
        "Giám đốc Ban Quản lý Di tích Thành Lũy",
    ]


@pytest.mark.parametrize(
    "sentence,names",
    [
        # a place's proper name in capitals, then a verb no list knows: the member ends with the name
        (
            "1. Các Đồn Biên phòng: Cửa Khe, Bãi Vẹm kiểm soát thủ tục xuất bến của tàu cá.\n",
            ["Đồn Biên phòng Cửa Khe", "Đồn Biên phòng Bãi Vẹm"],
        ),
        (
            "2. Các Trạm Kiểm lâm: Pa Cheo, Khe Sâu canh gác các cửa rừng trong mùa khô.\n",
            ["Trạm Kiểm lâm Pa Cheo", "Trạm Kiểm lâm Khe Sâu"],
        ),
        # ... or after the field's words in lower case (seventeenth twin of A3: ``Thông tin duyên hải Cửa Vạn``)
        (
            "3. Các Đài: Phát thanh và Truyền hình tỉnh, Thông tin duyên hải Mũi Né phát bản tin thời tiết biển.\n",
            ["Đài Phát thanh và Truyền hình tỉnh Khánh Hòa", "Đài Thông tin duyên hải Mũi Né"],
        ),
        (
            "4. Các Trạm: Bảo vệ thực vật Tân Hưng, Thú y Phú Lạc phun thuốc khử trùng.\n",
            ["Trạm Bảo vệ thực vật Tân Hưng", "Trạm Thú y Phú Lạc"],
        ),
    ],
)
def test_a_member_named_for_its_place_ends_where_its_capitals_end(sentence, names):
    """``Các Đồn Biên phòng: Cửa Khe, Bãi Vẹm kiểm soát …`` (twelfth twins of A3): a member whose first two words are
    capitalised is a place's proper name, which goes on in lower case no further (``Y học cổ truyền``, a field, does)."""
    assert _canonical_leads(sentence) == names


@pytest.mark.parametrize(
    "sentence,names",
    [
        (
            "1. Các Ngân hàng: Công Thương chi nhánh Vân Long, Ngoại thương chi nhánh Hà Sơn mở quầy thu phí.\n",
            ["Ngân hàng Công Thương chi nhánh Vân Long", "Ngân hàng Ngoại thương chi nhánh Hà Sơn"],
        ),
        (
            "2. Các Trường Đại học: Y Dược phân hiệu Lạc Giang, Nông Lâm phân hiệu Đồng Mai tuyển sinh bổ sung.\n",
            ["Trường Đại học Y Dược phân hiệu Lạc Giang", "Trường Đại học Nông Lâm phân hiệu Đồng Mai"],
        ),
    ],
)
def test_a_member_s_branch_after_its_capitals_is_the_member_s(sentence, names):
    """``Các Ngân hàng: Công Thương chi nhánh Vân Long, …`` (thirteenth twins of A3): a branch (``chi nhánh``,
    ``phân hiệu``) + its place after the member's capitals is the member's, not the verb after a place's name."""
    assert _canonical_leads(sentence) == names


def test_a_dashed_pair_whose_second_field_has_two_words_is_one_member():
    """Thirteenth twin of A3: ``Các tổ: Lễ tân - Buồng phòng, Bếp - Nhà hàng, Kỹ thuật - Bảo dưỡng bố trí …``: after
    a dash a member's next field opens anew (``Nhà hàng``), no place's proper name of two capitals (``Bếp - Nhà``)."""
    assert _canonical_leads(
        "1. Các tổ: Lễ tân - Buồng phòng, Bếp - Nhà hàng, Kỹ thuật - Bảo dưỡng bố trí nhân lực trực.\n"
    ) == ["Tổ Lễ tân - Buồng phòng", "Tổ Bếp - Nhà hàng", "Tổ Kỹ thuật - Bảo dưỡng"]


def test_a_later_member_opening_with_its_kind_in_lower_case_is_a_member():
    """``…, cửa khẩu cảng Biên Triều`` after capitalised members: the member's kind in lower case and its proper
    name, one member (twelfth twin of A3)."""
    names = _canonical_leads(
        "1. Các Đồn Biên phòng: Cửa Khe, Bãi Vẹm, cửa khẩu cảng Biên Triều tuần tra vùng biển giáp ranh.\n"
    )
    assert names == ["Đồn Biên phòng Cửa Khe", "Đồn Biên phòng Bãi Vẹm", "Đồn Biên phòng cửa khẩu cảng Biên Triều"]


@pytest.mark.parametrize(
    "sentence,names",
    [
        (
            "1. Các phân xưởng: Ép mía, Nấu đường và Lò hơi - Điện kiểm tra van an toàn.\n",
            ["Phân xưởng Ép mía", "Phân xưởng Nấu đường", "Phân xưởng Lò hơi - Điện"],
        ),
        ("2. Các xí nghiệp: Cơ khí, Bao bì tổ chức bảo dưỡng máy móc.\n", ["Xí nghiệp Cơ khí", "Xí nghiệp Bao bì"]),
        # ``và`` after a member closed by its number, or before a member that opens with the left one's first word:
        # two members (seventeenth twin of A3), where a field's own ``và`` joins words that differ
        (
            "3. Các nhà máy: Thủy điện Sông Lô 1, Thủy điện Sông Lô 2 và Thủy điện Pác Ma kiểm tra cửa xả.\n",
            ["Nhà máy Thủy điện Sông Lô 1", "Nhà máy Thủy điện Sông Lô 2", "Nhà máy Thủy điện Pác Ma"],
        ),
        (
            "4. Các xưởng: Cơ khí, Mộc Tân Yên và Mộc Bình Lư kiểm tra an toàn điện.\n",
            ["Xưởng Cơ khí", "Xưởng Mộc Tân Yên", "Xưởng Mộc Bình Lư"],
        ),
        (
            "5. Các phòng: Tư pháp, Văn hóa và Thông tin rà soát thủ tục.\n",
            ["Phòng Tư pháp", "Phòng Văn hóa và Thông tin"],
        ),
        # ``và`` between two proper names, every syllable capitalised (places, not fields): two members (twenty-second
        # twins of A3); a field's ``và`` joins words in lower case after their first (``Văn hóa và Thông tin``)
        (
            "6. Các ga: Tân Ấp, Bến Mới - Chợ Trạm và Đồng Cốc bố trí thêm quầy bán vé.\n",
            ["Ga Tân Ấp", "Ga Bến Mới - Chợ Trạm", "Ga Đồng Cốc"],
        ),
        (
            "7. Các bến: Thuận Phong, Cồn Tre và Mũi Né Đông kiểm tra áo phao cho khách.\n",
            ["Bến Thuận Phong", "Bến Cồn Tre", "Bến Mũi Né Đông"],
        ),
    ],
)
def test_a_lower_case_plural_no_list_knows_over_capitalised_members_is_distributed(sentence, names):
    """``Các phân xưởng: A, B và C - D <verb>`` (twelfth twin of A3): an unknown head in lower case, members in
    capitals, a verb after them; not a plural of what names no one (``Các nội dung: …``)."""
    assert _canonical_leads(sentence) == names


def test_a_lower_case_plural_of_what_names_no_one_is_no_colon_list():
    assert _canonical_leads("1. Các nội dung: Tuyên truyền, Kiểm tra được thực hiện hằng quý.\n") == []


@pytest.mark.parametrize(
    "sentence,names",
    [
        # twenty-first twin of A3: the last member's second field after its comma, then the verb
        (
            "1. Các Trung tâm: Y tế dự phòng, Truyền thông, giáo dục sức khỏe lập kế hoạch tiêm chủng.\n",
            ["Trung tâm Y tế dự phòng", "Trung tâm Truyền thông, giáo dục sức khỏe"],
        ),
    ],
)
def test_a_members_second_field_after_its_comma_is_its_own_before_the_verb(sentence, names):
    assert _canonical_leads(sentence) == names


def test_verbs_listed_after_a_members_comma_are_no_field_of_it():
    """Counter-example: ``…, Tài chính, kiểm tra, tổng hợp …``: a list of the predicate's verbs, no member's field."""
    names = _canonical_leads("1. Các Sở: Y tế, Tài chính, kiểm tra, tổng hợp hồ sơ đề nghị.\n")
    assert not any("kiểm tra" in (n or "") for n in names), names


def test_a_member_whose_field_opens_as_a_post_does_is_still_a_member():
    """Twenty-second twin of R1: ``Trưởng các phòng: Kiểm soát chi, Kế toán nhà nước; …`` in an execution clause:
    ``Kế toán`` heads posts elsewhere, but with its own words in lower case and no body after it (``nhà nước``) it
    is a department's field, the list's member (the list was dropped, the clause read as a task of ``Trưởng các
    phòng``); a post before the bodies it is of (``Thủ trưởng các cơ quan``) is still a name of its own."""
    names = _canonical_leads(
        "Điều 3. Chánh Văn phòng; Trưởng các phòng: Kiểm soát chi, Kế toán nhà nước; Thủ trưởng các cơ quan, đơn vị "
        "có liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert "Trưởng Phòng Kiểm soát chi" in names and "Trưởng Phòng Kế toán nhà nước" in names
    assert "Trưởng các phòng" not in names


@pytest.mark.parametrize(
    "sentence,names",
    [
        (
            (
                "Điều 3. Chánh Văn phòng Bộ; Cục trưởng các Cục: Phòng bệnh, Quản lý Dược; Thủ trưởng các đơn vị có "
                "liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
            ),
            ["Cục trưởng Cục Phòng bệnh", "Cục trưởng Cục Quản lý Dược"],
        ),
        (
            "2. Các Chi cục: Phòng chống thiên tai, Thủy lợi rà soát phương án ứng phó.\n",
            ["Chi cục Phòng chống thiên tai", "Chi cục Thủy lợi"],
        ),
    ],
)
def test_a_member_named_for_prevention_is_a_member_not_a_division(sentence, names):
    """Twenty-eighth twin of A3: ``Phòng bệnh`` / ``Phòng chống …`` after a plural head's colon is the member's field
    (prevention), not a division ``Phòng``: the line had become a heading ``Cục trưởng các Cục`` over the rest."""
    got = _canonical_leads(sentence)
    assert all(n in got for n in names), got


def test_a_member_closed_by_its_level_before_va_is_one_member_and_the_next_another():
    """Twenty-eighth twin of F4: ``Đề nghị các Hội: Nông dân xã, Liên hiệp Phụ nữ xã và Cựu chiến binh xã …``: a member
    that its place's level closes ends there (a field's name never goes on past the level), and ``Liên hiệp Phụ nữ``
    after ``Hội`` is the organisation's own name, not a body of its own."""
    body = (
        "2. Đề nghị các Hội: Nông dân xã, Liên hiệp Phụ nữ xã và Cựu chiến binh xã vận động hội viên góp ngày công.\n"
    )
    assert _canonical_leads(body) == ["Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã", "Hội Cựu chiến binh xã"]


def test_a_field_joined_by_va_before_its_level_stays_one_member():
    """Counter-example: ``Các Sở: Tư pháp, Nông nghiệp và Môi trường tỉnh`` + the verb: the level closes the whole
    field after ``và``, one member."""
    names = _canonical_leads("1. Các Sở: Tư pháp, Nông nghiệp và Môi trường rà soát hồ sơ.\n")
    assert "Sở Nông nghiệp và Môi trường" in names, names


@pytest.mark.parametrize("address", ["Các ông (bà)", "Các ông, bà", "Các ông/bà", "Các Ông (Bà)"])
def test_an_execution_clause_s_address_before_its_posts_names_none_and_loses_none(address):
    """Twenty-eighth twin of S2: ``Các ông (bà) Chánh Văn phòng Bộ; Vụ trưởng Vụ …; …`` + ``chịu trách nhiệm thi
    hành``: the address is who the posts after it are, its first post a lead too (it had been lost, with a second
    one whose name holds a comma)."""
    names = _canonical_leads(
        f"Điều 5. {address} Chánh Văn phòng Bộ; Vụ trưởng Vụ Phổ biến, giáo dục pháp luật; Giám đốc Sở Tư pháp tỉnh "
        "Gia Thụy chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert names[:2] == ["Chánh Văn phòng Bộ", "Vụ trưởng Vụ Phổ biến, giáo dục pháp luật"], names


def test_a_lower_case_collective_closed_by_its_level_lists_that_level_s_places():
    """Twenty-eighth twin of A3: ``Các điểm bưu điện văn hóa xã: Pa Tần, Nậm Khăn và Chà Cang`` + the verb: each commune's
    post office (the line had become a heading over its members, a lower-case collective of more than three words)."""
    body = "2. Các điểm bưu điện văn hóa xã: Pa Tần, Nậm Khăn và Chà Cang bố trí nhân viên hướng dẫn người dân.\n"
    assert _canonical_leads(body) == [
        "Điểm bưu điện văn hóa xã Pa Tần",
        "Điểm bưu điện văn hóa xã Nậm Khăn",
        "Điểm bưu điện văn hóa xã Chà Cang",
    ]


@pytest.mark.parametrize(
    "sentence,names",
    [
        # a place level's plural keeps its level in lower case before each place (``Trưởng thôn Khe Mạ``)
        (
            "1. Trưởng các thôn: Khe Mạ, Nà Sàng chịu trách nhiệm thi hành Quyết định này.\n",
            ["Trưởng thôn Khe Mạ", "Trưởng thôn Nà Sàng"],
        ),
        (
            "2. Trưởng Công an các xã: Mường Tè, Sìn Hồ rà soát hồ sơ cư trú.\n",
            ["Trưởng Công an xã Mường Tè", "Trưởng Công an xã Sìn Hồ"],
        ),
        # a place's name opening with a hamlet's word (``Bản Chắt``, ``Bản Vền``) is a member, not a hamlet of its own
        (
            "3. Trạm trưởng các Trạm Kiểm soát liên hợp: Pò Mày, Bản Chắt chịu trách nhiệm thi hành Quyết định này.\n",
            ["Trạm trưởng Trạm Kiểm soát liên hợp Pò Mày", "Trạm trưởng Trạm Kiểm soát liên hợp Bản Chắt"],
        ),
        (
            "4. Trưởng các thôn: Bản Vền, Khe Mạ và Nà Sàng chịu trách nhiệm thi hành Quyết định này.\n",
            ["Trưởng thôn Bản Vền", "Trưởng thôn Khe Mạ", "Trưởng thôn Nà Sàng"],
        ),
    ],
)
def test_a_place_level_s_plural_names_each_place_with_its_level_and_a_hamlet_s_word_opens_no_name(sentence, names):
    """A post over a place level's plural (``Trưởng các thôn: A, B``) is the post of each place, its level kept in
    lower case as the law writes it (``Trưởng thôn A``); a member whose place's name opens with a hamlet's word
    (``Bản Chắt``) is that place, not a hamlet heading a name of its own (twenty-ninth twins of R1, S2)."""
    assert _canonical_leads(sentence) == names


def test_a_hamlet_after_a_semicolon_still_opens_a_name_of_its_own():
    """Counter-example: after the colon list's ``;`` a hamlet with its own post is the sentence's next addressee."""
    names = _canonical_leads(
        "1. Trưởng các thôn: Khe Mạ, Nà Sàng; Trưởng bản Pá Khoang chịu trách nhiệm thi hành Quyết định này.\n"
    )
    assert names[:2] == ["Trưởng thôn Khe Mạ", "Trưởng thôn Nà Sàng"], names
    assert not any("Pá Khoang" in (n or "") and n.startswith("Trưởng thôn") for n in names), names


@pytest.mark.parametrize(
    "sentence,names",
    [
        (
            (
                "1. Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, Nông nghiệp và Môi trường, Xây dựng chịu trách nhiệm thi "
                "hành Quyết định này.\n"
            ),
            [
                "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
                "Giám đốc Sở Nông nghiệp và Môi trường",
                "Giám đốc Sở Xây dựng",
            ],
        ),
        # counter-example: a comma the alias table does not read across parts two members
        (
            "2. Giám đốc các Sở: Văn hóa, Xây dựng chịu trách nhiệm thi hành Quyết định này.\n",
            ["Giám đốc Sở Văn hóa", "Giám đốc Sở Xây dựng"],
        ),
    ],
)
def test_a_member_whose_known_name_holds_a_comma_stays_one_member(sentence, names):
    """``Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, …``: the plural's noun and the member make a name the alias
    table knows across its comma (``Sở Văn hóa, Thể thao và Du lịch``): one member, not two (twenty-ninth twins of A3)."""
    assert _canonical_leads(sentence) == names
