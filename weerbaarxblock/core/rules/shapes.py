"""Checks on the shape of decoded JSON: types, required keys, lengths.

A JSON body can be any JSON value (``[]``, ``null``, ``"x"``); handlers call
these before touching any field so that a wrong shape is a 400 with a clear
message and never a 500, and nothing is changed.
"""
import re

from weerbaarxblock.core.rules.problems import Problem

NUL = "\x00"
_ABSENT = object()


def _member(data, key, required):
    """``data[key]``; when the key is absent, a problem if it is ``required`` and else ``_ABSENT``."""
    if key in data:
        return data[key]
    if required:
        raise Problem("missing_field", field=key)
    return _ABSENT


def require_object(value, field="body"):
    if not isinstance(value, dict):
        raise Problem("not_an_object", field=field)
    return value


def get_text(data, key, *, max_chars=None, required=True, default=""):
    """A string member; NUL characters are refused, never silently changed."""
    value = _member(data, key, required)
    if value is _ABSENT:
        return default
    if not isinstance(value, str):
        raise Problem("wrong_type", field=key, expected="text")
    if NUL in value:
        raise Problem("nul_character", field=key)
    if max_chars is not None and len(value) > max_chars:
        raise Problem("too_many_characters", field=key, limit=max_chars, count=len(value))
    return value


def get_int(data, key, *, minimum=None, maximum=None, required=True, default=None):
    """An integer member (booleans are not integers here)."""
    value = _member(data, key, required)
    if value is _ABSENT:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise Problem("wrong_type", field=key, expected="integer")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise Problem("out_of_range", field=key, minimum=minimum, maximum=maximum)
    return value


def get_number(data, key, *, minimum=None, maximum=None, required=True, default=None):
    """A finite number member (int or float, not bool)."""
    value = _member(data, key, required)
    if value is _ABSENT:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise Problem("wrong_type", field=key, expected="number")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise Problem("out_of_range", field=key, minimum=minimum, maximum=maximum)
    return value


def get_bool(data, key, *, required=True, default=False):
    value = _member(data, key, required)
    if value is _ABSENT:
        return default
    if not isinstance(value, bool):
        raise Problem("wrong_type", field=key, expected="boolean")
    return value


def get_list(data, key, *, max_items=None, required=True):
    value = _member(data, key, required)
    if value is _ABSENT:
        return []
    if not isinstance(value, list):
        raise Problem("wrong_type", field=key, expected="list")
    if max_items is not None and len(value) > max_items:
        raise Problem("too_many_items", field=key, limit=max_items)
    return value


def get_choice(data, key, choices, *, required=True, default=None):
    value = _member(data, key, required)
    if value is _ABSENT:
        return default
    if not isinstance(value, str) or value not in choices:
        raise Problem("unknown_choice", field=key, value=str(value)[:40])
    return value


MAX_DEPTH = 32  # far deeper than any form of ours; far below Python's recursion limit


def check_request_tree(value):
    """Refuse a decoded JSON body nested deeper than ``MAX_DEPTH`` or holding text that is not valid Unicode.

    JSON can carry a lone surrogate (``"\\ud800"``): valid JSON, but no text. Stored, it would break every page
    and export that encodes it, for the whole class; so it is refused here, once, for every text field and key.
    Walks the tree without recursion, so no nesting can exhaust the stack.
    """
    pending = [(value, 1, "body")]
    while pending:
        item, depth, path = pending.pop()
        if depth > MAX_DEPTH:
            raise Problem("too_deep", field=path, limit=MAX_DEPTH)
        if isinstance(item, str):
            _require_unicode(item, path)
        elif isinstance(item, dict):
            for key, member in item.items():
                _require_unicode(key, path)
                pending.append((member, depth + 1, key))
        elif isinstance(item, list):
            pending.extend((member, depth + 1, path) for member in item)
    return value


# A \\u escape of a surrogate: the only way a JSON text decoded from UTF-8 can hold one (``bytes.decode`` refuses
# an encoded surrogate).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_CONTAINER_TYPES = frozenset((dict, list))


def check_request_text(text, value):
    """``check_request_tree(value)`` for ``value = json.loads(text)``, without visiting every string.

    A text with no surrogate escape holds no surrogate, so only the nesting is left to check, container by
    container. Only a body that may be refused is walked in full (which names the field).
    """
    if _SURROGATE_ESCAPE.search(text) is None and _shallow(value):
        return value
    return check_request_tree(value)


def _shallow(value):
    """True when no container lies ``MAX_DEPTH`` deep, so that every item is at most ``MAX_DEPTH`` deep."""
    level = [value] if type(value) in _CONTAINER_TYPES else []
    for _depth in range(MAX_DEPTH - 1):
        if not level:
            return True
        deeper = []
        for item in level:  # exact types: json.loads makes only these, and the test is cheaper than isinstance
            deeper += [member for member in (item.values() if type(item) is dict else item)
                       if type(member) in _CONTAINER_TYPES]
        level = deeper
    return not level


def _require_unicode(text, field):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise Problem("invalid_text", field=field) from error
