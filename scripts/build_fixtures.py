"""Render corpus texts into the other formats an archive holds, for the format-equivalence tests.

For each input text ``X.txt`` this writes into ``OUT``:

* ``X.docx``       — the official layout: header table (issuer, Số | Quốc hiệu, Tiêu ngữ, place/date),
  centred bold type line and title, Roman-numbered headings as Word auto-numbering (``w:numPr``, the
  label not in the text), closing table (Nơi nhận | signer);
* ``X.pdf``        — that DOCX printed to PDF by LibreOffice (text layer);
* ``X.scan.pdf``   — the PDF's pages rasterised (200 dpi, no text layer), as a scanner would give;
* ``X.tcvn3.txt``  — the text in TCVN3 bytes (capitals with tone marks fall back to the lower-case codes,
  as ``.VnTimeH`` text does in a plain file);
* ``X.vni.txt``    — the text in VNI-Windows bytes.

Usage: ``python scripts/build_fixtures.py OUT [TEXT ...]`` (default: the five seeds).  Needs LibreOffice
for the PDFs (``soffice``); the other variants need only the project's dependencies.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vbparse.read import read_text_string
from vbparse.read.doc import soffice
from vbparse.tables.legacy_encodings import TCVN3_TABLE, VNI_TABLE
from vbparse.tables.patterns import APPENDIX, LABEL_ROMAN, PLACE_DATE, QUOC_HIEU, TIEU_NGU

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPE_WORDS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "BÁO CÁO", "TỜ TRÌNH", "THÔNG BÁO", "CÔNG VĂN", "NGHỊ QUYẾT")


def text_lines(text: str) -> list[str]:
    """The document's lines as the text reader sees them (Markdown markers removed)."""
    r = read_text_string(text)
    return [ln.strip() for ln in r.mapped.text.split("\n")]


def _zones(lines: list[str]):
    type_at = next((i for i, ln in enumerate(lines[:40]) if ln.upper() == ln and ln.strip() in _TYPE_WORDS), None)
    header = lines[:type_at] if type_at is not None else []
    start = type_at if type_at is not None else 0
    close_at = next((i for i in range(len(lines) - 1, start, -1) if lines[i].startswith("Nơi nhận")), len(lines))
    end = next((i for i in range(close_at + 1, len(lines)) if APPENDIX.match(lines[i])), len(lines))
    return header, lines[start:close_at], lines[close_at:end], lines[end:]


def _romans_sequential(body: list[str]) -> bool:
    from vbparse.structure.parser import roman_to_int

    values = [roman_to_int(m.group("label")) for ln in body if (m := LABEL_ROMAN.match(ln))]
    return bool(values) and values == list(range(1, len(values) + 1))


def _add_roman_numbering(document) -> str:
    """A numbering definition ``I.``, ``II.`` … in numbering.xml; returns its numId."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
    )
    num = parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    first_num = numbering.find(f"{{{W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return "90"


def _set_num(paragraph, num_id: str) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _cell_lines(cell, lines: list[str], bold_caps: bool = True, center: bool = True) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(ln)
        run.bold = bold_caps and ln.isupper()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_docx(text: str) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    lines = [ln for ln in text_lines(text) if ln]
    header, body, closing, appendix = _zones(lines)
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    if header:
        right = [ln for ln in header if QUOC_HIEU.match(ln) or TIEU_NGU.match(ln) or PLACE_DATE.search(ln)]
        left = [ln for ln in header if ln not in right]
        table = document.add_table(rows=1, cols=2)
        _cell_lines(table.cell(0, 0), left)
        _cell_lines(table.cell(0, 1), right)
    num_id = _add_roman_numbering(document) if _romans_sequential(body) else None
    for k, ln in enumerate(body):
        p = document.add_paragraph()
        m = LABEL_ROMAN.match(ln)
        if num_id and m:
            _set_num(p, num_id)
            ln = ln[m.end() :]
        run = p.add_run(ln)
        if k == 0 or (k <= 3 and ln.upper() == ln) or m:
            run.bold = True
        if k < 3 and not m:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if closing:
        table = document.add_table(rows=1, cols=2)
        left = [ln for ln in closing if ln.startswith(("Nơi nhận", "-", "+"))]
        right = [ln for ln in closing if ln not in left]
        _cell_lines(table.cell(0, 0), left, bold_caps=False, center=False)
        _cell_lines(table.cell(0, 1), right)
    for ln in appendix:
        document.add_paragraph(ln)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def docx_to_pdf(docx_bytes: bytes) -> bytes:
    exe = soffice()
    if not exe:
        raise RuntimeError("LibreOffice (soffice) is needed to print the DOCX to PDF")
    with tempfile.TemporaryDirectory(prefix="vbparse-fx-") as tmp:
        src = Path(tmp) / "doc.docx"
        src.write_bytes(docx_bytes)
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return (Path(tmp) / "doc.pdf").read_bytes()


def pdf_to_scan(pdf_bytes: bytes, dpi: int = 200) -> bytes:
    """Rasterise every page and store the images as a PDF without a text layer."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_bytes)
    images = [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in pdf]
    pdf.close()
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return buf.getvalue()


_TCVN3_ENCODE = {v: k for k, v in TCVN3_TABLE.items() if len(v) == 1 and not unicodedata.combining(v)}
_VNI_ENCODE = {v: k for k, v in sorted(VNI_TABLE.items(), key=lambda kv: len(kv[0]))}


#: Punctuation TCVN3 has no code for, as a TCVN3 typist's text holds it: straight quotes and a hyphen (a ``?``
#: in their place would be read as a question mark ending a sentence).
_TCVN3_PLAIN_PUNCTUATION = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def to_tcvn3(text: str) -> bytes:
    """Unicode → TCVN3 bytes; a capital with a tone mark (not in TCVN3) takes its lower-case code."""
    out = []
    for ch in unicodedata.normalize("NFC", text).translate(_TCVN3_PLAIN_PUNCTUATION):
        if ch in _TCVN3_ENCODE:
            out.append(_TCVN3_ENCODE[ch])
        elif ch.lower() in _TCVN3_ENCODE and ord(ch) > 0x7F:
            out.append(_TCVN3_ENCODE[ch.lower()])
        else:
            out.append(ch)
    return "".join(out).encode("latin-1", errors="replace")


def to_vni(text: str) -> bytes:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(_VNI_ENCODE.get(ch, ch))
    return "".join(out).encode("cp1252", errors="replace")


def plain_text(text: str) -> str:
    """The text without Markdown markers, one line per block (what the legacy .txt files hold)."""
    return "\n".join(text_lines(text)) + "\n"


def build(src: Path, out: Path, with_pdf: bool = True) -> list[Path]:
    text = src.read_text(encoding="utf-8")
    stem = src.stem
    written = []

    def write(name: str, data: bytes) -> None:
        p = out / name
        p.write_bytes(data)
        written.append(p)

    docx_bytes = build_docx(text)
    write(f"{stem}.docx", docx_bytes)
    plain = plain_text(text)
    write(f"{stem}.tcvn3.txt", to_tcvn3(plain))
    write(f"{stem}.vni.txt", to_vni(plain))
    if with_pdf:
        pdf = docx_to_pdf(docx_bytes)
        write(f"{stem}.pdf", pdf)
        write(f"{stem}.scan.pdf", pdf_to_scan(pdf))
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("texts", nargs="*")
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF and the scan")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    texts = [Path(t) for t in args.texts] or sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    for t in texts:
        for p in build(t, out, with_pdf=not args.no_pdf):
            print(p)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    raise SystemExit(main())
