"""File names as text.

A name that is not valid UTF-8 (unzipped from an old Windows archive) reaches Python with lone
surrogates, which neither JSON nor SQLite can hold.  Such a name is shown and stored with its odd bytes
escaped (``b\\xe0o c\\xe1o.doc``); the file itself is always opened through its real ``Path``.
"""

from __future__ import annotations

import os


def display_path(path: str | os.PathLike) -> str:
    """``path`` as valid Unicode text: unchanged when it is, its undecodable bytes as ``\\xNN`` otherwise."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        return text.decode("utf-8", "backslashreplace")
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
