"""Compiled patterns kept between runs (``vbparse.pattern_cache``): read back without compiling, the same as
compiled, never a failure when the file is damaged, foreign or cannot be written."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import pytest
import regex

from vbparse import pattern_cache

#: an invented pattern with a named group, a property class and a flag, as the tables have
_PATTERN = r"(?P<so>\d+)/(?P<kh>KH)-(?P<issuer>\p{Lu}+(?:-\p{Lu}+)*)"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("VBPARSE_PATTERN_CACHE", str(tmp_path))
    pattern_cache.forget()
    yield tmp_path
    pattern_cache.forget()


def _compiling_counted(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = regex.compile

    def counted(pattern, flags=0, *args, **kwargs):
        calls.append(pattern)
        return real(pattern, flags, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", counted)
    return calls


def test_a_kept_pattern_is_read_back_without_compiling_and_matches_alike(cache_dir, monkeypatch):
    first = pattern_cache.compiled(_PATTERN, regex.IGNORECASE)
    assert pattern_cache.save()
    pattern_cache.forget()
    calls = _compiling_counted(monkeypatch)
    again = pattern_cache.compiled(_PATTERN, regex.IGNORECASE)
    assert calls == []
    text = "Số: 42/kh-UBND ngày 3/3/2025"
    assert (
        again.search(text).groupdict()
        == first.search(text).groupdict()
        == {
            "so": "42",
            "kh": "kh",
            "issuer": "UBND",
        }
    )
    assert (again.pattern, again.flags, again.groupindex) == (first.pattern, first.flags, first.groupindex)


def test_only_the_patterns_asked_for_are_read_from_the_file(cache_dir, monkeypatch):
    """A file shared by every version holds a thousand patterns; a query needs a hundred (issue 53)."""
    other = r"(?P<ngay>\d{1,2})/(?P<thang>\d{1,2})"
    pattern_cache.compiled(_PATTERN)
    pattern_cache.compiled(other)
    assert pattern_cache.save()
    pattern_cache.forget()
    read: list[bytes] = []
    real = pickle.loads
    monkeypatch.setattr(pickle, "loads", lambda data: read.append(data) or real(data))
    calls = _compiling_counted(monkeypatch)
    assert pattern_cache.compiled(other).match("30/6").group("thang") == "6"
    assert calls == [] and len(read) == 1
    assert pattern_cache.compiled(other) is pattern_cache.compiled(other) and len(read) == 1


def test_a_damaged_entry_means_compiling_that_pattern_again(cache_dir, monkeypatch):
    pattern_cache.compiled(_PATTERN)
    assert pattern_cache.save()
    path = pattern_cache.cache_file()
    with open(path, "rb") as f:
        kept = pickle.load(f)
    with open(path, "wb") as f:
        pickle.dump({k: b"not a pickle" for k in kept}, f)
    pattern_cache.forget()
    calls = _compiling_counted(monkeypatch)
    assert pattern_cache.compiled(_PATTERN).match("7/KH-UBND")
    assert calls == [_PATTERN]


def test_nothing_is_written_when_no_pattern_was_new(cache_dir):
    pattern_cache.compiled(_PATTERN)
    assert pattern_cache.save()
    pattern_cache.forget()
    pattern_cache.compiled(_PATTERN)
    assert not pattern_cache.save()


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps(["a", "list"]), pickle.dumps({"k": 1})])
def test_a_damaged_file_means_compiling_again(cache_dir, monkeypatch, content):
    path = pattern_cache.cache_file()
    with open(path, "wb") as f:
        f.write(content)
    os.chmod(path, 0o600)
    calls = _compiling_counted(monkeypatch)
    assert pattern_cache.compiled(_PATTERN).match("7/KH-UBND")
    assert calls == [_PATTERN]
    assert pattern_cache.save()  # and the file is whole again


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners are POSIX")
def test_a_file_others_may_write_is_not_loaded(cache_dir, monkeypatch):
    pattern_cache.compiled(_PATTERN)
    assert pattern_cache.save()
    os.chmod(pattern_cache.cache_file(), 0o666)
    pattern_cache.forget()
    calls = _compiling_counted(monkeypatch)
    pattern_cache.compiled(_PATTERN)
    assert calls == [_PATTERN]


def test_a_folder_that_cannot_be_written_is_no_failure(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VBPARSE_PATTERN_CACHE", str(blocker / "cache"))
    pattern_cache.forget()
    try:
        assert pattern_cache.compiled(_PATTERN).match("7/KH-UBND")
        assert not pattern_cache.save()
        assert blocker.read_text() == "not a folder"
    finally:
        pattern_cache.forget()


def test_an_empty_setting_turns_keeping_off(tmp_path, monkeypatch):
    monkeypatch.setenv("VBPARSE_PATTERN_CACHE", "")
    pattern_cache.forget()
    try:
        assert pattern_cache.cache_file() is None
        pattern_cache.compiled(_PATTERN)
        assert not pattern_cache.save()
    finally:
        pattern_cache.forget()


def test_longest_first_is_the_same_whatever_the_set_order():
    assert pattern_cache.longest_first({"Sở", "Ban", "Bộ", "Cục", "Ủy ban"}) == ["Ủy ban", "Ban", "Cục", "Bộ", "Sở"]


@pytest.mark.slow
def test_every_process_compiles_the_same_pattern_texts(tmp_path):
    """Alternations built from sets were ordered by set iteration, which differs between processes
    (string hashing is seeded), so each start compiled patterns no earlier run had kept."""
    kept = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed, "VBPARSE_PATTERN_CACHE": str(folder)}
        subprocess.run(
            [sys.executable, "-c", "import vbparse.pipeline, vbparse.store.archive, vbparse.web"], env=env, check=True
        )
        (path,) = folder.iterdir()
        with open(path, "rb") as f:
            kept.append(set(pickle.load(f)))
    assert len(kept[0]) > 300
    assert kept[0] == kept[1]


# --- gated patterns: searched only where one of their words stands ----------------------------------------


def test_a_gated_pattern_answers_as_its_pattern_where_the_gate_opens():
    pattern = regex.compile(r"(?i)(?<![\p{L}])(?:hằng|hàng)\s+(?P<kind>tháng|quý)")
    gate = pattern_cache.gated(pattern, "hằng", "hàng")
    for text in ("báo cáo HẰNG THÁNG về Sở", "gửi hàng quý", "Hằng\ntháng", "không có gì", ""):
        want = pattern.search(text)
        got = gate.search(text)
        assert (got.span(), got.group("kind")) == (want.span(), want.group("kind")) if want else got is None
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert gate.match("hằng quý").group("kind") == "quý"
    assert gate.fullmatch("hằng quý") is not None


def test_a_text_without_a_word_of_the_gate_is_not_searched():
    # a gate that is not a necessary condition shows what the gate does: the pattern would match, the gate refuses
    gate = pattern_cache.gated(regex.compile(r"\d+"), "ngày")
    assert gate.search("trước 30/6") is None
    assert list(gate.finditer("trước 30/6")) == []
    assert gate.search("trước ngày 30/6").group() == "30"


@pytest.mark.parametrize("words", [(), ("Sở",), ("",)])
def test_a_gate_is_words_in_lower_case(words):
    with pytest.raises(ValueError, match="lower case"):
        pattern_cache.gated(regex.compile("x"), *words)


def test_a_gate_of_several_words_opens_only_where_all_stand():
    pattern = regex.compile(r"(?i)chịu\s+trách\s+nhiệm\s+trước")
    gate = pattern_cache.gated(pattern, ("chịu", "trước"), "nếu")
    assert gate.search("Chịu trách nhiệm trước UBND tỉnh").group() == "Chịu trách nhiệm trước"
    assert gate.opens("chịu trách nhiệm chủ trì") is False  # ``chịu`` alone does not open it
    assert gate.opens("nếu để xảy ra") is True
    assert gate.clauses == (("chịu", "trước"), ("nếu",))


def test_a_gate_of_spaces_looks_in_the_text_as_it_is():
    gate = pattern_cache.gated(regex.compile(r"\S( {4,})\S"), " " * 4)
    assert gate.caseless is True
    assert gate.search("UBND TỈNH    CỘNG HÒA").group(1) == "    "
    assert gate.search("UBND TỈNH   CỘNG HÒA") is None
    assert pattern_cache.gated(regex.compile("x"), "nếu").caseless is False


def test_the_lower_case_kept_is_of_the_text_asked_not_of_the_one_before():
    # the gates of one sentence share its lower case; a new text (even of the same length) is lowered again
    first, second = "Sở Y TẾ chủ trì", "SỞ Y tế CHỦ TRÌ"
    assert pattern_cache.lowered(first) == "sở y tế chủ trì"
    assert pattern_cache.lowered(second) == "sở y tế chủ trì"
    assert pattern_cache.lowered(first.upper()) == first.upper().lower()
    gate = pattern_cache.gated(regex.compile(r"(?i)phối\s+hợp"), "phối")
    assert gate.search("PHỐI HỢP với Sở") is not None
    assert gate.search("Chủ trì thực hiện") is None


def test_many_threads_lowering_in_turn_each_get_their_own_text_lowered():
    # the kept pair is replaced whole: a thread never reads one text's lower case for another's
    import threading

    texts = [f"VĂN BẢN SỐ {k} CỦA SỞ" for k in range(50)]
    wrong: list[str] = []

    def lower_all() -> None:
        for _ in range(200):
            for t in texts:
                if pattern_cache.lowered(t) != t.lower():
                    wrong.append(t)

    threads = [threading.Thread(target=lower_all) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert wrong == []
