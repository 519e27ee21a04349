"""The domain package must run without XBlock or Django: its rules are tested on plain data."""
import ast
import pathlib

import weerbaarxblock.domain as domain_package

FORBIDDEN = ("xblock", "django", "web_fragments", "webob", "workbench")


def domain_modules():
    return sorted(pathlib.Path(domain_package.__file__).parent.glob("*.py"))


def imported_roots(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


def test_domain_modules_import_neither_xblock_nor_django():
    offenders = {
        path.name: sorted(set(imported_roots(path)) & set(FORBIDDEN)) for path in domain_modules()
    }
    assert {name: mods for name, mods in offenders.items() if mods} == {}
    assert len(domain_modules()) >= 3
