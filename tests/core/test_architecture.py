"""The shape of the package: pure rules, independent activities, a core that knows no activity, no cycles."""
import ast
import pathlib

import weerbaarxblock

PACKAGE = pathlib.Path(weerbaarxblock.__file__).parent
ACTIVITIES = ("reflection", "scenario", "network")
FRAMEWORKS = ("xblock", "django", "web_fragments", "webob", "workbench")


def module_name(path):
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules():
    return {
        module_name(path): path
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts and "demo" not in path.parts
    }


def imports(path):
    """Every module ``path`` imports (absolute names), the late ones inside functions included."""
    own = module_name(path)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def own_imports(path, known):
    return {name for name in imports(path) if name in known}


def test_rules_import_neither_xblock_nor_django_nor_anything_outside_rules():
    known = modules()
    rules = {name: path for name, path in known.items() if ".rules" in name}
    assert len(rules) >= 20
    offenders = {}
    for name, path in rules.items():
        names = set(imports(path))
        frameworks = {n for n in names if n.split(".")[0] in FRAMEWORKS}
        outside = {n for n in own_imports(path, known) if ".rules" not in n}
        if frameworks or outside:
            offenders[name] = sorted(frameworks | outside)
    assert offenders == {}


def test_activities_never_import_each_other_and_core_imports_no_activity():
    known = modules()
    offenders = {}
    for name, path in known.items():
        layer = name.split(".")[1] if "." in name else ""
        targets = {target.split(".")[1] for target in own_imports(path, known) if target.count(".") >= 1}
        forbidden = {t for t in targets if t in ACTIVITIES and t != layer}
        if layer in ("core", "store") and forbidden:
            offenders[name] = sorted(forbidden)
        elif layer in ACTIVITIES and forbidden:
            offenders[name] = sorted(forbidden)
    assert offenders == {}


def test_there_are_no_import_cycles():
    known = modules()
    graph = {name: own_imports(path, known) - {name} for name, path in known.items()}
    # a module's import of its own package's __init__ is how Python loads it, not a dependency
    graph = {name: {t for t in targets if not name.startswith(t + ".")} for name, targets in graph.items()}
    state = {}

    def visit(name, trail):
        state[name] = "open"
        for target in graph[name]:
            if state.get(target) == "open":
                raise AssertionError("import cycle: " + " -> ".join([*trail, name, target]))
            if target not in state:
                visit(target, [*trail, name])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [])


def test_every_activity_is_one_slice():
    for activity in ACTIVITIES:
        folder = PACKAGE / activity
        for part in ("block.py", "olx.py", "messages.py", "queries.py", "rules/__init__.py"):
            assert (folder / part).is_file(), f"{activity}/{part}"
