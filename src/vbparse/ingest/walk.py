"""The files an index run reads, and a named reason for everything under the roots it does not read.

Hidden files and folders are not read (``.git``, ``.~lock.x.docx#``), nor Word's lock files (``~$x.docx``,
next to a document open in Word: a few bytes naming who has it open), nor files of other extensions (a
download not finished yet: ``x.pdf.part``, ``x.pdf.crdownload``),
nor a folder reached a second time through a symbolic link (a loop must not hang the walk), nor — unless
asked (``follow_links``) — a symbolic link that leads out of every root given: a link to ``/`` inside an
indexed folder must not index the whole file system.  Each is counted and named with its reason, so that
nothing is passed over silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import display_path

#: Why something under the roots is not read (``Walked.skipped``; ``IndexSummary.skipped``).
HIDDEN_FOLDER = "hidden folder (its name starts with '.')"
HIDDEN_FILE = "hidden file (its name starts with '.')"
NOT_A_DOCUMENT = "not a document extension"
OFFICE_LOCK = "an Office lock file (its name starts with '~$')"
WALKED_BEFORE = "a folder already walked (reached again through a symbolic link)"
LINK_OUTSIDE = "a symbolic link out of the folders given (--follow-links reads it)"

#: Extensions walked in a folder (a file named on the command line is read whatever its name).
DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".docx", ".doc", ".pdf", ".rtf", ".htm", ".html"})
#: Why a root named on the command line is not read (``Walked.failed``).
NO_SUCH_FILE = "no such file or directory"


def skipped_name(name: str) -> str | None:
    """Why a file of this name found in a folder is not read, or ``None`` (the walk's rule, and the watched
    folder's: ``vbparse.watch``)."""
    if name.startswith("."):
        return HIDDEN_FILE
    if name.startswith("~$"):
        return OFFICE_LOCK
    if os.path.splitext(name)[1].lower() not in DOCUMENT_SUFFIXES:
        return NOT_A_DOCUMENT
    return None


@dataclass
class Walked:
    files: list[Path] = field(default_factory=list)
    #: (path, reason) of what was not read: hidden, other extension, a folder already walked
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: (path, reason) of what could not be looked at: a missing root, an unreadable folder
    failed: list[tuple[str, str]] = field(default_factory=list)


def inside(real: str, real_roots: list[str]) -> bool:
    """``real`` is one of ``real_roots`` or below one (whole names: ``/a/bc`` is not inside ``/a/b``)."""
    return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in real_roots)


def walk(roots: Iterable[Path], own: set[Path] = frozenset(), *, follow_links: bool = False) -> Walked:  # type: ignore[assignment]
    """Document files under ``roots`` in a stable order; ``own`` (the archive's files) are left out.

    A symbolic link (to a folder or a file) whose target lies outside every root is skipped with
    ``LINK_OUTSIDE`` unless ``follow_links``; a root that is itself a link is the user's choice and read.
    """
    out = Walked()
    seen: set[Path] = set()
    roots = list(roots)
    real_roots = [os.path.realpath(r) for r in roots]

    def strays(p: Path) -> bool:
        """A link leading out of the roots, not to be followed."""
        return not follow_links and p.is_symlink() and not inside(os.path.realpath(p), real_roots)

    for root in roots:
        if root.is_file():
            if root not in seen:
                seen.add(root)
                out.files.append(root)
            continue
        if not root.is_dir():
            out.failed.append((display_path(root), NO_SUCH_FILE))
            continue
        visited: set[str] = set()

        def unreadable(exc: OSError, root: Path = root) -> None:
            out.failed.append((display_path(exc.filename or root), f"cannot list the folder ({exc.strerror})"))

        for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=unreadable):
            real = os.path.realpath(dirpath)
            if real in visited:  # reached again through a link (a loop): not read twice
                out.skipped.append((display_path(dirpath), WALKED_BEFORE))
                dirnames[:] = []
                continue
            visited.add(real)
            keep = []
            for d in sorted(dirnames):
                if d.startswith("."):
                    out.skipped.append((display_path(Path(dirpath) / d), HIDDEN_FOLDER))
                elif strays(Path(dirpath) / d):
                    out.skipped.append((display_path(Path(dirpath) / d), LINK_OUTSIDE))
                else:
                    keep.append(d)
            dirnames[:] = keep
            for name in sorted(filenames):
                p = Path(dirpath) / name
                if p in own or p in seen:
                    continue
                if reason := skipped_name(name):
                    out.skipped.append((display_path(p), reason))
                elif strays(p):
                    out.skipped.append((display_path(p), LINK_OUTSIDE))
                else:
                    seen.add(p)
                    out.files.append(p)
    return out
