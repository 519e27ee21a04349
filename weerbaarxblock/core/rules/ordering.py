"""Rows ordered as the platform's database orders them, for the few rows a name search found: read whole and
ordered here, as their order would otherwise cost a walk through the block's ordered index."""


def ordered_rows(rows, order):
    """``rows`` (dicts) in ``order`` (field names, ``-`` first for descending, as Django's ``order_by``).

    As MySQL and MariaDB order: an empty value (None) before any other going up and after them going down,
    text without regard to case (the platform's collations are case-insensitive).
    """
    ordered = list(rows)
    for field in reversed(order):  # a stable sort per field, the least significant first
        name = field.removeprefix("-")
        ordered.sort(key=lambda row, name=name: _sort_key(row[name]), reverse=field.startswith("-"))
    return ordered


def _sort_key(value):
    if value is None:
        return (0, "")
    return (1, value.casefold() if isinstance(value, str) else value)
