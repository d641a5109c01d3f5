"""How NotoSansSC-Regular.ttf here was made (run by hand, not by the portal):

    apt-get download fonts-noto-cjk && dpkg -x fonts-noto-cjk_*.deb cjk
    python portal/fonts/make_chinese_subset.py cjk/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

The full Noto Sans CJK is about 20 MB a weight. This keeps the Simplified Chinese face (collection member 2) for the
6,763 hanzi of GB 2312 and its punctuation, kana and full-width forms, and converts its CFF outlines to TrueType ones,
which fpdf2 embeds in the same well-read way as the other fonts here.
"""

import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

OUTPUT = Path(__file__).resolve().parent / "NotoSansSC-Regular.ttf"
SIMPLIFIED_CHINESE = 2  # NotoSansCJK-*.ttc: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK


def gb2312_code_points():
    code_points = set(range(0x3000, 0x3100)) | set(range(0xFF00, 0xFFF0))  # CJK punctuation, kana, full-width
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                code_points.add(ord(bytes([high, low]).decode("gb2312")))
    return code_points


def to_truetype_outlines(font, max_err=1.0):
    """After fontTools' Snippets/otf2ttf.py: cubic CFF outlines to quadratic glyf ones."""
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    glyph_set = font.getGlyphSet()
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion, maxp.maxZones = 0x00010000, 1
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 3.0, [], {}
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\000\001\000\000"


def main(collection, output=OUTPUT):
    font = TTFont(collection, fontNumber=SIMPLIFIED_CHINESE)
    options = subset.Options(layout_features=["*"], name_IDs=["*"], name_languages=["*"], notdef_outline=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=gb2312_code_points())
    subsetter.subset(font)
    to_truetype_outlines(font)
    font.save(output)


if __name__ == "__main__":
    main(sys.argv[1])
