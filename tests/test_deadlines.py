"""Deadlines (tables/deadlines.py, extract/deadlines.py): the last day the text allows, its precision and
recurrence, from the wordings of real plans."""

from __future__ import annotations

import datetime as dt

import pytest

from vbparse.extract.deadlines import find_deadline

D = dt.date


@pytest.mark.parametrize(
    "text,cued,date,precision,recurrence",
    [
        # prose: only after a deadline word
        ("hoàn thành trước ngày 30/6/2026", True, D(2026, 6, 30), "day", None),
        ("xong trong quý II năm 2026", True, D(2026, 6, 30), "quarter", None),
        ("Thời gian xong trước ngày 10/9/2023.", True, D(2023, 9, 10), "day", None),
        ("báo cáo kết quả về Sở Nội vụ trước ngày 10/9", True, D(2026, 9, 10), "day", None),  # the plan's year
        ("trước ngày 15/7 hằng năm", True, D(2026, 7, 15), "day", "yearly"),
        ("trước ngày 18 hằng tháng", True, None, None, "monthly"),
        ("tổ chức hội nghị ngày 20/5/2026", True, None, None, None),  # when it happens, not a deadline
        ("định kỳ hằng tuần", True, None, None, "weekly"),
        # the day of the occasion a task is held on (03); an occasion with no date gives none
        ("tổ chức các sự kiện tuyên truyền nhân ngày Chuyển đổi số Quốc gia 10/10", True, D(2026, 10, 10), "day", None),
        ("tổ chức hội nghị nhân dịp Tết Nguyên đán", True, None, None, None),
        ("tổ chức hoạt động tri ân nhân ngày 20/11", True, D(2026, 11, 20), "day", None),
        ("gặp mặt nhân dịp năm mới 2026", True, None, None, None),
        # a time that opens the task's sentence is the time it is set for (04); a bare year there is not one
        ("Quý I/2027, các cơ quan, đơn vị đánh giá kết quả thực hiện", True, D(2027, 3, 31), "quarter", None),
        ("Trong tháng 12/2026, Sở Nội vụ tổng hợp", True, D(2026, 12, 31), "month", None),
        ("2026, năm bản lề của kế hoạch", True, None, None, None),
        # one named month is a one-off deadline, not each month's
        ("Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện", True, D(2026, 1, 31), "month", None),
        ("hoàn thành trong tháng 3/2026", True, D(2026, 3, 31), "month", None),
        ("tổng hợp, báo cáo kết quả trong tháng", True, None, None, "monthly"),
        # a table's time column: every date counts
        ("Tháng 8/2024", False, D(2024, 8, 31), "month", None),
        ("Năm 2026", False, D(2026, 12, 31), "year", None),
        ("Trong năm 2026", False, D(2026, 12, 31), "year", None),
        ("2024 - 2025", False, D(2025, 12, 31), "year", None),
        ("Quý I/2026", False, D(2026, 3, 31), "quarter", None),
        ("Từ tháng 3 đến tháng 9/2026", False, D(2026, 9, 30), "month", None),
        ("Từ 01/3/2026 đến 30/4/2026", False, D(2026, 4, 30), "day", None),
        ("Trước ngày 31/01 năm liền kề", False, D(2027, 1, 31), "day", "yearly"),
        ("Trước ngày 05 của tháng liền kề", False, None, None, "monthly"),
        ("Thường xuyên", False, None, None, "continuous"),
        ("Thường xuyên trong năm", False, None, None, "continuous"),
        ("Thường xuyên kiểm tra, đôn đốc các đơn vị", True, None, None, "continuous"),
        # a budget's recurrent spending and a trait of what passes are no cadence (issue 53's board reading)
        ("cắt giảm, tiết kiệm chi thường xuyên để tăng chi đầu tư", True, None, None, None),
        ("bố trí kinh phí thường xuyên của cơ quan", True, None, None, None),
        ("các tuyến đường có phương tiện thường xuyên đi qua", True, None, None, None),
        ("Theo hướng dẫn của Trung ương", False, None, None, None),
        ("31/2/2026", False, None, None, None),  # no such day: nothing invented
    ],
)
def test_deadline_forms(text, cued, date, precision, recurrence):
    d = find_deadline(text, 2026, cued=cued)
    assert (d.date, d.precision, d.recurrence) == (date, precision, recurrence)


def test_deadline_keeps_the_words_that_state_it():
    d = find_deadline("Sở Nội vụ tổng hợp, báo cáo trước ngày 15/12/2026.", 2026)
    assert d.raw and "15/12/2026" in d.raw


def test_a_time_column_that_points_elsewhere_gives_no_date():
    for cell in (
        "Theo Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của tỉnh",
        "Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ",
    ):
        d = find_deadline(cell, 2026, cued=False)
        assert d.date is None and d.raw


@pytest.mark.parametrize(
    "title,year",
    [
        ("Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng", 2026),  # issued in December 2025
        ("Thực hiện Chương trình phòng, chống ma túy đến năm 2030", None),
        ("Phát triển các khu công nghiệp giai đoạn 2026 - 2030", None),
        ("Kiểm tra, cấp Giấy chứng nhận huấn luyện", None),
    ],
)
def test_the_year_a_plan_is_for_comes_from_its_title(title, year):
    from vbparse.extract.deadlines import plan_year_of

    assert plan_year_of(title) == year


@pytest.mark.parametrize(
    "text,cued,due",
    [
        ("Trước năm 2030", False, dt.date(2029, 12, 31)),  # a period that must not have begun
        ("hoàn thành trước năm 2028 và duy trì vận hành", True, dt.date(2027, 12, 31)),
        ("trước quý III/2026", True, dt.date(2026, 6, 30)),
        ("trình trước tháng 9/2026", True, dt.date(2026, 8, 31)),
        ("trước ngày 30/9/2026", True, dt.date(2026, 9, 30)),  # a day is kept
    ],
)
def test_before_a_year_quarter_or_month_is_due_the_day_before_it_begins(text, cued, due):
    assert find_deadline(text, 2026, cued=cued).date == due


@pytest.mark.parametrize(
    "text,due",
    [
        ("Hoàn thành trong năm 2026 và có rà soát, cập nhật trong các năm tiếp theo (nếu có)", dt.date(2026, 12, 31)),
        ("Thực hiện trong quý II năm 2027 và bổ sung trong những năm tiếp theo", dt.date(2027, 6, 30)),
        ("Năm 2026 và các năm tiếp theo", None),  # open right after its year: no last day
        ("Từ năm 2027 trở đi", None),
    ],
)
def test_only_an_open_end_right_after_the_date_leaves_it_without_a_last_day(text, due):
    assert find_deadline(text, 2026, cued=False).date == due


def test_after_a_year_in_a_time_column_starts_a_period_and_is_no_due_date():
    got = find_deadline("Thí điểm trong giai đoạn 2026 - 2027 và nhân rộng sau năm 2028", 2026, cued=False)
    assert got.date == dt.date(2027, 12, 31)


def test_a_target_year_after_vao_is_the_tasks_deadline():
    assert find_deadline("giảm tỷ lệ rác thải nhựa xuống dưới 10% vào năm 2030", 2026).date == dt.date(2030, 12, 31)
    assert find_deadline("tổ chức hội nghị vào sáng thứ Hai", 2026).date is None


def test_a_time_counted_in_working_days_from_signing_skips_weekends_and_tet():
    from vbparse.extract.deadlines import relative_deadline

    signed = dt.date(2026, 2, 10)  # a Tuesday; Tết 2026 is 16-20 February
    got = relative_deadline("Các sở báo cáo trong 10 ngày làm việc kể từ ngày ký.", signed)
    assert got is not None and got.date == dt.date(2026, 3, 3) and got.raw.startswith("trong 10 ngày làm việc")
    # calendar days that end on a Sunday end on the next working day
    assert relative_deadline("chậm nhất 12 ngày kể từ ngày Kế hoạch này được ban hành", signed).date == dt.date(
        2026, 2, 23
    )
    # counted from another event: the words, no date
    assert relative_deadline("trong thời hạn 10 ngày kể từ ngày nhận hồ sơ", signed) is None
    assert relative_deadline("trong 10 ngày làm việc kể từ ngày ký", None).date is None


def test_a_plans_relative_deadline_is_counted_from_its_issue_date():
    from vbparse import parse

    doc = parse(
        text="ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 30/KH-UBND\nLạng Sơn, ngày 10 tháng 02 năm 2026\nKẾ HOẠCH\n"
        "Rà soát thủ tục hành chính\nI. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tư pháp tổng hợp, báo cáo kết quả trong 10 ngày làm việc kể từ ngày ký Kế hoạch này.\n"
    )
    (ob,) = doc.obligations
    assert ob.deadline == dt.date(2026, 3, 3) and "deadline.task" in ob.evidence


@pytest.mark.parametrize(
    ("days_left", "mark"),
    [(0, 1), (1, 1), (2, 3), (3, 3), (4, 7), (7, 7), (8, None), (-1, None)],
)
def test_a_deadline_is_within_the_nearest_reminder_it_has_reached(days_left, mark):
    from vbparse.tables.deadlines import reminder_mark

    today = dt.date(2026, 2, 27)
    assert reminder_mark(today + dt.timedelta(days=days_left), today) == mark
    assert reminder_mark(None, today) is None


@pytest.mark.parametrize(
    "text",
    [
        "hỗ trợ hộ nghèo có nhà ở xây dựng trước ngày 01/01/2010",
        "rà soát các dự án được phê duyệt trước ngày 15/3/2020",
        "thu hồi giấy chứng nhận đã cấp trước ngày 01/7/2014 cho các hộ",
        "kiểm kê công trình đưa vào sử dụng trước ngày 31/12/2015",
        "lưu trữ các hồ sơ tiếp nhận từ ngày 01/01/2020 đến ngày 31/12/2020",
    ],
)
def test_a_date_that_qualifies_a_thing_is_no_deadline(text):
    """Issue 53: ``nhà ở xây dựng trước ngày 01/7/2006`` made a task overdue since 2006: the date says which
    houses, not when the task is due."""
    assert find_deadline(text, 2026).date is None


@pytest.mark.parametrize(
    "text,due",
    [
        ("Hoàn thành trước ngày 30/6/2024", D(2024, 6, 30)),
        ("báo cáo kết quả trước ngày 15/12/2023", D(2023, 12, 15)),
        ("hoàn thiện hồ sơ, trình UBND tỉnh phê duyệt trước ngày 30/9/2026", D(2026, 9, 30)),
        ("cấp giấy chứng nhận cho các hộ trước ngày 31/10/2026", D(2026, 10, 31)),
        ("Kế hoạch phải được ban hành trước ngày 15/4/2026", D(2026, 4, 15)),
        ("rà soát nhà ở xây dựng trước ngày 01/01/2010, hoàn thành trước ngày 30/11/2026", D(2026, 11, 30)),
    ],
)
def test_a_date_after_the_tasks_own_words_is_its_deadline(text, due):
    assert find_deadline(text, 2026).date == due


def test_a_plans_task_about_old_houses_is_not_overdue_since_their_date():
    from vbparse import parse

    plan = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 12/KH-UBND\nYên Bái, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Hỗ trợ cải tạo nhà ở năm 2026\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Xây dựng hướng dẫn hỗ trợ hộ nghèo có nhà ở xây dựng trước ngày 01/01/2010.\n"
        "2. Sở Tài chính rà soát các dự án được phê duyệt trước ngày 15/3/2020, hoàn thành trước ngày 30/6/2026.\n"
    )
    by_lead = {o.assignee.raw: o for o in parse(text=plan).obligations}
    assert by_lead["Sở Xây dựng"].deadline is None
    assert by_lead["Sở Tài chính"].deadline == D(2026, 6, 30)


@pytest.mark.parametrize(
    "text,raw,day",
    [
        ("Trước ngày 05 của tháng liền kề", "Trước ngày 05 của tháng liền kề", "05"),
        ("gửi báo cáo trước ngày 10 của tháng tiếp theo", "trước ngày 10 của tháng tiếp theo", "10"),
        ("báo cáo tiến độ giải ngân chậm nhất ngày 20 tháng sau", "chậm nhất ngày 20 tháng sau", "20"),
        ("trước ngày 18 hằng tháng", "trước ngày 18 hằng tháng", "18"),  # every month's own day, as before
    ],
)
def test_a_monthly_day_keeps_its_day_and_which_month(text, raw, day):
    """Issue 53: ``Trước ngày 05 của tháng liền kề`` kept only ``của tháng liền kề``: the day was lost."""
    from vbparse.tables.deadlines import MONTHLY_DAY

    for cued in (True, False):
        d = find_deadline(text, 2026, cued=cued)
        assert (d.date, d.recurrence, d.raw) == (None, "monthly", raw)
        assert MONTHLY_DAY.search(d.raw).group("day") == day


@pytest.mark.parametrize(
    "text",
    ["triển khai trong các tháng tiếp theo", "tổ chức hội nghị vào tháng sau", "hoàn thành trước ngày 10 tháng 6"],
)
def test_a_following_month_without_a_day_of_it_is_no_monthly_task(text):
    assert find_deadline(text, 2026).recurrence is None


@pytest.mark.parametrize(
    "text,due",
    [
        ("thẩm định danh mục cầu treo cần sửa chữa trong năm 2029 trước ngày 30/4/2029.", dt.date(2029, 4, 30)),
        ("rà soát các hộ cần hỗ trợ trong quý III/2030, gửi danh sách chậm nhất ngày 15/6/2030.", dt.date(2030, 6, 15)),
        # the period alone, or a day inside it as the time of the task: as before
        ("tổ chức kiểm tra các cơ sở trong năm 2029.", dt.date(2029, 12, 31)),
        ("Trong tháng 5/2030, tổ chức hội nghị sơ kết vào ngày 20/5/2030.", dt.date(2030, 5, 31)),
    ],
)
def test_a_day_due_after_a_period_the_task_speaks_of_is_its_deadline(text, due):
    """``… cần sửa chữa trong năm 2029 trước ngày 30/4/2029``: ``trong năm 2029`` says which repairs (the year they
    fall in), ``trước ngày 30/4/2029`` when the task is due; a period with ``trong`` read first gives way to a later
    day that a deadline word (``trước``, ``chậm nhất``) fixes."""
    assert find_deadline(text, 2029).date == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("bố trí cán bộ y tế trực tại mỗi điểm thi trong các ngày 11 và 12 tháng 6 năm 2057.", dt.date(2057, 6, 12)),
        ("trực tại các điểm thi trong các ngày 10, 11 và 12/6/2057.", dt.date(2057, 6, 12)),
        ("bố trí lực lượng trực trong các ngày nghỉ lễ.", None),  # counter-example: no day listed
    ],
)
def test_days_listed_before_their_month_are_due_on_the_last(text, due):
    """Twenty-eighth twin of T2: ``trong các ngày 11 và 12 tháng 6 năm 2057`` (an event on two days): its deadline is
    the last day (decision: a day, a month and a year fixed)."""
    assert find_deadline(text, 2057).date == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "tổ chức Ngày hội đọc sách. Thời gian tổ chức: Sáng Chủ nhật, ngày 22/4/2057, hưởng ứng Ngày Sách.",
            dt.date(2057, 4, 22),
        ),
        ("báo cáo kết quả trước chiều thứ Sáu, ngày 10/5/2057.", dt.date(2057, 5, 10)),
        ("tổ chức sinh hoạt vào sáng Chủ nhật hằng tuần.", None),  # counter-example: no date
    ],
)
def test_the_part_of_the_day_and_the_weekday_before_a_date_keep_it_due(text, due):
    """Twenty-eighth twin of T2: ``Thời gian tổ chức: Sáng Chủ nhật, ngày 22/4/2057``: the time field of an event held
    on a day (its label had been no cue) and the part of the day with the weekday before the date."""
    assert find_deadline(text, 2057).date == due
