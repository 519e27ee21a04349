"""Course export, import and copy-paste keep every field the platform mixes into our blocks.

The blocks run in a runtime given the platform's field mixins as the LMS and Studio give them
(``tests/lms_contract/platform_fields.py``). Export is ``add_xml_to_node``, as in edx-platform's
``xmodule/modulestore/xml_exporter.py`` and, for copy-paste, ``openedx/core/lib/xblock_serializer/block_serializer.py``;
import and paste are the block class's ``parse_xml``. Each block's own content (the demo OLX) goes along, so the
test also proves that no field of the block itself is lost.
"""
import inspect
from importlib.metadata import distribution

import pytest
from lxml import etree
from xblock.fields import ScopeIds
from xblock.runtime import DictKeyValueStore, KvsFieldData, MemoryIdManager, Runtime

from tests.lms_contract.platform_fields import PLATFORM_MIXINS, SAMPLE_VALUES
from weerbaarxblock.core import olx
from weerbaarxblock.core.rules.problems import Problem

BLOCK_CLASSES = {
    entry_point.name: entry_point.load()
    for entry_point in distribution("weerbaarxblock").entry_points
    if entry_point.group == "xblock.v1"
}


class MixinRuntime(Runtime):
    """A runtime with the platform's ``XBLOCK_MIXINS``; blocks are built and parsed, never rendered."""

    def __init__(self):
        ids = MemoryIdManager()
        super().__init__(ids, ids, services={"field-data": KvsFieldData(DictKeyValueStore())}, mixins=PLATFORM_MIXINS)

    def handler_url(self, *args, **kwargs):
        raise NotImplementedError

    def resource_url(self, *args, **kwargs):
        raise NotImplementedError

    def local_resource_url(self, *args, **kwargs):
        raise NotImplementedError

    def publish(self, *args, **kwargs):
        raise NotImplementedError


def demo_node(block_type):
    """The element of the block's first demo scenario (its own content, as authors write it)."""
    _title, xml = BLOCK_CLASSES[block_type].workbench_scenarios()[0]
    root = olx.parse(xml)
    return root if root.tag == block_type else next(root.iter(block_type))


def parse(runtime, block_type, node):
    block_class = runtime.mixologist.mix(BLOCK_CLASSES[block_type])
    usage_id = runtime.id_generator.create_usage(runtime.id_generator.create_definition(block_type))
    return block_class.parse_xml(node, runtime, ScopeIds(None, block_type, usage_id, usage_id))


def exported(block):
    """The block's OLX as text and back, as a course export and a clipboard hold it."""
    node = etree.Element("placeholder")
    block.add_xml_to_node(node)
    return olx.parse(etree.tostring(node, encoding="unicode"))


def portable_fields(block):
    """Every content and settings field, as JSON: what export and import must keep."""
    return {
        name: field.read_json(block)
        for name, field in block.fields.items()
        if olx._portable(field)  # noqa: SLF001 - the same choice of fields the helpers make
    }


def shadowed(block):
    """Platform fields that an attribute of the block's own class (a method, a field of its own) hides."""
    return {name for name in SAMPLE_VALUES if inspect.getattr_static(type(block), name) is not block.fields[name]}


@pytest.mark.parametrize("block_type", sorted(BLOCK_CLASSES))
def test_the_platform_mixes_in_the_fields_this_test_sets(block_type):
    block = parse(MixinRuntime(), block_type, demo_node(block_type))
    assert set(SAMPLE_VALUES) <= set(block.fields)


@pytest.mark.parametrize("block_type", sorted(BLOCK_CLASSES))
def test_no_attribute_of_a_block_hides_a_platform_field(block_type):
    """The LMS reads ``block.start``, ``block.graded``, ``block.due`` ...: a method or field of ours by that name
    would be read instead (XBlock's Mixologist puts the block's class before the platform's mixins)."""
    assert shadowed(parse(MixinRuntime(), block_type, demo_node(block_type))) == set()


@pytest.mark.parametrize("block_type", sorted(BLOCK_CLASSES))
def test_every_platform_field_survives_export_and_import(block_type):
    runtime = MixinRuntime()
    original = parse(runtime, block_type, demo_node(block_type))
    values = {name: value for name, value in SAMPLE_VALUES.items() if name not in shadowed(original)}
    for name, value in values.items():
        setattr(original, name, value)
    copy = parse(runtime, block_type, exported(original))
    assert portable_fields(copy) == portable_fields(original)
    for name, value in values.items():
        assert getattr(copy, name) == value, name
    assert portable_fields(parse(runtime, block_type, exported(copy))) == portable_fields(original)  # stable


@pytest.mark.parametrize("block_type", sorted(BLOCK_CLASSES))
def test_unset_platform_fields_stay_unset(block_type):
    runtime = MixinRuntime()
    original = parse(runtime, block_type, demo_node(block_type))
    node = exported(original)
    assert not set(SAMPLE_VALUES) & set(node.keys())  # nothing is written that an author did not set
    copy = parse(runtime, block_type, node)
    assert not any(copy.fields[name].is_set_on(copy) for name in SAMPLE_VALUES)  # inheritance keeps working


@pytest.mark.parametrize("block_type", sorted(BLOCK_CLASSES))
def test_a_field_cleared_to_none_survives(block_type):
    runtime = MixinRuntime()
    original = parse(runtime, block_type, demo_node(block_type))
    original.days_early_for_beta = None
    original.due = None
    copy = parse(runtime, block_type, exported(original))
    assert copy.fields["due"].is_set_on(copy) and copy.due is None
    assert copy.days_early_for_beta is None


@pytest.mark.parametrize("block_type", sorted(BLOCK_CLASSES))
def test_a_platform_field_with_a_broken_value_is_refused_with_its_name(block_type):
    node = demo_node(block_type)
    node.set("group_access", "{not json")
    with pytest.raises(Problem) as caught:
        parse(MixinRuntime(), block_type, node)
    assert caught.value.code == "xml_invalid"
    assert "group_access" in caught.value.params["detail"]


@pytest.mark.parametrize("block_type", sorted(BLOCK_CLASSES))
def test_attributes_that_name_no_field_are_ignored(block_type):
    node = demo_node(block_type)
    node.set("url_name", "casus_1")  # the platform's own pointer attribute, not a field
    block = parse(MixinRuntime(), block_type, node)
    assert "url_name" not in block.fields
