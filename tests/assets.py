"""What a rendered fragment makes the browser load: each script and style, inline or behind a URL, as text.

The blocks reference their files through ``runtime.local_resource_url`` (``core/block.py`` ``add_assets``); the
workbench answers ``/resource/<block type>/static/...``, the LMS contract runtime
``/static/xblock/resources/<package>/static/...``. Both end in the file's path in the package, which is read here.
"""
import gzip
import re
from dataclasses import dataclass

from weerbaarxblock.core.block import COMMON_CSS, COMMON_JS, loader

SCRIPT, STYLE = "application/javascript", "text/css"
SHARED = frozenset({COMMON_CSS, *COMMON_JS})  # what every block shares: a page loads it once, whatever it holds
CATALOGS = "static/js/translations/"
# A file of this package behind the workbench's resource URL or the LMS's collected static file
OWN_FILE = re.compile(r"/(?:resource|xblock/resources)/[^/]+/(static/(?:js|css)/[^?#]+)$")


@dataclass(frozen=True)
class Loaded:
    mimetype: str
    path: str | None  # the package file behind a URL; None for inline text
    text: str

    @property
    def inline(self):
        return self.path is None


def package_path(url):
    found = OWN_FILE.search(url)
    return found.group(1) if found else None


def loaded(fragment, mimetypes=(SCRIPT, STYLE)):
    """The fragment's scripts and styles in order: inline ones as sent, ours behind URLs read from the package."""
    found = []
    for resource in fragment.resources:
        if resource.mimetype not in mimetypes:
            continue
        if resource.kind == "text":
            found.append(Loaded(resource.mimetype, None, resource.data))
        elif (path := package_path(resource.data)) is not None:
            found.append(Loaded(resource.mimetype, path, loader.load_unicode(path)))
    return found


def loaded_text(fragment):
    """Every script and style of the fragment as one text, for checks of what reaches the browser."""
    return "\n".join(item.text for item in loaded(fragment))


def gzipped(text):
    return len(gzip.compress(text.encode("utf-8"), compresslevel=9))


def own_files(fragment):
    """The view's own scripts and styles: neither the shared modules and common.css nor the translation catalog."""
    return [item for item in loaded(fragment) if item.path not in SHARED and not (item.path or "").startswith(CATALOGS)]


def shared_files(fragment):
    return [item for item in loaded(fragment) if item.path in SHARED]


def together_gzipped(items):
    """The texts gzipped as one stream: the weight of the code itself, however it is cut into files."""
    return gzipped("\n".join(item.text for item in items))


def each_gzipped(items):
    """The texts gzipped one by one, as a server sends separate files."""
    return sum(gzipped(item.text) for item in items)
