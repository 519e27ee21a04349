"""Cells for the instructors' CSV exports that a spreadsheet shows as text and never runs.

Spreadsheet formula injection: a cell whose text begins with ``=``, ``+``, ``-``
or ``@`` (or a tab, carriage return or line feed, which some spreadsheets skip
before reading a formula, or the full-width forms ``＝＋－＠``) is run as a
formula by Excel, LibreOffice and Google Sheets. Such text gets a leading
apostrophe, which spreadsheets show as plain text (OWASP, "CSV Injection").
Numbers stay numbers, rounded to four decimals.
"""

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
