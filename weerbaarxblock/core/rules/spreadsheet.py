"""Cells for the instructors' CSV exports that a spreadsheet shows as text and never runs.

Spreadsheet formula injection: a cell whose text begins with ``=``, ``+``, ``-``
or ``@`` (or a tab, carriage return or line feed, which some spreadsheets skip
before reading a formula, or the full-width forms ``＝＋－＠``) is run as a
formula by Excel, LibreOffice and Google Sheets. Such text gets a leading
apostrophe, which spreadsheets show as plain text (OWASP, "CSV Injection").

Written for Dutch Excel and LibreOffice: cells split on a semicolon (Dutch
Excel's list separator; a comma is its decimal sign), numbers rounded to four
decimals with a decimal comma, moments in the course's local time as
"30-11-2026 21:43", and a byte-order mark so accents read right.
"""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
SEPARATOR = ";"
TIME_ZONE = "Europe/Amsterdam"  # the course's: a Dutch municipal training
TIME_FORMAT = "%d-%m-%Y %H:%M"


def local_time(moment, zone=TIME_ZONE):
    """``moment`` (an ISO text or a datetime; without a zone it is UTC) as "30-11-2026 21:43" in ``zone``."""
    if not moment:
        return ""
    if isinstance(moment, str):
        moment = datetime.datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(ZoneInfo(zone)).strftime(TIME_FORMAT)


def decimal_comma(number):
    """``number`` rounded to four decimals, as Dutch spreadsheets read it: "0,25", "2", "-1,5"."""
    text = f"{round(number, 4):.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text.replace(".", ",")


def safe_cell(value):
    """One CSV cell: text neutralised, numbers with a decimal comma, booleans as true/false, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return decimal_comma(value)
    if isinstance(value, int):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def safe_row(cells):
    return [safe_cell(cell) for cell in cells]


def csv_chunks(header, rows, rows_per_chunk=200):
    """The CSV text of ``header`` and ``rows`` in pieces, for a download that starts before the last row is read.

    The first piece begins with a byte-order mark, so spreadsheet programs read UTF-8 (Dutch accents) right;
    cells are separated by semicolons, which Dutch Excel splits into columns on opening.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=SEPARATOR, lineterminator="\r\n")
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
