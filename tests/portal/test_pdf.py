"""portal.pdf.new_pdf(): the one way to write a PDF, printing names in any script and never a "?"."""

import pytest

from portal.pdf import MISSING_GLYPH, PDF_FONT, new_pdf
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
