"""OLX for the Casus block tests, built from the domain test data."""
from lxml import etree

from weerbaarxblock.scenario import olx as scenario_olx
from weerbaarxblock.scenario.rules.model import normalise_scenario
from weerbaarxblock.scenario.rules.settings import SETTINGS_DEFAULTS

from .data import branching, linear


def olx_for(scenario, **settings):
    node = etree.Element("weerbaar_scenario")
    scenario_olx.write(node, "weerbaar_scenario", "Casus test", dict(SETTINGS_DEFAULTS, **settings),
                       normalise_scenario(scenario))
    return etree.tostring(node, encoding="unicode")


def linear_olx(**settings):
    return olx_for(linear(), **settings)


def branching_olx(**settings):
    return olx_for(branching(), **settings)
