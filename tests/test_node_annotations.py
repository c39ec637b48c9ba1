"""The annotation pass (issue 54: one pass per node): a text's sentences with their subjects, and the spans of the
records' cues, found once, each with the record that found it. Invented sentences."""

from __future__ import annotations

import pytest
from test_rules import HEADER

from vbparse.explain import explain_result, render
from vbparse.extract.assignees import GATED_HEADS
from vbparse.extract.node_annotations import CUE_RECORDS, FIELD_RECORD, annotate, subject_groups
from vbparse.read import read_text_string
from vbparse.tables.rules import RULES_BY_ID, record_pattern


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, text[s.start : s.end].strip(), s.record) for s in annotate(text).spans]


def test_a_sentence_is_annotated_with_its_subject_and_the_records_cues():
    text = "Đề nghị Hội Nông dân tỉnh phối hợp với Sở Tài chính rà soát, báo cáo trước ngày 15/7/2027."
    found = _found(text)
    assert ("request", "Đề nghị", "mode.request") in found
    assert ("subject", "Hội Nông dân tỉnh", "name.head") in found
    assert ("partner", "phối hợp với", "support.partner") in found
    assert any(kind == "deadline" and record == "deadline.task" for kind, _t, record in found)


def test_a_labelled_field_and_a_not_task_clause_are_found_by_their_records():
    text = "Ban Quản lý dự án chịu trách nhiệm trước Chủ tịch UBND huyện nếu để xảy ra chậm trễ.\n- Đơn vị phối hợp: Kho bạc."
    found = _found(text)
    assert ("not_task", "nếu để xảy ra", "not_task.liability") in found
    assert ("field", "- Đơn vị phối hợp: Kho bạc.", FIELD_RECORD) in found


def test_a_sentence_without_a_subject_goes_with_the_one_before_it():
    text = (
        "Phòng Kinh tế tham mưu kế hoạch thu hoạch lúa. Thời gian xong trước ngày 10/9/2027. Trạm Khuyến nông hỗ trợ."
    )
    groups = subject_groups(text)
    assert [g for g, _s in groups] == [
        "Phòng Kinh tế tham mưu kế hoạch thu hoạch lúa. Thời gian xong trước ngày 10/9/2027.",
        "Trạm Khuyến nông hỗ trợ.",
    ]
    assert [g.start for g in annotate(text).groups] == [0, text.index("Trạm")]


def test_each_reader_gets_its_own_copy_of_a_kept_subject():
    text = "Sở Nội vụ tổng hợp danh sách cán bộ."
    first = subject_groups(text)
    assert first[0][1] is not None
    first[0][1][0].clear()  # a reader that changes its names changes no other reader's
    assert subject_groups(text)[0][1][0]


def test_a_kept_annotation_still_notes_the_heads_it_turned_away_for_the_document_reading_it():
    text = "Xí nghiệp Thủy lợi Đông Hòa nạo vét kênh mương nội đồng."
    for _ in range(2):  # the second time from the kept annotation
        gated: set[str] = set()
        token = GATED_HEADS.set(gated)
        try:
            annotate(text)
        finally:
            GATED_HEADS.reset(token)
        assert "xi nghiep" in gated


@pytest.mark.parametrize("record", [r for _k, r in CUE_RECORDS] + [FIELD_RECORD])
def test_every_cue_the_pass_finds_is_a_records_pattern(record):
    assert record in RULES_BY_ID and record_pattern(record) is not None


def test_explain_of_one_line_prints_what_was_found_on_it_even_where_nothing_was_proposed():
    text = HEADER + "1. Trạm Thủy văn Sông Cầu đo đạc mực nước hằng ngày.\n- Đơn vị chủ trì: Trạm Thủy văn.\n"
    line = text.split("\n").index("- Đơn vị chủ trì: Trạm Thủy văn.") + 1
    out = render(explain_result(read_text_string(text)), line)
    assert "found on the line" in out and "field 'Đơn vị chủ trì: Trạm Thủy văn.' [fields.item]" in out, out


@pytest.mark.parametrize(
    "record,module",
    [
        ("support.partner", "obligation_emit"),
        ("mode.request", "obligation_subjects"),
        ("lead_in.items", "obligation_names"),
        ("deadline.task", "deadlines"),
        ("fields.item", "obligation_fields"),
    ],
)
def test_a_reader_looks_its_cue_up_in_the_record_so_a_record_without_it_stops_the_reader(record, module):
    """The record is the rule: its reader takes the cue from it, and a record whose pattern is gone fails the reader at
    import, not a constant the reader kept apart."""
    import subprocess
    import sys

    code = (
        "import dataclasses\nfrom vbparse.tables import rules\n"
        f"rules.RULES_BY_ID[{record!r}] = dataclasses.replace(rules.RULES_BY_ID[{record!r}], pattern=None)\n"
        f"import vbparse.extract.{module}\n"
    )
    run = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120)
    assert run.returncode != 0 and f"rule {record!r} holds no pattern" in run.stderr, run.stderr[-300:]
    assert obligation_reader_cue(module, record) is record_pattern(record)


def obligation_reader_cue(module: str, record: str):
    import importlib

    names = {
        "support.partner": "PARTNER",
        "mode.request": "REQUEST_IN_SENTENCE",
        "lead_in.items": "TASK_LIST_INTRO",
        "deadline.task": "DEADLINE_CUE",
        "fields.item": "FIELD_LABEL",
    }
    return getattr(importlib.import_module(f"vbparse.extract.{module}"), names[record])
