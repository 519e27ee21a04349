"""The three XBlocks as the platform installs them (``setup.py`` entry points name these classes).

Each class is its activity's block, unchanged; it is defined here, in a module of the top-level package, because
the LMS and Studio name a block's static files after the package of the module that defines its class
(``xblock_resource_pkg``: ``__module__`` minus its last part). Defined here, all three blocks are
``weerbaarxblock``: their shared scripts, styles and the Dutch catalog have one URL, so a page with several
kinds of activity loads each of them once, and the platform's static-files finder collects them from
``weerbaarxblock/static/``.
"""
from weerbaarxblock.network.block import NetworkBlock as NetworkActivity
from weerbaarxblock.reflection.block import ReflectionBlock as ReflectionActivity
from weerbaarxblock.scenario.block import ScenarioBlock as ScenarioActivity


class ReflectionBlock(ReflectionActivity):
    """Reflectiejournaal (``weerbaar_reflection``): see ``weerbaarxblock/reflection/block.py``."""


class ScenarioBlock(ScenarioActivity):
    """Casus (``weerbaar_scenario``): see ``weerbaarxblock/scenario/block.py``."""


class NetworkBlock(NetworkActivity):
    """Netwerkkaart (``weerbaar_network``): see ``weerbaarxblock/network/block.py``."""
