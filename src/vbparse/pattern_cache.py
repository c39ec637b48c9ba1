"""Compiled patterns kept between runs.

The pattern tables (``tables/*``, ``extract/*``) compile about 470 expressions when they are imported;
``regex`` parses and compiles them in Python, about 180 ms at every start — more than parsing a short
document.  ``regex`` pickles a compiled pattern as its compiled code (``copyreg`` on ``Pattern``), so a
pattern read back from a pickle costs no parsing.  Each pattern is kept as its own pickle and read back only
when it is asked for: a command that needs a hundred patterns (``vbparse obligations``) does not pay for the
thousand a file shared by every version holds (0.12 s when they were all read at start, issue 53).

The kept patterns live in one file per ``regex`` and Python version under the user's cache
(``$VBPARSE_PATTERN_CACHE``, else ``$XDG_CACHE_HOME/vbparse``, else ``~/.cache/vbparse``; an empty
``VBPARSE_PATTERN_CACHE`` turns keeping off).  A pattern is looked up by its text, flags and ``regex``'s
default version, so a changed pattern is simply compiled again.  The file is written atomically at exit
when a new pattern was compiled, read only when it belongs to this user and no one else may write it, and
any fault reading or writing it falls back to compiling: it is a cache, nothing is lost without it.
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any

import regex

#: Beyond this many kept patterns, the file keeps only those this process used (patterns of old versions
#: would otherwise pile up).
DEFAULT_MAX_KEPT_PATTERNS = 2000

_Key = tuple[str, int, int]

#: Kept patterns: compiled, or the pickle of one not asked for yet in this process.
_kept: dict[_Key, regex.Pattern | bytes] | None = None
_used: set[_Key] = set()
_new = False
_registered = False


def cache_folder() -> str | None:
    """The folder of what vbparse keeps between runs (patterns, the units' names), or None when keeping is off."""
    folder = os.environ.get("VBPARSE_PATTERN_CACHE")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "vbparse")
    return folder or None


def cache_file() -> str | None:
    """The file of kept patterns for this ``regex`` and Python, or None when keeping is off."""
    folder = cache_folder()
    if folder is None:
        return None
    python = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}"
    # ``patterns2``: one pickle per pattern (``patterns-`` files, whole patterns, are left to older versions)
    return os.path.join(folder, f"patterns2-regex{regex.__version__}-{python}.pickle")


def trusted(path: str) -> bool:
    """Whether a pickle at ``path`` may be loaded: ours, and writable by nobody else."""
    if not hasattr(os, "getuid"):
        return True
    st = os.stat(path)
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _load() -> dict[_Key, regex.Pattern | bytes]:
    """The kept patterns, each still its pickle (bytes): read when asked for (``_pattern``)."""
    path = cache_file()
    if path is None:
        return {}
    try:
        if not trusted(path):
            return {}
        with open(path, "rb") as f:
            kept = pickle.load(f)
    except Exception:  # noqa: BLE001 - a missing, truncated or foreign file: compile instead
        return {}
    if not isinstance(kept, dict):
        return {}
    return {k: p for k, p in kept.items() if isinstance(p, bytes)}


def _pattern(kept: regex.Pattern | bytes | None) -> regex.Pattern | None:
    """A kept pattern, read from its pickle the first time; None when there is none or it cannot be read."""
    if kept is None or isinstance(kept, regex.Pattern):
        return kept
    try:
        found = pickle.loads(kept)
    except Exception:  # noqa: BLE001 - one damaged entry: that pattern is compiled again
        return None
    return found if isinstance(found, regex.Pattern) else None


def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """``regex.compile(pattern, flags)``, read from the kept patterns when it was compiled before."""
    global _kept, _new, _registered
    if _kept is None:
        _kept = _load()
        if not _registered:
            atexit.register(save)
            _registered = True
    key = (pattern, flags, regex.DEFAULT_VERSION)
    _used.add(key)
    found = _pattern(_kept.get(key))
    if found is None:
        found = regex.compile(pattern, flags)
        _new = True
    _kept[key] = found
    return found


def save() -> bool:
    """Write the kept patterns when this process compiled a new one; True when written."""
    global _new
    path = cache_file()
    if not _new or _kept is None or path is None:
        return False
    kept: dict[Any, regex.Pattern | bytes] = _kept
    if len(kept) > DEFAULT_MAX_KEPT_PATTERNS:
        kept = {k: p for k, p in kept.items() if k in _used}
    pickles = {
        k: p if isinstance(p, bytes) else pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL) for k, p in kept.items()
    }
    if not write_kept(path, pickle.dumps(pickles, protocol=pickle.HIGHEST_PROTOCOL)):
        return False  # a read-only home or a full disk: the next run compiles again
    _new = False
    return True


def write_kept(path: str, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically (a reader sees the old file or the new, never half of one), readable by
    this user only; False when it cannot be written."""
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".kept-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # noqa: BLE001 - a cache: nothing is lost without it
        return False
    return True


def forget() -> None:
    """Drop what this process has loaded, so the next ``compiled`` reads the file again (for tests)."""
    global _kept, _new
    _kept = None
    _new = False
    _used.clear()


def longest_first(words: Iterable[str]) -> list[str]:
    """The distinct ``words``, longest first (an alternation tries them in this order), ties in alphabetical
    order: the same pattern text in every process, whatever order a set iterates in, so it is found kept."""
    return sorted(set(words), key=lambda w: (-len(w), w))


#: The text last lowered and its lower case, one tuple (replaced whole: threads never see half of a pair): the
#: gates and word searches of one sentence ask for it in turn.
_last_lowered: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """``text.lower()``, kept for the text last asked (the same string object: several gates ask in a row)."""
    global _last_lowered
    last = _last_lowered
    if text is last[0]:
        return last[1]
    low = text.lower()
    _last_lowered = (text, low)
    return low


class Gated:
    """A pattern behind its gate: words (lower case) that every match of it holds, one of them or, for a clause
    of several, all of them.  A text the gate does not open to is not searched at all.  ``regex`` tries a big
    alternation at every position of a text (a task's liability clause, a deadline's cue: ~20 µs a sentence),
    where ``in`` rules most texts out in nanoseconds.  The gate must be a necessary condition: each branch of
    the pattern spells the words of a clause, case aside (``tests/test_tables.py`` checks the pattern and its
    gate agree on every line of the corpus).  Gated patterns answer ``search``, ``finditer``, ``match`` and
    ``fullmatch`` as the pattern does."""

    __slots__ = ("caseless", "clauses", "pattern", "words")

    def __init__(self, pattern: regex.Pattern, clauses: tuple[tuple[str, ...], ...]) -> None:
        if not clauses or any(not c or any(w != w.lower() or not w for w in c) for c in clauses):
            raise ValueError("a gate is one or more clauses of words in lower case")
        self.pattern = pattern
        self.clauses = clauses
        #: the clauses of one word, tested first and alone (most gates are only these)
        self.words = tuple(c[0] for c in clauses if len(c) == 1)
        #: words without letters (a column's gap of spaces): the text is looked in as it is, not lowered
        self.caseless = all(w == w.upper() for c in clauses for w in c)

    def opens(self, text: str) -> bool:
        """Whether ``text`` holds the words of a clause of the gate (the pattern may match it)."""
        low = text if self.caseless else lowered(text)
        for w in self.words:
            if w in low:
                return True
        for clause in self.clauses:
            if len(clause) > 1 and all(w in low for w in clause):
                return True
        return False

    def search(self, text: str, *args: Any) -> regex.Match | None:
        return self.pattern.search(text, *args) if self.opens(text) else None

    def match(self, text: str, *args: Any) -> regex.Match | None:
        return self.pattern.match(text, *args) if self.opens(text) else None

    def fullmatch(self, text: str, *args: Any) -> regex.Match | None:
        return self.pattern.fullmatch(text, *args) if self.opens(text) else None

    def finditer(self, text: str, *args: Any) -> Iterator[regex.Match]:
        return self.pattern.finditer(text, *args) if self.opens(text) else iter(())


def finditer_at_words(pattern: regex.Pattern, text: str, firsts: tuple[str, ...]) -> Iterator[regex.Match]:
    """``pattern.finditer(text)``, the pattern tried only where one of ``firsts`` (lower case) begins: every match of
    the pattern must begin with one of them, case aside.  ``regex`` tries an alternation of names at every position
    of a text (about 0.2 µs a character), where ``str.find`` finds the few places they stand in nanoseconds."""
    low = lowered(text)
    if len(low) != len(text):  # a letter whose lower case is longer: offsets in ``low`` are not the text's
        return pattern.finditer(text)
    return finditer_from(pattern, text, word_places(low, firsts, 0))


def search_at_words(pattern: regex.Pattern, text: str, firsts: tuple[str, ...]) -> regex.Match | None:
    """``pattern.search(text)`` as ``finditer_at_words`` finds it."""
    return next(finditer_at_words(pattern, text, firsts), None)


def finditer_after_chars(pattern: regex.Pattern, text: str, chars: str) -> Iterator[regex.Match]:
    """``pattern.finditer(text)``, the pattern tried only right after one of ``chars``: every match of the pattern
    must begin there (a look-behind for a full stop, a semicolon)."""
    return finditer_from(pattern, text, word_places(text, chars, 1))


def word_places(text: str, words: Iterable[str], shift: int) -> list[int]:
    """Where each of ``words`` stands in ``text``, plus ``shift``, in order."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.add(at + shift)
            at = text.find(word, at + 1)
    return sorted(starts)


def finditer_from(pattern: regex.Pattern, text: str, starts: list[int]) -> Iterator[regex.Match]:
    """``pattern.finditer(text)`` when ``starts`` (in order) holds every place a match may begin: the pattern is
    matched there, each place after the last match's end, and nowhere else."""
    pos = 0
    for at in starts:
        if at >= pos and (m := pattern.match(text, at)) is not None:
            pos = m.end()
            yield m


def gated(pattern: regex.Pattern, *clauses: str | tuple[str, ...]) -> Gated:
    """``pattern`` searched only in texts that hold a word of ``clauses``, or all the words of a tuple among them
    (see ``Gated``)."""
    return Gated(pattern, tuple((c,) if isinstance(c, str) else tuple(c) for c in clauses))
