"""The one safe XML parser of the package, and helpers for readable OLX.

Authors' course exports are untrusted input: a DOCTYPE with entities can expand
into gigabytes ("billion laughs") or read local files. Every piece of XML the
package parses itself goes through ``parse``; a document that declares
entities is refused outright rather than parsed without them.

``write_other_fields`` and ``read_other_fields`` carry the fields a block's readable OLX does not describe (the
platform's settings mixed into every block) through export, import and copy-paste.
"""
import re

import yaml
from lxml import etree
from xblock.core import XML_NAMESPACES
from xblock.fields import Scope

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


def check_document(node):
    """Refuse a node from course content whose document has any DOCTYPE; then refuse entity references in it.

    Each block's ``parse_xml`` calls this first: the runtime hands us a node parsed by a parser we do not choose,
    and a permissive one (an older lxml's defaults: ``resolve_entities``, ``load_dtd``) has already expanded
    internal and external entities into the text by then. Their only trace left is the document's DTD, so any
    DOCTYPE is refused (OLX never needs one), before a single value is read.
    """
    info = node.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None or info.system_url:
        raise Problem("xml_doctype")
    return check_node(node)


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


# ---- the fields a block's readable OLX does not cover ----------------------------------------------------------
# The platform mixes settings into every block (edx-platform ``xmodule/modulestore/inheritance.py``
# ``InheritanceMixin``: ``due``, ``graded``, ``start``, ``visible_to_staff_only``, ``group_access`` ...;
# ``lms/djangoapps/lms_xblock/mixin.py`` ``LmsBlockMixin``: ``format``, ``group_access`` ...) and XBlock adds
# ``name`` and ``tags``. Course export, import and copy-paste all go through ``add_xml_to_node`` and ``parse_xml``,
# so each block writes them here, by field and not by name: whatever the platform adds, and whatever a block
# renames, is carried along.
KEPT_OUT = frozenset({"children", "parent", "content"})


def _portable(field):
    return field.scope in (Scope.content, Scope.settings) and field.name not in KEPT_OUT


def write_other_fields(block, node, covered):
    """Write every content or settings field that is set on ``block`` and not in ``covered``.

    ``covered``: the fields the block's own OLX wrote. A field goes in as XBlock itself writes it (an attribute
    holding ``to_string``, or an element in the option namespace), so any runtime reads it back.
    """
    for name, field in block.fields.items():
        if name in covered or node.get(name) is not None or not _portable(field):
            continue
        if field.is_set_on(block) or field.force_export:
            block._add_field(node, name, field)  # noqa: SLF001 - XBlock's own writer, shared with its parse_xml


def read_other_fields(block, node, consumed):
    """Set every field named by an attribute (or option element) of ``node`` that is not in ``consumed``.

    ``consumed``: the attributes the block's own OLX read. A value that is no JSON for its field is refused.
    """
    values = [(name, value, False) for name, value in node.items()]
    for child in node:
        if isinstance(child.tag, str) and etree.QName(child).namespace == XML_NAMESPACES["option"]:
            values.append((etree.QName(child).localname, child.text, child.get("none") == "true"))
    for name, value, is_none in values:
        field = block.fields.get(name)
        if name in consumed or field is None or not _portable(field):
            continue
        try:  # from_string gives the JSON value (as XBlock's own parse_xml sets it); from_json the Python one
            setattr(block, name, None if is_none else field.from_json(field.from_string(value or "")))
        except (TypeError, ValueError, yaml.YAMLError) as error:
            raise Problem("xml_invalid", detail=f"{name}: {str(error)[:200]}") from error


def attribute(node, name, renamed=None):
    """An attribute; for a renamed one (``renamed``: {new: old}) the old name's value in an older export."""
    value = node.get(name)
    old_name = (renamed or {}).get(name)
    return node.get(old_name) if value is None and old_name else value


def attributes_read(node, names, renamed=None):
    """``names``, plus each old name in ``renamed`` ({new: old}) that an export from before the rename used."""
    old_names = {old for new, old in (renamed or {}).items() if node.get(new) is None}
    return set(names) | old_names
