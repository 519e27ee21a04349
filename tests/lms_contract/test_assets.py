"""Scripts and styles reach the LMS and Studio as cacheable files, never inline (issue #12, page weight).

The blocks ask ``runtime.local_resource_url`` for every file; the test runtime answers as a production LMS does
(``runtime.py`` ``local_resource_url``). Each URL must lead to the very file that ``collectstatic`` collects there
and that the ``xblock_resource`` view serves without the pipeline (``open_local_resource``).
"""
import pytest
from xblock.core import XBlock
from xblock.exceptions import DisallowedFileError

from weerbaarxblock.core.block import COMMON_CSS, COMMON_JS

from .conftest import BLOCK_TYPES
from .runtime import collected_file, resource_package

SCRIPT, STYLE = "application/javascript", "text/css"


def views(lms, block_type):
    """Every view a person sees in the LMS or Studio, rendered from one block."""
    usage_key = lms.add_block(block_type)
    return {
        "learner": lms.lms_block(usage_key, lms.learner).render("student_view", {}),
        "staff": lms.lms_block(usage_key, lms.staff).render("student_view", {}),
        "preview": lms.studio_preview_block(usage_key, lms.staff).render("author_view", {}),
        "editor": lms.studio_editor_block(usage_key, lms.staff).render("studio_view", {}),
    }


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_every_view_references_its_scripts_and_styles_by_url(lms, block_type):
    for name, fragment in views(lms, block_type).items():
        inline = [r for r in fragment.resources if r.kind == "text" and r.mimetype in (SCRIPT, STYLE)]
        assert not inline, f"{name} sends {len(inline)} scripts or styles inline"
        urls = [r.data for r in fragment.resources if r.kind == "url"]
        assert urls and all(collected_file(url) for url in urls), name


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_the_catalog_comes_before_the_scripts_that_translate(lms, block_type):
    fragment = lms.lms_block(lms.add_block(block_type), lms.learner).render("student_view", {})
    scripts = [r.data for r in fragment.resources if r.mimetype == SCRIPT]
    assert scripts[0].endswith("/static/js/translations/nl/text.js")
    assert [url.split("/static/", 2)[-1] for url in scripts[1:len(COMMON_JS) + 1]] == [
        path.removeprefix("static/") for path in COMMON_JS
    ]
    styles = [r.data for r in fragment.resources if r.mimetype == STYLE]
    assert styles[0].endswith(COMMON_CSS)


def test_blocks_of_one_activity_share_their_urls_so_the_browser_fetches_each_file_once(lms):
    first, second = (lms.lms_block(lms.add_block("weerbaar_reflection"), person).render("student_view", {})
                     for person in (lms.learner, lms.learner_b))
    assert [r.data for r in first.resources] == [r.data for r in second.resources]


def test_every_activity_shares_the_catalog_and_the_common_files_so_a_page_loads_them_once(lms):
    """The URL names the block class's package (``xblock_resource_pkg``): one package for all three blocks."""
    shared = []
    for block_type in BLOCK_TYPES:
        fragment = lms.lms_block(lms.add_block(block_type), lms.learner).render("student_view", {})
        scripts = [r.data for r in fragment.resources if r.mimetype == SCRIPT]
        styles = [r.data for r in fragment.resources if r.mimetype == STYLE]
        shared.append((scripts[:len(COMMON_JS) + 1], styles[0]))
        assert resource_package(XBlock.load_class(block_type)) == "weerbaarxblock"
    assert len(BLOCK_TYPES) == 3 and shared[0] == shared[1] == shared[2]
    scripts, style = shared[0]
    assert scripts[0].endswith("/xblock/resources/weerbaarxblock/static/js/translations/nl/text.js")
    assert all(collected_file(url) for url in [*scripts, style])


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_the_resource_view_serves_the_collected_file(lms, block_type):
    fragment = lms.lms_block(lms.add_block(block_type), lms.learner).render("student_view", {})
    block_class = XBlock.load_class(block_type)
    for url in (r.data for r in fragment.resources):
        uri = url.split(f"/{resource_package(block_class)}/", 1)[1]
        with block_class.open_local_resource(uri) as served:
            assert served.read() == collected_file(url).read_bytes()


@pytest.mark.parametrize("uri", [
    "templates/reflection/student.html", "static/../setup.py", "static/.hidden", "staticx/js/a.js",
    "reflection/block.py", "static\\..\\setup.py",
])
def test_the_resource_view_serves_nothing_outside_static(uri):
    with pytest.raises(DisallowedFileError):
        XBlock.load_class("weerbaar_reflection").open_local_resource(uri)
