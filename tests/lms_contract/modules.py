"""Platform modules made importable for one test: ``import`` inside the package finds them as inside the LMS."""
import sys
import types
from contextlib import contextmanager


def module(name, **attributes):
    made = types.ModuleType(name)
    made.__dict__.update(attributes)
    return made


@contextmanager
def installed(modules):
    """Put ``{dotted name: module}`` (and empty parent packages that are missing) in ``sys.modules``; undo after."""
    parents = {name.rsplit(".", depth)[0] for name in modules for depth in range(1, name.count(".") + 1)}
    added = {name: module(name) for name in parents if name not in sys.modules}
    added.update(modules)
    saved = {name: sys.modules.get(name) for name in added}
    sys.modules.update(added)
    try:
        yield
    finally:
        for name, previous in saved.items():
            if previous is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = previous
