"""Casus CSV export for instructors: one row per answer, safe to open in a spreadsheet."""
import csv
import io

from .sjt_model import BEST_WORST, PICK_BEST, RANK, RATE
from .spreadsheet import safe_row


def answer_text(response_format, answer):
    """A compact, language-neutral rendering of an answer with option ids."""
    if not isinstance(answer, dict):
        return ""
    if response_format == PICK_BEST:
        return str(answer.get("choice", ""))
    if response_format == BEST_WORST:
        return f"best={answer.get('best', '')}; worst={answer.get('worst', '')}"
    if response_format == RATE:
        ratings = answer.get("ratings") or {}
        return "; ".join(f"{key}={value}" for key, value in ratings.items())
    if response_format == RANK:
        return " > ".join(str(item) for item in answer.get("order") or [])
    return ""


def to_csv(headers, rows):
    """``rows``: sequences in the order of ``headers``; every cell passes through ``cell``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(safe_row(headers))
    for row in rows:
        writer.writerow(safe_row(row))
    return "\ufeff" + buffer.getvalue()  # a BOM so spreadsheet programs read UTF-8 (Dutch accents)
