"""The one writer for the CSV and XLSX files staff and members download and open in spreadsheet programs.

A cell whose text starts with `=`, `+`, `-` or `@` (or a tab or carriage return, which some programs skip before
reading one of those) is run as a formula when the file is opened: a name or a note typed by anyone could then fetch a
URL or change what a coordinator sees. Every text cell is therefore guarded; numbers stay numbers, because a negative
number of hours is data, not a formula.
"""

import csv
import datetime
from decimal import Decimal

from django.http import HttpResponse, StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff"  # spreadsheet programs then read the file as UTF-8
NUMBERS = (int, float, Decimal)


def spreadsheet_text(value) -> str:
    """The cell text for `value` ("" for None), made safe to open in a spreadsheet program."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def spreadsheet_cell(value):
    """A number stays a number (a spreadsheet reads `-1.5` as minus one and a half); anything else is guarded text."""
    if isinstance(value, NUMBERS) and not isinstance(value, bool):
        return value
    if isinstance(value, datetime.date):  # dates and datetimes
        return value.isoformat()
    return spreadsheet_text(value)


class _Echo:
    """A file-like object whose write returns the line, so csv.writer can feed a generator."""

    def write(self, value):
        return value


def csv_lines(headings, rows, *, byte_order_mark=False):
    """The CSV text line by line, every cell guarded: headings first, then each row."""
    writer = csv.writer(_Echo())
    yield (BYTE_ORDER_MARK if byte_order_mark else "") + writer.writerow([spreadsheet_text(h) for h in headings])
    for row in rows:
        yield writer.writerow([spreadsheet_cell(value) for value in row])


def csv_response(filename, headings, rows, *, streaming=False, byte_order_mark=False):
    """A CSV download with every cell guarded. `streaming` for exports of any length (rows may be a generator)."""
    lines = csv_lines(headings, rows, byte_order_mark=byte_order_mark)
    content_type = "text/csv; charset=utf-8"
    response = (
        StreamingHttpResponse(lines, content_type=content_type)
        if streaming
        else HttpResponse("".join(lines), content_type=content_type)
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- Wagtail's exports (reports, model listings, form submissions): its writer puts values into cells as they are.


def guard_wagtail_spreadsheet_exports():
    """Guard every cell Wagtail's `SpreadsheetExportMixin` writes, in CSV and XLSX, for every view that uses it.

    Called once at start-up (portal's AppConfig), so Wagtail's own reports and listings are covered as well as ours:
    a mixin of our own would leave every Wagtail view that we do not subclass writing formulas.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "cells_guarded", False):
        return
    heading = SpreadsheetExportMixin.get_heading
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    xlsx_row = SpreadsheetExportMixin.generate_xlsx_row

    def get_heading(self, queryset, field):
        return spreadsheet_text(heading(self, queryset, field))

    def preprocess_field_value(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return spreadsheet_text(value)
        return value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        # In XLSX the text stays as typed, in a text cell marked "quote prefix": Excel's own mark for "this is text,
        # not a formula", which also survives someone editing the cell.
        for cell in xlsx_row(self, worksheet, row_dict, date_format=date_format):
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                cell.data_type = "s"
                cell.quotePrefix = True
            yield cell

    SpreadsheetExportMixin.get_heading = get_heading
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.generate_xlsx_row = generate_xlsx_row
    SpreadsheetExportMixin.cells_guarded = True
