"""Helpers for the PDFs the portal writes with fpdf2 (CPD portfolio, training certificate)."""

import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H"})


def pdf_safe_text(text) -> str:
    """The core PDF fonts cover Windows-1252 only: keep what they can show, approximate accents, mark the rest."""
    out = []
    for char in str(text).translate(_UNDECOMPOSABLE):
        try:
            char.encode("cp1252")
            out.append(char)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKD", char).encode("cp1252", "ignore").decode("cp1252") or "?")
    return "".join(out)
