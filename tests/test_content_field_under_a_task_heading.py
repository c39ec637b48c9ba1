"""A ``Nội dung:`` line beside the item's own task heading elaborates it (decision 9: the item's heading is the task;
issue 52, twenty-fifth twin of T3: ``1. Mở lớp "Bình dân học vụ số" …`` / ``a) Nội dung: Hướng dẫn cài đặt ….`` /
``c) Cơ quan thực hiện: X``).  Counter: ``Nội dung:`` over activities of its own, or an item with no task heading,
keeps the content as the task."""

from __future__ import annotations

from test_rules import rows


def test_a_content_line_beside_a_task_heading_leaves_the_heading_as_the_task() -> None:
    got = rows(
        "1. Mở lớp tập huấn kỹ năng số tại nhà văn hóa các thôn\n\n"
        "a) Nội dung: Hướng dẫn cài đặt ứng dụng định danh điện tử. Mỗi lớp tối đa 30 học viên.\n\n"
        "b) Cơ quan thực hiện: Trung tâm Chuyển đổi số tỉnh.\n\nc) Thời gian: Quý III/2053.\n",
        "assignee",
        "task",
        "deadline",
    )
    assert got == [
        ("Trung tâm Chuyển đổi số tỉnh", "Mở lớp tập huấn kỹ năng số tại nhà văn hóa các thôn", "2053-09-30")
    ], got


def test_content_over_activities_of_its_own_gives_each_activity() -> None:
    got = rows(
        "1. Mở lớp tập huấn kỹ năng số\n\na) Nội dung:\n\n- Hướng dẫn cài đặt ứng dụng định danh điện tử.\n\n"
        "- Hướng dẫn thanh toán trực tuyến.\n\nb) Cơ quan thực hiện: Trung tâm Chuyển đổi số tỉnh.\n",
        "task",
    )
    assert [t for (t,) in got] == ["Hướng dẫn cài đặt ứng dụng định danh điện tử.", "Hướng dẫn thanh toán trực tuyến."]


def test_content_under_a_topic_heading_is_the_task() -> None:
    got = rows(
        "1. Kỹ năng số\n\na) Nội dung: Hướng dẫn cài đặt ứng dụng định danh điện tử.\n\n"
        "b) Cơ quan thực hiện: Trung tâm Chuyển đổi số tỉnh.\n",
        "task",
    )
    assert got == [("Hướng dẫn cài đặt ứng dụng định danh điện tử.",)], got


def test_a_content_or_works_bullet_beside_a_task_heading_leaves_the_heading_as_the_task() -> None:
    """Twenty-fifth twin of S1: ``- Hạng mục: 04 cổng thành …`` (the works' parts) and a dash ``- Nội dung: …`` line,
    their labels in the bullet's text, elaborate the item's heading as a lettered ``Nội dung:`` line does."""
    got = rows(
        "2. Lắp đặt hệ thống đèn trang trí tại khu di tích\n\n- Hạng mục: 04 cổng thành và đoạn tường phía Nam.\n"
        "- Cơ quan chủ trì: Ban Quản lý dự án đầu tư xây dựng thành phố.\n\n3. Mở lớp tập huấn kỹ năng số\n\n"
        "- Nội dung: Hướng dẫn cài đặt ứng dụng.\n- Cơ quan chủ trì: Trung tâm Chuyển đổi số tỉnh.\n",
        "assignee",
        "task",
    )
    assert got == [
        ("Ban Quản lý dự án đầu tư xây dựng thành phố", "Lắp đặt hệ thống đèn trang trí tại khu di tích"),
        ("Trung tâm Chuyển đổi số tỉnh", "Mở lớp tập huấn kỹ năng số"),
    ], got


def test_a_works_line_leaves_the_heading_as_the_task_whatever_its_verb() -> None:
    """Twenty-fifth twin of S1: ``- Hạng mục: …`` lists the parts of the works an item's heading names, never a task
    of its own, so the heading is the task even when its verb is in no list (``Chiếu sáng …``, ``Tôn tạo …``)."""
    got = rows(
        "2. Chiếu sáng nghệ thuật các công trình trong khu di tích\n\n- Hạng mục: 04 cổng thành và đoạn tường"
        " thành phía Nam.\n- Cơ quan chủ trì: Ban Quản lý dự án đầu tư xây dựng thành phố.\n\n"
        "3. Phục dựng cổng tam quan đình làng\n\n- Hạng mục: mái ngói, hệ cột gỗ lim.\n"
        "- Cơ quan chủ trì: Trung tâm Bảo tồn di tích tỉnh.\n",
        "assignee",
        "task",
    )
    assert got == [
        ("Ban Quản lý dự án đầu tư xây dựng thành phố", "Chiếu sáng nghệ thuật các công trình trong khu di tích"),
        ("Trung tâm Bảo tồn di tích tỉnh", "Phục dựng cổng tam quan đình làng"),
    ], got
