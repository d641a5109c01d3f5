"""Reading back the PDFs the portal writes, as a PDF reader would: pypdf maps each drawn glyph back to its
character through the font's ToUnicode table, so what it returns is what a person copying the text would get."""

import io

from pypdf import PdfReader

# One name per script the portal must print (issue #12): the text as typed.
NAMES_BY_SCRIPT = {
    "Latin with accents": "Zoë Ñúñez-Brontë",
    "Greek": "Ελένη Παπαδοπούλου",
    "Cyrillic": "Анна Иванова",
    "Arabic": "محمد عبد الله",
    "Hebrew": "שרה כהן",
    "Ethiopic": "ሰላም ተስፋዬ",
    "Chinese": "王小明",
}
RIGHT_TO_LEFT = {"Arabic", "Hebrew"}


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def printed_as(script: str, name: str) -> str:
    """How a correctly printed name reads back. A right-to-left line is drawn from the right: the extractor reads
    the page left to right, so it gives the words last to first (each word's letters in reading order). Chinese has
    no spaces between words; the extractor may put some between glyphs, so compare without them."""
    if script in RIGHT_TO_LEFT:
        return " ".join(reversed(name.split()))
    return name


def contains_name(text: str, script: str, name: str) -> bool:
    expected = printed_as(script, name)
    if script == "Chinese":
        return expected in "".join(text.split())
    return expected in text
