"""Pre-Unicode Vietnamese encodings: TCVN3 (ABC, ``.VnTime``) and VNI-Windows (``VNI-Times``).

Python has no codec for either (only ``cp1258``).  Text in these fonts reaches us as Latin-1 /
Windows-1252 characters: a DOCX run in ``.VnTime`` stores ``§éc lËp`` for ``Độc lập``; a TCVN3 ``.txt``
file is the same bytes.  The tables below map those characters to Unicode.

* **TCVN3** (TCVN 5712:1993, the VN3 subset used by the ABC fonts): one byte per letter.  Capitals
  with a tone mark are not encoded; the capitals fonts (``.VnTimeH``, ``.VnArialH``) draw the
  lower-case codes as capitals, so a run in such a font is upper-cased after mapping.  The table is
  the 0xA1–0xFF half of glibc's ``TCVN5712-1`` (checked with ``iconv``), so the VN1 capitals that sit
  in VN3's gaps decode too.
* **VNI-Windows**: a base letter followed by one or two mark characters (``a`` + ``ù`` = ``á``,
  ``a`` + ``á`` = ``ấ``); a few letters have one code of their own (``ñ`` = ``đ``, ``ô`` = ``ơ``,
  ``ö`` = ``ư``, ``í`` = ``í``, ``ó`` = ``ĩ``, ``ò`` = ``ị``, ``î`` = ``ỵ``, ``æ`` = ``ỉ``).
  Decoding takes the longest match first.

``CANARIES`` are strings every administrative document prints (Quốc hiệu, Tiêu ngữ, ``Nơi nhận``) in
each encoding, for detection.  Font-name patterns say which runs may be legacy text.
"""

from __future__ import annotations

import regex

from ..pattern_cache import compiled

# --- TCVN3: Latin-1 code point → Unicode ---------------------------------------------------------

TCVN3_TABLE: dict[str, str] = dict(
    zip(
        # bytes 0xA1 … 0xFF as Latin-1 characters
        [chr(b) for b in range(0xA1, 0x100)],
        # what they stand for in TCVN 5712 (0xB0–0xB4 are combining tone marks)
        list("ĂÂÊÔƠƯĐăâêôơưđẰ")
        + ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
        + list("àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"),
    )
)

# --- VNI-Windows: sequences → Unicode (built from the mark table below) ---------------------------

# mark characters after a vowel: (tone, vowel modifier) in VNI; lower-case and upper-case forms
_VNI_TONES = {  # tone on a plain vowel
    "ù": "\u0301",
    "ø": "\u0300",
    "û": "\u0309",
    "õ": "\u0303",
    "ï": "\u0323",
    "Ù": "\u0301",
    "Ø": "\u0300",
    "Û": "\u0309",
    "Õ": "\u0303",
    "Ï": "\u0323",
}
_VNI_CIRCUMFLEX = {  # â ê ô, alone or with a tone
    "â": "",
    "á": "\u0301",
    "à": "\u0300",
    "å": "\u0309",
    "ã": "\u0303",
    "ä": "\u0323",
    "Â": "",
    "Á": "\u0301",
    "À": "\u0300",
    "Å": "\u0309",
    "Ã": "\u0303",
    "Ä": "\u0323",
}
_VNI_BREVE = {  # ă, alone or with a tone
    "ê": "",
    "é": "\u0301",
    "è": "\u0300",
    "ú": "\u0309",
    "ü": "\u0303",
    "ë": "\u0323",
    "Ê": "",
    "É": "\u0301",
    "È": "\u0300",
    "Ú": "\u0309",
    "Ü": "\u0303",
    "Ë": "\u0323",
}
_VNI_SINGLE = {  # letters with a code of their own
    "ñ": "đ",
    "Ñ": "Đ",
    "ô": "ơ",
    "Ô": "Ơ",
    "ö": "ư",
    "Ö": "Ư",
    "í": "í",
    "Í": "Í",
    "ì": "ì",
    "Ì": "Ì",
    "æ": "ỉ",
    "Æ": "Ỉ",
    "ó": "ĩ",
    "Ó": "Ĩ",
    "ò": "ị",
    "Ò": "Ị",
    "î": "ỵ",
    "Î": "Ỵ",
}


def _build_vni() -> dict[str, str]:
    import unicodedata

    table: dict[str, str] = {}
    for base in "aeiouyAEIOUY":
        for mark, tone in _VNI_TONES.items():
            table[base + mark] = unicodedata.normalize("NFC", base + tone)
    for base in "aeoAEO":
        for mark, tone in _VNI_CIRCUMFLEX.items():
            table[base + mark] = unicodedata.normalize("NFC", base + "\u0302" + tone)
    for base in "aA":
        for mark, tone in _VNI_BREVE.items():
            table[base + mark] = unicodedata.normalize("NFC", base + "\u0306" + tone)
    for horn_code, horn in (("ô", "ơ"), ("Ô", "Ơ"), ("ö", "ư"), ("Ö", "Ư")):
        for mark, tone in _VNI_TONES.items():
            table[horn_code + mark] = unicodedata.normalize("NFC", horn + tone)
    table.update(_VNI_SINGLE)
    return table


VNI_TABLE: dict[str, str] = _build_vni()

# --- detection ------------------------------------------------------------------------------------

CANARIES: dict[str, tuple[str, ...]] = {
    "tcvn3": ("§éc lËp", "H¹nh phóc", "CéNG HßA", "N¬i nhËn", "KÕ HO¹CH", "ñY BAN NH¢N D¢N", "Sè:"),
    "vni": ("Ñoäc laäp", "Haïnh phuùc", "Coäng hoøa", "Nôi nhaän", "Keá hoaïch", "UÛY BAN NHAÂN DAÂN", "Soá:"),
}

# font names that announce legacy text (pdfplumber prefixes subsets: ``ABCDEF+.VnTime``)
# as DOCX runs of ../shared/realdocs name them: ``.VnTime``, ``.VnTimeH`` (capitals), ``VNI-Times``
TCVN3_FONT = compiled(r"(?:^|\+)\.Vn[A-Za-z]", regex.IGNORECASE)
TCVN3_CAPITALS_FONT = compiled(r"(?:^|\+)\.Vn[A-Za-z ]*H(?:[,-].*)?$")
VNI_FONT = compiled(r"(?:^|\+)VNI[- ]", regex.IGNORECASE)
