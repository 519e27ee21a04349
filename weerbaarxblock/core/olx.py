"""The one safe XML parser of the package, and helpers for readable OLX.

Authors' course exports are untrusted input: a DOCTYPE with entities can expand
into gigabytes ("billion laughs") or read local files. Every piece of XML the
package parses itself goes through ``parse``; a document that declares
entities is refused outright rather than parsed without them.
"""
import re

from lxml import etree

from weerbaarxblock.core.rules.problems import Problem

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


def safe_parser():
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True
    )


def parse(text):
    """Parse XML text (str or bytes) into an element, refusing entity declarations."""
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    scan = data.replace(b"\x00", b"")  # in UTF-16 and UTF-32 the ASCII markers sit between NUL bytes
    if _DOCTYPE.search(scan) and _ENTITY_DECLARATION.search(scan):
        raise Problem("xml_entities")
    try:
        root = etree.fromstring(data, parser=safe_parser())
    except etree.XMLSyntaxError as error:
        raise Problem("xml_invalid", detail=str(error)[:200]) from error
    if root.getroottree().docinfo.internalDTD is not None and _has_entities(root):
        raise Problem("xml_entities")
    return check_node(root)  # references to entities of an external DTD stay unresolved: refuse them too


def _has_entities(root):
    dtd = root.getroottree().docinfo.internalDTD
    return dtd is not None and any(True for _ in dtd.iterentities())


def check_node(node):
    """Blocks receive already-parsed nodes from the runtime; refuse entity references in them."""
    for element in node.iter():
        if isinstance(element, etree._Entity):  # pylint: disable=protected-access
            raise Problem("xml_entities")
    return node


def text_of(node, tag, default=""):
    child = node.find(tag)
    return child.text or "" if child is not None else default


def sub(parent, tag, text=None, **attrs):
    child = etree.SubElement(parent, tag, {k: str(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        child.text = text
    return child


def number_or_text(text, integer=False):
    """A number from an attribute or element text; anything else is passed on so validation names the field."""
    try:
        return int(text) if integer else float(text)
    except (TypeError, ValueError):
        return text


def stripped_text(node):
    """An element's text without surrounding white space; empty for a missing element."""
    return (node.text or "").strip() if node is not None else ""


def flag(value):
    return "true" if value else "false"


def read_flag(value, default=False):
    if value is None:
        return default
    return value.strip().lower() in ("true", "1", "yes")
