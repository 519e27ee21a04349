"""Cells for the instructors' CSV exports that a spreadsheet shows as text and never runs.

Spreadsheet formula injection: a cell whose text begins with ``=``, ``+``, ``-``
or ``@`` (or a tab, carriage return or line feed, which some spreadsheets skip
before reading a formula, or the full-width forms ``＝＋－＠``) is run as a
formula by Excel, LibreOffice and Google Sheets. Such text gets a leading
apostrophe, which spreadsheets show as plain text (OWASP, "CSV Injection").
Numbers stay numbers, rounded to four decimals.
"""

import csv
import io

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value):
    """One CSV cell: text neutralised, numbers kept, booleans as true/false, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        value = round(value, 4)
        return int(value) if value.is_integer() else value
    if isinstance(value, int):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def safe_row(cells):
    return [safe_cell(cell) for cell in cells]


def csv_chunks(header, rows, rows_per_chunk=200):
    """The CSV text of ``header`` and ``rows`` in pieces, for a download that starts before the last row is read.

    The first piece begins with a byte-order mark, so spreadsheet programs read UTF-8 (Dutch accents) right.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(safe_row(header))
    yield "\ufeff" + _take(buffer)
    for index, row in enumerate(rows, start=1):
        writer.writerow(safe_row(row))
        if index % rows_per_chunk == 0:
            yield _take(buffer)
    yield _take(buffer)


def _take(buffer):
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate(0)
    return text
