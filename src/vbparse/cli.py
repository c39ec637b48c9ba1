"""Command line: ``vbparse parse FILE... [--out DIR] [--pretty] [--text] [--ocr auto|always|never]``.

Files are read by content (magic bytes), not by extension: .txt/.md, .docx, legacy .doc (through
LibreOffice), PDFs with a text layer and scanned PDFs (through Tesseract).

One file prints one JSON object; several print JSON Lines (or write one JSON per file into ``--out``).
A file that cannot be read gets one line on stderr naming the file and the reason; the others are
still processed, and the exit status is 1 if any file failed.  Existing files that vbparse did not
write are never overwritten.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .pipeline import normalized_text, parse
from .read import ReadError


def _err(msg: str) -> None:
    print(f"vbparse: {msg}", file=sys.stderr)


def _is_our_output(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "schema_version" in data and "source" in data


def _out_path(out_dir: Path, src: Path, used: set[Path]) -> Path:
    target = out_dir / f"{src.stem}.json"
    k = 2
    while target in used:
        target = out_dir / f"{src.stem}.{k}.json"
        k += 1
    used.add(target)
    return target


def cmd_parse(args: argparse.Namespace) -> int:
    failures = 0
    files = [Path(f) for f in args.files]
    out_dir = Path(args.out) if args.out else None
    if out_dir is not None:
        if out_dir.exists() and not out_dir.is_dir():
            _err(f"{out_dir}: --out must be a directory")
            return 2
        out_dir.mkdir(parents=True, exist_ok=True)
    inputs = {f.resolve() for f in files}
    used: set[Path] = set()
    for f in files:
        try:
            if args.text:
                sys.stdout.write(normalized_text(f, ocr=args.ocr))
                if len(files) > 1:
                    sys.stdout.write("\n\f\n")
                continue
            doc = parse(f, ocr=args.ocr)
        except ReadError as exc:
            _err(f"{exc.path}: {exc.reason}")
            failures += 1
            continue
        except Exception as exc:  # a parser bug must not stop a batch; report it like a read error
            _err(f"{f}: internal error while parsing ({type(exc).__name__}: {exc})")
            failures += 1
            continue
        indent = 2 if args.pretty else None
        if out_dir is not None:
            target = _out_path(out_dir, f, used)
            if target.resolve() in inputs or (target.exists() and not _is_our_output(target)):
                _err(f"{f}: not written: {target} exists and was not written by vbparse")
                failures += 1
                continue
            tmp = target.with_suffix(".json.tmp")
            tmp.write_text(doc.model_dump_json(indent=indent) + "\n", encoding="utf-8")
            tmp.replace(target)
        else:
            sys.stdout.write(doc.model_dump_json(indent=indent if len(files) == 1 else None) + "\n")
    return 1 if failures else 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="vbparse", description="Vietnamese administrative documents → typed data")
    ap.add_argument("--version", action="version", version=f"vbparse {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse documents into JSON")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--out", metavar="DIR", help="write one JSON file per input into DIR")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--text", action="store_true", help="print the normalised text the parser saw")
    p.add_argument("--ocr", choices=("auto", "always", "never"), default="auto",
                   help="PDF pages to recognise with Tesseract: auto = pages without a usable text layer "
                        "(default), always = every page, never = none")
    p.set_defaults(func=cmd_parse)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
