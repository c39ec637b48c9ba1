"""Bad and hostile files: each gets one clear reason (a ``ReadError``), never noise, a traceback, a
"document" of garbage, gigabytes of memory or minutes of work.

The hostile files are built here, small, with the limits set low where building a real one would be
slow; the limits themselves come from ``vbparse.read.limits``.
"""

from __future__ import annotations

import hashlib
import io
import random
import struct
import subprocess
import sys
import tracemalloc
import unicodedata
import zipfile
import zlib

import pytest
from conftest import SHARED

from vbparse import parse
from vbparse.read import LimitExceeded, Limits, ReadError, read_path
from vbparse.read.doc import expected_letter_share, soffice
from vbparse.read.limits import DEFAULT_MAX_PAGES

HAS_SOFFICE = soffice() is not None
needs_soffice = pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) not installed")
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# --- builders -------------------------------------------------------------------------------------


def pdf_bytes(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of ``objects`` (numbered from 1, object 1 the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def blank_pdf(pages: int, width: float = 595, height: float = 842) -> bytes:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    for _ in range(pages):
        doc.new_page(width, height)
    buf = io.BytesIO()
    doc.save(buf)
    doc.close()
    return buf.getvalue()


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(user: bytes = b"secret", owner: bytes = b"owner") -> bytes:
    """A one-page PDF locked with a user password (standard security handler, revision 2, RC4 40-bit):
    both pdfium and pdfminer open it with the password and refuse it without."""

    def pad(pw: bytes) -> bytes:
        return (pw + _PAD)[:32]

    perms, file_id = -44, bytes(range(16))
    o = _rc4(hashlib.md5(pad(owner)).digest()[:5], pad(user))
    key = hashlib.md5(pad(user) + o + struct.pack("<i", perms) + file_id).digest()[:5]
    u = _rc4(key, _PAD)
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
        b"<</Filter/Standard/V 1/R 2/Length 40/O<%s>/U<%s>/P %d>>" % (o.hex().encode(), u.hex().encode(), perms),
    ]
    return pdf_bytes(objects, b"/Encrypt 4 0 R /ID[<%s><%s>]" % (file_id.hex().encode(), file_id.hex().encode()))


def damaged_pdf(pages: int = 6) -> bytes:
    """Blank pages whose content streams end in a broken checksum (pdfminer warns once per stream), with
    junk after the header that shifts every offset (pdfminer recovers, pdfium refuses the file)."""
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(pages))
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[%s]/Count %d>>" % (kids, pages)]
    for i in range(pages):
        content = bytearray(zlib.compress(b"0 0 m 100 100 l S\n" * 50))
        content[-2:] = b"\x00\x00"
        objects.append(b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents %d 0 R>>" % (4 + 2 * i))
        objects.append(b"<</Length %d/Filter/FlateDecode>>stream\n" % len(content) + bytes(content) + b"\nendstream")
    good = pdf_bytes(objects)
    return good[:9] + random.Random(0).randbytes(2000) + good[9:]


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships '
    b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="word/document.xml"/></Relationships>'
)


def document_xml(text: bytes, dtd: bytes = b"") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        + dtd
        + b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + b"<w:p><w:r><w:t>"
        + text
        + b"</w:t></w:r></w:p></w:body></w:document>"
    )


def docx_bytes(document: bytes | None = None, *, zeros: int = 0) -> bytes:
    """A minimal DOCX; ``zeros``: a ``document.xml`` whose one paragraph is that many ``0`` characters,
    streamed into the zip so that building it never holds them all."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        if zeros:
            head, tail = document_xml(b"\x00").split(b"\x00")
            with z.open("word/document.xml", "w") as fh:
                fh.write(head)
                chunk = b"0" * (1 << 20)
                for _ in range(zeros >> 20):
                    fh.write(chunk)
                fh.write(tail)
        else:
            z.writestr("word/document.xml", document or document_xml("KẾ HOẠCH".encode()))
    return buf.getvalue()


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes of Vietnamese text: a letter the code page lacks is a base letter and a
    combining tone mark, as Word writes them."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += (base + "".join(c for c in d if c in tones)).encode("cp1258")
    return bytes(out)


# --- Word files that are not what they claim ------------------------------------------------------


@pytest.mark.slow
@needs_soffice
def test_random_bytes_behind_an_ole_header_are_a_corrupt_word_document(tmp_path):
    p = tmp_path / "x.doc"
    p.write_bytes(OLE + random.Random(0).randbytes(20000))
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert e.value.path == str(p)
    assert e.value.reason.startswith("not a readable Word document (corrupt")


def test_expected_letter_share_separates_documents_from_decoded_noise():
    noise = random.Random(1).randbytes(4000).decode("utf-16-le", "replace")
    assert expected_letter_share(noise) < 0.2
    assert expected_letter_share("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc") == 1.0
    assert expected_letter_share("Điều 1. Phê duyệt Kế hoạch (kèm theo Phụ lục α, β).") == 1.0


@needs_soffice
def test_a_real_legacy_doc_still_reads():
    p = SHARED / "realdocs" / "10_kh-ubnd-lamdong-tong-ket-chien-luoc-pcmt.doc"
    if not p.exists():
        pytest.skip("shared real documents not present")
    r = read_path(p)
    assert r.format == "doc" and "KẾ HOẠCH" in r.original and expected_letter_share(r.original) > 0.95


WEB_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset={charset}"><title>Tiêu đề trang</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style>p.MsoNormal {{font-family:"Times New Roman"}}</style><script>var hidden = "<b>mã</b>";</script></head>
<body lang=VI><div class=WordSection1>
<table class=MsoNormalTable border=0><tr>
<td><p class=MsoNormal align=center>ỦY BAN NHÂN DÂN<br>THỊ TRẤN HÀ TRUNG</p><p align=center>Số: 42/KH-UBND</p></td>
<td><p align=center><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p align=center><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p align=center><i>Thị trấn Hà Trung, ngày 10 tháng 3 năm 2023</i></p></td></tr></table>
<p class=MsoNormal align=center style='text-align:center'><b><span lang=VI>KẾ HOẠCH<o:p></o:p></span></b></p>
<p class=MsoNormal align=center>Về việc   thử
nghiệm</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>1. Mục đích:</b> Huy động sức mạnh &amp; nguồn lực</p>
<table border=1><tr><th>STT</th><th>Nội dung</th><th>Đơn vị</th></tr>
<tr><td rowspan=2>1</td><td>Tuyên truyền</td><td>Phòng Văn hóa</td></tr>
<tr><td>Kiểm tra</td><td>Công an</td></tr></table>
<p style='display:none'>ẩn đi</p>
</div></body></html>
"""


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1258"])
def test_web_page_saved_as_doc_is_read_as_text_without_tags(tmp_path, encoding):
    page = WEB_PAGE.format(charset={"utf-8-sig": "utf-8", "utf-16": "unicode", "cp1258": "windows-1258"}[encoding])
    data = cp1258(page) if encoding == "cp1258" else page.encode(encoding)
    p = tmp_path / "ke-hoach.doc"
    p.write_bytes(b"\r\n " + data if encoding == "cp1258" else data)
    r = read_path(p)
    assert r.format == "html"
    lines = r.original.split("\n")
    assert not any(ch in r.original for ch in "<>") and "mã" not in r.original and "Tiêu đề" not in r.original
    assert "ẩn đi" not in r.original and "WordDocument" not in r.original
    assert lines[:3] == ["ỦY BAN NHÂN DÂN", "THỊ TRẤN HÀ TRUNG", "Số: 42/KH-UBND"]  # <br> kept, left column first
    assert {b.column for b in r.blocks[:6]} == {"left", "right"}
    assert "Về việc thử nghiệm" in lines and "1. Mục đích: Huy động sức mạnh & nguồn lực" in lines
    rows = [(line, b) for line, b in zip(lines, r.blocks, strict=True) if b.cells]
    assert [line for line, _ in rows] == [
        "STT | Nội dung | Đơn vị",
        "1 | Tuyên truyền | Phòng Văn hóa",
        "| Kiểm tra | Công an",
    ]
    assert rows[2][1].cells[0].continued and rows[2][1].cells[1].col == 1


def test_web_page_header_fields_are_found_as_in_a_docx(tmp_path):
    p = tmp_path / "ke-hoach.doc"
    p.write_bytes(WEB_PAGE.format(charset="utf-8").encode("utf-8"))
    doc = parse(p)
    assert doc.source.format == "html" and doc.doc_type.code == "KH"
    assert doc.number.value == "42/KH-UBND" and str(doc.issued_date) == "2023-03-10"
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN THỊ TRẤN HÀ TRUNG"


@needs_soffice
def test_rtf_saved_as_doc_is_converted_like_a_doc(tmp_path):
    p = tmp_path / "old.doc"
    p.write_bytes(
        rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\f0 K\u7870?"
        rb" HO\u7840?CH\par Tri\u7875?n khai c\u244?ng t\u225?c n\u259?m 2026\par}"
    )
    r = read_path(p)
    assert r.format == "rtf"
    assert r.original.split("\n")[:2] == ["KẾ HOẠCH", "Triển khai công tác năm 2026"]


# --- PDF: encrypted, corrupt ----------------------------------------------------------------------


def test_encrypted_pdf_says_encrypted(tmp_path):
    p = tmp_path / "secret.pdf"
    p.write_bytes(encrypted_pdf())
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert e.value.reason == "the PDF is encrypted (password protected)"


def test_encrypted_pdf_is_recognised_through_pdfminer_too(tmp_path, monkeypatch):
    """pdfplumber wraps pdfminer's password error in its own exception: it must not read as "corrupt"."""
    import vbparse.read.pdf as pdf_reader

    monkeypatch.setattr(pdf_reader, "_open_pdfium", lambda data, path, limits: (None, None))
    p = tmp_path / "secret.pdf"
    p.write_bytes(encrypted_pdf())
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert e.value.reason.startswith("the PDF is encrypted") and "corrupt" not in e.value.reason


@pytest.mark.parametrize("content", ["random", "damaged"])
def test_corrupt_pdf_is_one_line_on_stderr(tmp_path, content):
    p = tmp_path / "bad.pdf"
    p.write_bytes(b"%PDF-1.7\n" + random.Random(2).randbytes(5000) if content == "random" else damaged_pdf())
    proc = subprocess.run(
        [sys.executable, "-m", "vbparse", "parse", str(p)], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [proc.stderr.strip()], proc.stderr
    assert proc.stderr.startswith(f"vbparse: {p}: PDF bị hỏng (")  # said in Vietnamese (cli_reasons)
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr


def test_damage_pdfminer_recovered_from_is_a_note_not_stderr(tmp_path, capsys, monkeypatch):
    """A file pdfium refuses is read through pdfminer, which recovers it: what it logged about the damage
    becomes one note, and nothing reaches stderr."""
    import vbparse.read.pdf as pdf_reader
    from vbparse.read.pdfium_words import PageText

    words = [
        {"text": "KẾ", "x0": 72, "x1": 90, "top": 72, "bottom": 84, "size": 12},
        {"text": "HOẠCH", "x0": 94, "x1": 140, "top": 72, "bottom": 84, "size": 12},
    ]

    def page_text(page):  # pdfminer parses the page (and logs its damage), whose text is replaced
        _ = page.chars
        return PageText(list(words), set(), 595.0, 842.0, 0.0)

    monkeypatch.setattr(pdf_reader, "pdfminer_page_text", page_text)
    p = tmp_path / "damaged.pdf"
    p.write_bytes(damaged_pdf(pages=1))
    r = read_path(p, ocr="never")
    assert "KẾ HOẠCH" in r.original
    assert [code for code, _ in r.notes].count("damaged_pdf") == 1
    assert capsys.readouterr().err == ""


# --- limits ---------------------------------------------------------------------------------------


def test_limits_come_from_the_environment():
    assert Limits.from_env({}) == Limits()
    assert Limits.from_env({"VBPARSE_MAX_PAGES": "10", "VBPARSE_MAX_PAGE_PIXELS": "1_000_000"}) == Limits(
        max_pages=10, max_page_pixels=1_000_000
    )
    assert Limits().max_pages == DEFAULT_MAX_PAGES


def test_a_bad_limit_in_the_environment_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("VBPARSE_MAX_PAGES", "lots")
    p = tmp_path / "a.txt"
    p.write_text("KẾ HOẠCH", encoding="utf-8")
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert "VBPARSE_MAX_PAGES must be a positive whole number" in e.value.reason


def _read_refused(path, error=ReadError) -> tuple[ReadError, int]:
    """The error reading ``path`` raises, and the peak memory Python allocated meanwhile."""
    tracemalloc.start()
    try:
        with pytest.raises(error) as e:
            read_path(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return e.value, peak


def test_docx_zip_bomb_is_refused_without_inflating_it(tmp_path, monkeypatch):
    monkeypatch.setenv("VBPARSE_MAX_DECOMPRESSED_BYTES", str(8 << 20))
    p = tmp_path / "bomb.docx"
    p.write_bytes(docx_bytes(zeros=64 << 20))
    assert p.stat().st_size < 200_000
    error, peak = _read_refused(p, LimitExceeded)
    assert peak < 4 << 20
    assert "more than 8 MiB" in error.reason and "VBPARSE_MAX_DECOMPRESSED_BYTES" in error.reason


def test_docx_whose_zip_lies_about_sizes_stops_at_the_declared_size(tmp_path, monkeypatch):
    monkeypatch.setenv("VBPARSE_MAX_DECOMPRESSED_BYTES", str(1 << 20))
    data = bytearray(docx_bytes(zeros=32 << 20))
    # document.xml claims 1 000 bytes, in its local header and in its central directory entry
    name = b"word/document.xml"
    local, central = data.index(name) - 30, data.rindex(name) - 46
    assert data[local : local + 4] == b"PK\x03\x04" and data[central : central + 4] == b"PK\x01\x02"
    struct.pack_into("<I", data, local + 22, 1000)
    struct.pack_into("<I", data, central + 24, 1000)
    p = tmp_path / "liar.docx"
    p.write_bytes(bytes(data))
    error, peak = _read_refused(p)
    assert peak < 8 << 20
    assert error.reason.startswith("not a readable DOCX file")


def test_a_docx_of_more_paragraphs_than_the_limit_is_refused_before_python_docx_builds_them(tmp_path):
    """Issue 40: an 806 kB DOCX of 100 000 short paragraphs took a gigabyte; its paragraphs are counted while
    the package is checked, and it is refused within a few megabytes."""
    paragraphs = b"</w:t></w:r></w:p><w:p><w:r><w:t>".join(
        b"- Nhi\xe1\xbb\x87m v\xe1\xbb\xa5 %d." % i for i in range(100_000)
    )
    p = tmp_path / "many.docx"
    p.write_bytes(docx_bytes(document_xml(paragraphs)))
    assert p.stat().st_size < 1_000_000
    error, peak = _read_refused(p, LimitExceeded)
    assert peak < 32 << 20
    assert "paragraphs" in error.reason and "VBPARSE_MAX_PARAGRAPHS" in error.reason


def test_a_text_file_over_the_text_limits_is_refused_before_it_is_decoded(tmp_path, monkeypatch):
    monkeypatch.setenv("VBPARSE_MAX_TEXT_CHARS", "1000")
    p = tmp_path / "long.md"
    p.write_text("# KẾ HOẠCH\n" + "Sở Tài chính chủ trì rà soát. " * 400, encoding="utf-8")
    error, _peak = _read_refused(p, LimitExceeded)
    assert "more than the text limit of 1,000 characters" in error.reason and "VBPARSE_MAX_TEXT_CHARS" in error.reason
    monkeypatch.setenv("VBPARSE_MAX_TEXT_CHARS", "5000")  # under four bytes a character: read, then measured
    error, _peak = _read_refused(p, LimitExceeded)
    assert "characters, more than the limit of 5,000" in error.reason
    monkeypatch.delenv("VBPARSE_MAX_TEXT_CHARS")
    monkeypatch.setenv("VBPARSE_MAX_PARAGRAPHS", "10")
    p.write_text("KẾ HOẠCH\n" + "- Rà soát.\n" * 50, encoding="utf-8")
    error, _peak = _read_refused(p, LimitExceeded)
    assert "more than 10 paragraphs" in error.reason


def test_billion_laughs_docx_is_refused(tmp_path):
    entities = [b'<!ENTITY l0 "lol">'] + [b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 10)]
    p = tmp_path / "laughs.docx"
    p.write_bytes(docx_bytes(document_xml(b"&l9;", b"<!DOCTYPE w:document [" + b"".join(entities) + b"]>")))
    with pytest.raises(ReadError) as e:
        read_path(p)
    assert "DTD" in e.value.reason and "word/document.xml" in e.value.reason


def test_pdf_with_more_pages_than_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("VBPARSE_MAX_PAGES", "5")
    p = tmp_path / "long.pdf"
    p.write_bytes(blank_pdf(12))
    with pytest.raises(LimitExceeded) as e:
        read_path(p)
    assert e.value.reason == "the PDF has 12 pages, more than the limit of 5 (set VBPARSE_MAX_PAGES to raise it)"


def test_huge_page_is_refused_before_it_is_rendered_for_ocr(tmp_path, monkeypatch):
    import vbparse.read.pdf as pdf_reader

    def never(*args, **kwargs):
        raise AssertionError("the page must not be rendered or recognised")

    monkeypatch.setattr(pdf_reader, "require_tesseract", never)
    monkeypatch.setattr(pdf_reader, "ocr_image", never)
    p = tmp_path / "huge.pdf"
    p.write_bytes(blank_pdf(1, 14400, 14400))
    with pytest.raises(LimitExceeded) as e:
        read_path(p)
    assert e.value.reason.startswith("page 1 is 14400 × 14400 pt")
    assert "VBPARSE_MAX_PAGE_PIXELS" in e.value.reason


def test_large_page_is_rendered_for_ocr_within_the_pixel_limit(tmp_path, monkeypatch):
    from PIL import Image

    import vbparse.read.pdf as pdf_reader

    class Rendered(Exception):
        pass

    seen = []

    def capture(image, scale, path=None):
        assert isinstance(image, Image.Image) and image.mode == "L"
        seen.append((image.size, scale))
        raise Rendered

    monkeypatch.setenv("VBPARSE_MAX_PAGE_PIXELS", "400000")
    monkeypatch.setattr(pdf_reader, "require_tesseract", lambda path, why: None)
    monkeypatch.setattr(pdf_reader, "ocr_image", capture)
    p = tmp_path / "poster.pdf"
    p.write_bytes(blank_pdf(1, 200, 200))  # 833 × 833 pixels at 300 dpi
    with pytest.raises(Rendered):
        read_path(p)
    (width, height), scale = seen[0]
    assert 300_000 < width * height <= 400_000 and 150 <= scale * 72 < 300


def _pdf_with_streams(*streams: bytes) -> bytes:
    """One page whose contents are ``streams`` (each given whole: the caller compresses and flags it)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [%s] /Resources << /Font << /F1 4 0 R"
        b" >> >> >>" % b" ".join(b"%d 0 R" % (5 + i) for i in range(len(streams))),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *streams,
    ]
    body, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return body + b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def _flate(data: bytes) -> bytes:
    z = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"


def test_pdf_stream_that_inflates_past_the_limit_is_refused_before_a_pdf_library_opens_it(tmp_path, monkeypatch):
    """A 1 MB PDF whose one stream inflated to 1 GB held 2.1 GB in pdfium (issue 22, item 2)."""
    import vbparse.read.pdf as pdf_reader

    text = b"BT /F1 12 Tf 72 720 Td (KE HOACH phong chong thien tai) Tj ET\n"
    p = tmp_path / "bomb.pdf"
    p.write_bytes(_pdf_with_streams(_flate(text), _flate(b"0 0 m\n" * (4 << 20))))  # 24 MiB in ~25 kB
    assert p.stat().st_size < 100_000
    assert "KE HOACH" in read_path(p, ocr="never").original  # under the default limit: read
    monkeypatch.setenv("VBPARSE_MAX_STREAM_BYTES", str(8 << 20))
    monkeypatch.setattr(pdf_reader, "_open_pdfium", lambda *a: pytest.fail("pdfium must not open it"))
    with pytest.raises(LimitExceeded) as e:
        read_path(p, ocr="never")
    assert "inflates to more than 8 MiB" in e.value.reason and "VBPARSE_MAX_STREAM_BYTES" in e.value.reason


def _zlib_with_plain_prefix(prefix: bytes, rest: bytes) -> bytes:
    """A zlib stream whose first block stores ``prefix`` as it is (so those bytes show in the file), then
    ``rest`` compressed."""
    stored = b"\x00" + struct.pack("<HH", len(prefix), 0xFFFF ^ len(prefix)) + prefix  # BFINAL 0, BTYPE 00
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = stored + packer.compress(rest) + packer.flush()
    return b"\x78\xda" + raw + struct.pack(">I", zlib.adler32(prefix + rest))


@pytest.mark.parametrize(
    "dictionary",
    [
        b"/Length %d /Filter /FlateDecode",  # the stream's true length, a forged endstream early in its data
        b"/Length 9 0 R /Filter /FlateDecode",  # a length another object holds: unknown here
        b"/Length 10 /DecodeParms << /Length %d >> /Filter /FlateDecode",  # two lengths: neither trusted
        # a second length spelled with a name escape (``#67`` is ``g``): pdfium reads it, and takes the last
        b"/Length 10 /Len#67th %d /Filter /FlateDecode",
    ],
)
def test_a_pdf_stream_that_only_looks_short_is_still_measured(tmp_path, monkeypatch, dictionary):
    """A stream is not inflated when its known length bounds what it can inflate to (deflate: 1032 bytes a
    byte); a forged ``endstream`` in the data, an indirect or a doubtful length make it unknown."""
    data = _zlib_with_plain_prefix(b"endstream\n", b"0 0 m\n" * (4 << 20))
    stream = b"<< " + (dictionary % len(data) if b"%d" in dictionary else dictionary) + b" >>\nstream\n"
    p = tmp_path / "bomb.pdf"
    p.write_bytes(_pdf_with_streams(stream + data + b"\nendstream"))
    assert zlib.decompress(data).startswith(b"endstream\n0 0 m")
    monkeypatch.setenv("VBPARSE_MAX_STREAM_BYTES", str(8 << 20))
    with pytest.raises(LimitExceeded, match="inflates to more than 8 MiB"):
        read_path(p, ocr="never")


def test_a_pdf_stream_known_to_be_short_is_not_inflated_to_measure_it(tmp_path, monkeypatch):
    from vbparse.read import pdf_streams

    text = b"BT /F1 12 Tf 72 720 Td (KE HOACH phong chong thien tai) Tj ET\n"
    p = tmp_path / "plan.pdf"
    p.write_bytes(_pdf_with_streams(_flate(text)))
    monkeypatch.setattr(pdf_streams, "inflated_size", lambda *a: pytest.fail("a short stream was inflated"))
    assert "KE HOACH" in read_path(p, ocr="never").original


_PEAK_OF_A_READ = """
import resource, sys
from vbparse.read import ReadError, read_path
try:
    read_path(sys.argv[1])
    print("read")
except ReadError as exc:
    print(exc.reason)
try:  # this process's own high-water mark: ru_maxrss keeps the forking parent's across exec on Linux, so the
    # peak of a read depended on the tests run before it (issue 40: "one memory test fails depending on order")
    with open("/proc/self/status") as status:
        print(next(int(ln.split()[1]) for ln in status if ln.startswith("VmHWM:")) // 1024)
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


@pytest.mark.parametrize("name", ["bomb.htm", "bomb.doc"])
def test_html_rowspan_and_colspan_bomb_is_refused_within_a_bounded_memory(tmp_path, name):
    """A 218 kB .htm reached 7.5 GB in 100 s; named .doc, 1.55 GB (issue 22, item 2)."""
    p = tmp_path / name
    p.write_text(
        "<html><body><p>KẾ HOẠCH</p><table><tr>"
        + "<td rowspan=65534 colspan=1000>x</td>" * 200
        + "</tr>"
        + "<tr></tr>" * 20000
        + "</table></body></html>",
        encoding="utf-8",
    )
    assert p.stat().st_size < 250_000
    r = subprocess.run(
        [sys.executable, "-c", _PEAK_OF_A_READ, str(p)], capture_output=True, check=False, text=True, timeout=120
    )
    reason, peak_mib = r.stdout.splitlines()
    assert reason.startswith("the tables of the web page have more than 200,000 cells"), r.stderr
    assert "VBPARSE_MAX_TABLE_CELLS" in reason and int(peak_mib) < 600


def test_a_real_table_with_merged_cells_is_within_the_cell_budget(tmp_path):
    rows = "".join(
        f"<tr><td>{i}</td><td>Nhiệm vụ {i}</td><td rowspan=2>Sở Tài chính</td><td>Quý II/2027</td></tr>"
        f"<tr><td>{i}b</td><td>Việc tiếp {i}</td><td>2027</td></tr>"
        for i in range(2000)
    )
    p = tmp_path / "plan.htm"
    p.write_text(f"<html><body><p>KẾ HOẠCH</p><table>{rows}</table></body></html>", encoding="utf-8")
    r = read_path(p)
    assert r.original.count("Sở Tài chính") == 2000 and len({b.row for b in r.blocks if b.table is not None}) == 4000


def test_a_workbook_named_docx_is_called_a_workbook_in_one_line(tmp_path):
    """Issue 40: python-docx's refusal of an .xlsx named .docx showed a Python object (``<_io.BytesIO object
    at 0x…>``) in the message."""
    from openpyxl import Workbook

    from vbparse import parse
    from vbparse.read import ReadError

    path = tmp_path / "ke-hoach.docx"
    wb = Workbook()
    wb.active["A1"] = "Kế hoạch"
    wb.save(path)
    with pytest.raises(ReadError) as caught:
        parse(path)
    assert "Excel workbook" in caught.value.reason and "object at 0x" not in caught.value.reason


def _pdf_with_a_page_pdfium_cannot_load() -> bytes:
    """Two pages, the second of which is no page dictionary: pdfium counts it and fails to load it."""
    line = b"(UY BAN NHAN DAN TINH LAM DONG - KE HOACH so 12/KH-UBND - trien khai nhiem vu nam 2026) Tj"
    content = b"BT /F1 10 Tf 40 720 Td " + b" 0 -14 Td ".join([line] * 6) + b" ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"(not a page)",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_bytes(objs)


@pytest.mark.parametrize("ocr", ["never", "auto"])
def test_a_page_pdfium_cannot_load_is_one_lost_page_not_an_internal_error(tmp_path, ocr):
    """Issue 40: ``PdfiumError: Failed to load page`` (a damaged page object) escaped the reader, once when
    the page's text was read and once when it was rendered for OCR: "internal error" for the whole file."""
    from vbparse import parse

    path = tmp_path / "ke-hoach.pdf"
    path.write_bytes(_pdf_with_a_page_pdfium_cannot_load())
    doc = parse(path, ocr=ocr)
    assert doc.source.chars > 300  # the first page's six lines were read
    lost = [d.message for d in doc.diagnostics if d.code == "unreadable_page"]
    assert lost and all(m.startswith("page 2:") for m in lost)


# --- a file named .pdf that holds no PDF (issue 53) -----------------------------------------------

#: What a portal's download sends instead of the file (invented): an error page, a line of text, noise; and what
#: the failure says it holds.
HOLDS = {"web page": "a web page (HTML)", "text": "text", "unrecognised bytes": "unrecognised bytes"}
#: The same, as the command line says it.
HOLDS_VI = {
    "web page": "đó là một trang web (HTML)",
    "text": "đó là văn bản chữ thường",
    "unrecognised bytes": "dữ liệu không nhận ra",
}
NOT_A_PDF = {
    "web page": (
        b'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>404 - Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba'
        b"\xa5y t\xc3\xa0i li\xe1\xbb\x87u</title></head><body><h1>T\xc3\xa0i li\xe1\xbb\x87u \xc4\x91\xc3\xa3 b\xe1"
        b"\xbb\x8b g\xe1\xbb\xa1</h1></body></html>\n"
    ),
    "text": "Phiên đăng nhập hết hạn, vui lòng tải lại văn bản.\n".encode(),
    "unrecognised bytes": random.Random(53).randbytes(3000),
}


@pytest.mark.parametrize("content", list(NOT_A_PDF))
def test_a_file_named_pdf_that_holds_no_pdf_fails_in_one_line_saying_so(tmp_path, content):
    p = tmp_path / "qd-15-ubnd.pdf"
    p.write_bytes(NOT_A_PDF[content])
    proc = subprocess.run(
        [sys.executable, "-m", "vbparse", "parse", str(p)], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 1 and proc.stdout == ""
    said = f"vbparse: {p}: không phải PDF (không có phần đầu %PDF-): {HOLDS_VI[content]}"
    assert proc.stderr.splitlines() == [said]
    with pytest.raises(ReadError) as refused:  # the API keeps its words
        read_path(p)
    assert refused.value.reason == f"not a PDF (no %PDF- header): it holds {HOLDS[content]}"


def test_batch_index_records_the_false_pdf_and_indexes_the_real_one(tmp_path):
    from test_pdf_reader import BODY, _pdf

    from vbparse.store import Archive

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "tai-lieu-loi.pdf").write_bytes(NOT_A_PDF["web page"])
    (folder / "ke-hoach.pdf").write_bytes(_pdf(BODY))  # counter-example: a real PDF still indexes
    (folder / "gateway.pdf").write_bytes(b"scanned by the mail gateway\r\n" + _pdf(BODY))  # header within 1 KiB
    with Archive(str(tmp_path / "a.db")) as archive:
        s = archive.index([folder], jobs=1)
        assert (s.indexed, s.failed) == (2, 1)
        (failure,) = archive.failures()
        assert failure.path.endswith("tai-lieu-loi.pdf") and failure.error == (
            "not a PDF (no %PDF- header): it holds a web page (HTML)"
        )


# --- every failure reason on one line (issue 55: an lxml message ran over two) -------------------------------


def test_a_reader_reason_over_several_lines_is_kept_on_one():
    reason = ReadError(
        "ke-hoach.docx", "corrupt DOCX file (XMLSyntaxError: Unescaped '<'\n  line 6, column 1\r\n)"
    ).reason
    assert reason == "corrupt DOCX file (XMLSyntaxError: Unescaped '<' line 6, column 1 )"
    assert ReadError(None, "not a PDF").reason == "not a PDF"  # a one-line reason as it was


def test_index_records_every_failure_reason_on_one_line(tmp_path, monkeypatch):
    from vbparse import pipeline
    from vbparse.store import Archive

    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("doc-loi.txt", "loi-trong.txt", "ke-hoach.txt"):
        (folder / name).write_text("KẾ HOẠCH\n\nSở Tài chính báo cáo.\n", encoding="utf-8")
    read = pipeline.read_file

    def broken(path, **kw):
        if path.name == "doc-loi.txt":
            raise ReadError(str(path), "corrupt DOCX file (XMLSyntaxError: first line\nsecond line)")
        if path.name == "loi-trong.txt":
            raise ValueError("xmlSAX2Characters: huge text node\n\tline 1")
        return read(path, **kw)

    monkeypatch.setattr(pipeline, "read_file", broken)
    with Archive(str(tmp_path / "a.db")) as archive:
        s = archive.index([folder], jobs=1)
        assert (s.indexed, s.failed) == (1, 2)
        said = sorted(f.error or "" for f in archive.failures())
        assert said == [
            "corrupt DOCX file (XMLSyntaxError: first line second line)",
            "internal error while parsing (ValueError: xmlSAX2Characters: huge text node line 1)",
        ]
        assert sorted(f.error or "" for f in s.failures) == said
        # an archive indexed before: its reason is shown on one line too
        archive.backend.execute("UPDATE files SET error = ? WHERE status = 'failed'", ("line one\nline two",))
        archive.backend.commit()
        assert {f.error for f in archive.failures()} == {"line one line two"}
