"""Helpers for the CSV files staff and members download and open in spreadsheet programs."""

# A spreadsheet runs a cell that starts with one of these as a formula; a leading quote keeps it plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value) -> str:
    """The cell text for `value` ("" for None), made safe to open in a spreadsheet program."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
