"""pdfium's functions that a page's paths and words call by the thousand, declared to take plain addresses.

pypdfium2's bindings check and convert every argument (a handle's pointer type, a structure): about a
sixth of what walking a table page's objects costs, and of a character box's call when handle and box are
passed as plain addresses.  The same C functions, declared here with ``c_void_p`` arguments, take handles
as they come (or as ints), out-parameters as ``byref``s or addresses, and return handles as ints;
everything else of ``pypdfium2.raw`` is passed through, so a caller uses this namespace in its place.
"""

from __future__ import annotations

import ctypes
import functools
import types
from typing import Any

_ADDRESS = ctypes.c_void_p
_INT = ctypes.c_int

#: ``name: (return type, argument types)`` of each function declared anew.
DEFAULT_LEAN_FUNCTIONS: dict[str, tuple[Any, tuple[Any, ...]]] = {
    "FPDFPage_GetObject": (_ADDRESS, (_ADDRESS, _INT)),
    "FPDFPageObj_GetType": (_INT, (_ADDRESS,)),
    "FPDFPageObj_GetMatrix": (_INT, (_ADDRESS, _ADDRESS)),
    "FPDFPageObj_GetBounds": (_INT, (_ADDRESS,) * 5),
    "FPDFPageObj_GetStrokeColor": (_INT, (_ADDRESS,) * 5),
    "FPDFPageObj_GetFillColor": (_INT, (_ADDRESS,) * 5),
    "FPDFFormObj_CountObjects": (_INT, (_ADDRESS,)),
    "FPDFFormObj_GetObject": (_ADDRESS, (_ADDRESS, ctypes.c_ulong)),
    "FPDFPath_GetDrawMode": (_INT, (_ADDRESS,) * 3),
    "FPDFPath_CountSegments": (_INT, (_ADDRESS,)),
    "FPDFPath_GetPathSegment": (_ADDRESS, (_ADDRESS, _INT)),
    "FPDFPathSegment_GetPoint": (_INT, (_ADDRESS,) * 3),
    "FPDFPathSegment_GetType": (_INT, (_ADDRESS,)),
    "FPDFPathSegment_GetClose": (_INT, (_ADDRESS,)),
    # a text page's runs: the boxes of their first and last characters
    "FPDFText_GetLooseCharBox": (_INT, (_ADDRESS, _INT, _ADDRESS)),
    # and the name of their first character's font (a bold face is known by it)
    "FPDFText_GetFontInfo": (ctypes.c_ulong, (_ADDRESS, _INT, _ADDRESS, ctypes.c_ulong, _ADDRESS)),
}


@functools.cache
def lean_raw() -> Any:
    """``pypdfium2.raw`` with the functions of ``DEFAULT_LEAN_FUNCTIONS`` declared to take addresses."""
    from pypdfium2 import raw

    namespace = types.SimpleNamespace(**{name: getattr(raw, name) for name in dir(raw) if not name.startswith("_")})
    for name, (result, arguments) in DEFAULT_LEAN_FUNCTIONS.items():
        address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
        if address is None:  # a binding without its function: pypdfium2's own stays
            continue
        setattr(namespace, name, ctypes.CFUNCTYPE(result, *arguments)(address))
    return namespace
