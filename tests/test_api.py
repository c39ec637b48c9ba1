"""The Python API is explicit about what is a file and what is text, and text never raises."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import seed

from vbparse import ReadError, parse, parse_text


def test_a_missing_file_name_is_an_error_not_a_document():
    for name in ("typo.txt", "Kế hoạch 42.docx", "scans/plan.PDF"):
        with pytest.raises(ReadError, match="file not found"):
            parse(name)


def test_an_existing_file_is_read_by_path_or_string():
    path = seed("002")
    assert parse(path).number.value == parse(str(path)).number.value == "42/KH-UBND"
    assert parse(path).source.path == str(path)


def test_text_is_parsed_as_text_through_parse_text_or_text_keyword():
    text = seed("002").read_text(encoding="utf-8")
    assert parse_text(text).number.value == parse(text=text).number.value == "42/KH-UBND"
    assert parse_text("typo.txt").source.path is None  # parse_text never looks for a file


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "x" * 300,
        "x" * 4000,
        "a" * 70000,
        "\ud800 lone surrogate \udfff",
        "\x00\x01\x02",
        "Số: 42/KH-UBND" * 500,
        "/" * 5000,
        "KẾ HOẠCH\n" + "1. " * 3000,
    ],
)
def test_no_text_raises(text):
    doc = parse(text) if "\n" not in text and len(text) > 255 else parse_text(text)
    assert doc.source.chars >= 0


def test_lone_surrogates_are_replaced_and_reported():
    doc = parse_text("KẾ HOẠCH\nVề việc \ud83d thi đua")
    assert any(d.code == "replaced_characters" for d in doc.diagnostics)
    doc.model_dump_json()  # the result serialises


def test_a_path_object_that_does_not_exist_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="not found"):
        parse(Path(tmp_path / "nowhere.txt"))


def test_vbparse_parse_is_the_function_whatever_was_imported_before():
    """The parse stage is the subpackage ``vbparse.parse``; importing it (through the pipeline, or directly)
    must not make ``from vbparse import parse`` the subpackage (regression: it did once the public names
    became lazy)."""
    import subprocess
    import sys

    for first in ("vbparse.pipeline", "vbparse.parse.structure", "vbparse.store.archive"):
        code = (
            f"import {first}\nfrom vbparse import parse\n"
            "print(type(parse).__name__, parse(text='KẾ HOẠCH\\nSố: 42/KH-UBND').number.value)"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert out.split() == ["function", "42/KH-UBND"], (first, out)
