"""The one way the portal writes a PDF: `new_pdf()` gives an fpdf2 document that prints names in any script.

Names are the point of a certificate or a portfolio, and people's names come in every script. The PDF core fonts
cover Windows-1252 only, so the portal embeds the open-licence Noto fonts shipped in `portal/fonts/` (see its
README): Noto Sans (Latin, Greek, Cyrillic) as the family `PDF_FONT`, with Arabic, Hebrew, Ethiopic, Chinese,
symbols and a monochrome emoji face as fallbacks, and HarfBuzz text shaping (`uharfbuzz`) so that Arabic letters join
and right-to-left text runs in the right order. A character that none of the fonts has is printed as
`MISSING_GLYPH`, a visible box, never silently dropped and never a "?".

Use:

    pdf = new_pdf(orientation="landscape")     # any FPDF() keyword arguments
    pdf.add_page()
    pdf.set_font(PDF_FONT, "B", 16)            # styles "", "B" and "I"
    pdf.multi_cell(0, 8, name)                 # plain str, as typed: no encoding step
    data = bytes(pdf.output())
"""

import unicodedata
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF

FONTS_DIR = Path(__file__).resolve().parent / "fonts"
PDF_FONT = "NotoSans"
MISSING_GLYPH = "\u25a1"  # □ WHITE SQUARE, which the Chinese and symbol faces draw

# family, style, file: the main family first, then the fallbacks in the order they are tried.
_FACES = (
    (PDF_FONT, "", "NotoSans-Regular.ttf"),
    (PDF_FONT, "B", "NotoSans-Bold.ttf"),
    (PDF_FONT, "I", "NotoSans-Italic.ttf"),
    ("NotoSansArabic", "", "NotoSansArabic-Regular.ttf"),
    ("NotoSansArabic", "B", "NotoSansArabic-Bold.ttf"),
    ("NotoSansHebrew", "", "NotoSansHebrew-Regular.ttf"),
    ("NotoSansHebrew", "B", "NotoSansHebrew-Bold.ttf"),
    ("NotoSansEthiopic", "", "NotoSansEthiopic-Regular.ttf"),
    ("NotoSansEthiopic", "B", "NotoSansEthiopic-Bold.ttf"),
    ("NotoSansSC", "", "NotoSansSC-Regular.ttf"),  # one weight only: a bold CJK face would add 4 MB
    ("NotoSansSymbols2", "", "NotoSansSymbols2-Regular.ttf"),
    ("NotoEmoji", "", "NotoEmoji-Regular.ttf"),
)
# Marks that only modify the character before them (emoji variation selectors and skin tones, joiners): when no font
# has them, the box for the character they belong to is enough.
_MODIFIERS = {0x200C, 0x200D, 0x20E3, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)}


@cache
def _coverage() -> dict:
    """The code points each face can draw, read from the font files once per process."""
    covered = {}
    for face in _FACES:
        with TTFont(FONTS_DIR / face[2], lazy=True) as font:
            covered[face] = frozenset(font.getBestCmap())
    return covered


@cache
def printable_characters() -> frozenset:
    """Every code point that at least one of the shipped fonts can draw."""
    return frozenset().union(*_coverage().values())


def _fallback_face(code, style):
    """The first fallback face that has the character, in the requested style if one has it."""
    faces = [face for face, covered in _coverage().items() if face[0] != PDF_FONT and code in covered]
    return next((face for face in faces if face[1] == style), faces[0] if faces else None)


def _main_font_draws(text):
    return _main_font_characters().issuperset(map(ord, text))


@cache
def _main_font_characters() -> frozenset:
    """What the main font draws with no shaping: not combining accents, joiners or direction marks."""
    faces = [covered for face, covered in _coverage().items() if face[0] == PDF_FONT]
    return frozenset(
        code
        for code in frozenset.intersection(*faces)
        if not unicodedata.combining(chr(code)) and unicodedata.category(chr(code)) != "Cf"
    )


def pdf_safe_text(text) -> str:
    """The text as it will print: characters no shipped font has become `MISSING_GLYPH`, visibly.

    `new_pdf()` documents apply this to everything they draw; call it yourself only for text you show elsewhere.
    """
    covered = printable_characters()
    out = []
    for char in str(text):
        code = ord(char)
        if code in covered or char in "\n\r\t":
            out.append(char)
        elif code not in _MODIFIERS:
            out.append(MISSING_GLYPH)
    return "".join(out)


class PortalPDF(FPDF):
    """An FPDF with the portal's fonts registered, fallbacks and text shaping on, and `PDF_FONT` selected.

    Subclass it for headers and footers (as the CPD portfolio does). Keep to `PDF_FONT` and keep text shaping on:
    the fallback faces are found through shaping, and the core fonts (Helvetica…) print Windows-1252 only.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for family, style, file in _FACES:
            if family == PDF_FONT:
                self.add_font(family, style, FONTS_DIR / file)
        self.set_text_shaping(True)
        self._shaping = self.text_shaping
        self.set_font(PDF_FONT, size=11)

    def get_fallback_font(self, char, style=""):
        """fpdf2 asks for a character the current font lacks. Fallback faces are registered when first needed:
        fpdf2 embeds every registered font, and a Chinese face in a Latin-only certificate would cost time."""
        face = _fallback_face(ord(char), "B" if "B" in style else "")
        if face is None:
            return None
        family, face_style, file = face
        fontkey = family.lower() + face_style
        if fontkey not in self.fonts:
            self.add_font(family, face_style, FONTS_DIR / file)
            self._fallback_font_ids.append(fontkey)
        return fontkey

    def normalize_text(self, text):
        """Every piece of text passes here first. Shaping (HarfBuzz, bidi) costs a lot per line, and text the main
        font draws alone needs none: it is switched on only for text with other characters (Arabic, Hebrew, Chinese,
        symbols, emoji…), which is also what lets fpdf2 look for a fallback face. (fpdf2 keeps the setting with each
        piece of text it has laid out, so a footer written at a page break does not change the paragraph it breaks.)"""
        text = pdf_safe_text(text)
        self.text_shaping = self._shaping if not _main_font_draws(text) else None
        return super().normalize_text(text)


def new_pdf(**kwargs) -> PortalPDF:
    """A new document ready to write in any script; takes FPDF's keyword arguments (orientation, unit, format)."""
    return PortalPDF(**kwargs)
