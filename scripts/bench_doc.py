"""Legacy .doc speed: seconds per file, the old way (a LibreOffice with a fresh profile for every file)
against the new one (one LibreOffice per process, ``vbparse.read.soffice``), in the same run.

Usage: ``python scripts/bench_doc.py [DOC ...] [--rounds N]`` (default: the .doc files of
../shared/realdocs, or of corpus/realdocs when ../shared is absent).

* reading: ``read_path`` of each file (conversion and DOCX reading), ``--rounds`` times over the files,
  the old way against the new; the new way starts from an empty profile cache, so its first file pays for
  starting LibreOffice as it does on a fresh machine, and is shown apart;
* conversion only, per file, for each way of driving LibreOffice that was considered: a fresh profile per
  file (the old way); a reused profile, one run per file; a reused profile, one run for all the files; a
  running instance given each file by ``soffice --convert-to`` (which forwards its command line to the
  running instance); a running instance given each file over its pipe directly (the new way).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vbparse.read import read_path
from vbparse.read import soffice as so
from vbparse.read.doc import TIMEOUT, soffice
from vbparse.read.docx import read_docx

DEFAULT_ROUNDS = 3
TARGET = "docx:MS Word 2007 XML"


def real_docs() -> list[Path]:
    for folder in (ROOT.parent / "shared" / "realdocs", ROOT / "corpus" / "realdocs"):
        files = sorted(folder.glob("*.doc"))
        if files:
            return files
    return []


def old_read(exe: str, path: Path) -> int:
    """What ``read_doc`` did before: LibreOffice with a fresh profile in the file's temporary directory."""
    with tempfile.TemporaryDirectory(prefix="vbparse-doc-") as tmp:
        src = os.path.join(tmp, "input.doc")
        shutil.copyfile(path, src)
        profile = Path(tmp, "profile").as_uri()
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                TARGET,
                "--outdir",
                tmp,
                src,
            ],
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
        return len(read_docx(Path(tmp, "input.docx").read_bytes()).original)


def timed(func: Callable[[], object]) -> float:
    t = time.perf_counter()
    func()
    return time.perf_counter() - t


def run_cli(exe: str, profile: str, outdir: str, files: list[Path]) -> None:
    subprocess.run(
        [
            exe,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            TARGET,
            "--outdir",
            outdir,
            *map(str, files),
        ],
        capture_output=True,
        timeout=TIMEOUT,
        check=True,
    )


def conversion_options(exe: str, files: list[Path], rounds: int) -> dict[str, float]:
    """Seconds per file of converting only, for each way of driving LibreOffice."""
    out: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="vbparse-bench-") as tmp:
        reused = Path(tmp, "reused").as_uri()
        run_cli(exe, reused, tmp, files[:1])  # make the profile once
        conv = so.Converter(exe, cache_dir=os.path.join(tmp, "cache"))
        conv.convert(str(files[0]), tmp, TARGET, TIMEOUT)  # start the server
        server = Path(tmp, "cache", "slot-0", "profile").as_uri()
        for n in range(rounds):
            for f in files:
                ways: list[tuple[str, Callable[[], object]]] = [
                    (
                        "fresh profile, one run per file (old)",
                        partial(run_cli, exe, Path(tmp, f"fresh-{n}-{f.stem}").as_uri(), tmp, [f]),
                    ),
                    ("reused profile, one run per file", partial(run_cli, exe, reused, tmp, [f])),
                    (
                        "running instance, `soffice --convert-to` forwards each file",
                        partial(run_cli, exe, server, tmp, [f]),
                    ),
                    (
                        "running instance, each file over its pipe (new)",
                        partial(conv.convert, str(f), tmp, TARGET, TIMEOUT),
                    ),
                ]
                for name, way in ways[n % len(ways) :] + ways[: n % len(ways)]:  # each way first in turn
                    out.setdefault(name, []).append(timed(way))
            batch = timed(lambda: run_cli(exe, reused, tmp, files))
            out.setdefault(f"reused profile, one run for all {len(files)} files", []).extend(
                [batch / len(files)] * len(files)
            )
        assert conv.starts == 1, "the server was restarted during the benchmark"
        conv.close()
    return {k: statistics.mean(v) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS, help="passes over the files (default 3)")
    args = ap.parse_args(argv)
    exe = soffice()
    files = args.files or real_docs()
    if not exe or not files:
        print("needs LibreOffice (soffice) and .doc files", file=sys.stderr)
        return 1
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    print(
        f"{version}; {len(files)} files ({', '.join(f.name.split('_')[0] + '_' for f in files)}), "
        f"{args.rounds} rounds, {os.cpu_count()} cores"
    )

    with tempfile.TemporaryDirectory(prefix="vbparse-bench-cache-") as cache:
        os.environ["VBPARSE_SOFFICE_CACHE"] = cache  # an empty cache: the new way starts as on a fresh machine
        old, new = [], []
        for _ in range(args.rounds):
            for f in files:
                old.append(timed(partial(old_read, exe, f)))
                new.append(timed(partial(read_path, f)))
        conv = so.converter(exe)
        starts, why_not = conv.starts, conv.why_not
        so.close_all()
    steady = statistics.mean(new[1:])
    print("\nreading a .doc (conversion + DOCX reader), seconds per file:")
    print(f"  old: fresh LibreOffice profile per file   {statistics.mean(old):6.3f}")
    print(
        f"  new: one LibreOffice per process          {statistics.mean(new):6.3f}   "
        f"(first file, with the start of LibreOffice on an empty profile: {new[0]:.2f} s; after it: {steady:.3f})"
    )
    print(
        f"  speed-up ×{statistics.mean(old) / statistics.mean(new):.1f} over the run, ×{statistics.mean(old) / steady:.1f} "
        f"after the first file; LibreOffice started {starts}×" + (f" ({why_not})" if why_not else "")
    )
    print("\nconverting only, seconds per file:")
    for name, secs in conversion_options(exe, files, args.rounds).items():
        print(f"  {name:<62} {secs:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
