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


def test_vbparse_parse_is_the_function_after_every_stage_module_is_imported():
    """Importing a subpackage sets the package's attribute of its name: a stage package named ``parse``
    made ``vbparse.parse`` that package once the pipeline had loaded it (issue 25).  Every module a parse
    runs is imported here, the way ``vbparse.stamp`` lists them."""
    import importlib

    import vbparse
    from vbparse.stamp import parser_sources

    root = Path(vbparse.__file__).parent
    for path in parser_sources(root):
        rel = path.relative_to(root).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        importlib.import_module(".".join(("vbparse", *parts)))
    assert callable(vbparse.parse) and not isinstance(vbparse.parse, type(vbparse))
    assert vbparse.parse(text="KẾ HOẠCH\nSố: 42/KH-UBND").number.value == "42/KH-UBND"
