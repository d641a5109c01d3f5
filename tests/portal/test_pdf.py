"""portal.pdf.new_pdf(): the one way to write a PDF, printing names in any script and never a "?"."""

import io

import pytest
from pypdf import PdfReader

from portal.pdf import MISSING_GLYPH, PDF_FONT, PortalPDF, new_pdf
from tests.pdf_text import NAMES_BY_SCRIPT, contains_name, pdf_text


def written(*lines, style=""):
    pdf = new_pdf()
    pdf.add_page()
    for line in lines:
        pdf.set_font(PDF_FONT, style, 14)
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("style", ["", "B"])
@pytest.mark.parametrize("script", list(NAMES_BY_SCRIPT))
def test_a_name_in_each_script_prints_as_typed(script, style):
    name = NAMES_BY_SCRIPT[script]

    text = pdf_text(written(f"Name: {name}", style=style))

    assert contains_name(text, script, name), text
    assert "?" not in text and MISSING_GLYPH not in text


def test_right_to_left_names_run_from_the_right_with_their_words_in_order():
    """Drawn right to left: read back left to right, the family name comes first, letters joined in order."""
    text = pdf_text(written("שרה כהן", "محمد عبد الله"))

    assert "כהן שרה" in text
    assert "الله عبد محمد" in text


def test_ticks_and_emoji_print():
    text = pdf_text(written("✔ Done 😊"))

    assert "✔" in text and "😊" in text
    assert "?" not in text


def test_a_character_no_font_has_is_replaced_by_a_visible_box_never_a_question_mark():
    text = pdf_text(written("Tablet 𐎀 kept"))  # U+10380, Ugaritic: no shipped font draws it

    assert f"Tablet {MISSING_GLYPH} kept" in text
    assert "?" not in text


def test_a_real_question_mark_still_prints():
    assert "Ready?" in pdf_text(written("Ready?"))


def test_right_to_left_text_keeps_its_order_across_a_page_break_with_a_latin_footer():
    class WithFooter(PortalPDF):
        def footer(self):
            self.set_y(-12)
            self.cell(0, 6, f"Portfolio – page {self.page_no()}")

    pdf = WithFooter()
    pdf.add_page()
    pdf.multi_cell(0, 8, " ".join(["محمد عبد الله"] * 400))
    content = bytes(pdf.output())

    pages = [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]
    assert len(pages) >= 2
    assert all("الله عبد محمد" in page for page in pages)
    assert "Portfolio – page 2" in pages[1]


def test_latin_only_text_prints_without_the_cost_of_shaping():
    """Shaping every line made a 100-record portfolio take many seconds; Latin text needs none."""
    pdf = new_pdf()
    pdf.add_page()
    pdf.multi_cell(0, 8, "Zoë's reflection on listening", new_x="LMARGIN", new_y="NEXT")
    assert not pdf.text_shaping
    pdf.multi_cell(0, 8, "שרה כהן", new_x="LMARGIN", new_y="NEXT")
    assert pdf.text_shaping
    pdf.multi_cell(0, 8, "Zoe\u0308")  # a combining accent is placed by shaping
    assert pdf.text_shaping
