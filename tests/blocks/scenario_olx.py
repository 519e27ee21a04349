"""OLX for the Casus block tests, built from the domain test data."""
from lxml import etree

from weerbaarxblock import scenario_olx
from weerbaarxblock.domain.sjt_model import normalise_scenario
from weerbaarxblock.domain.sjt_settings import SETTINGS_DEFAULTS

from ..domain.sjt_data import branching, linear


def olx_for(scenario, **settings):
    node = etree.Element("weerbaar_scenario")
    scenario_olx.write(node, "weerbaar_scenario", "Casus test", dict(SETTINGS_DEFAULTS, **settings),
                       normalise_scenario(scenario))
    return etree.tostring(node, encoding="unicode")


def linear_olx(**settings):
    return olx_for(linear(), **settings)


def branching_olx(**settings):
    return olx_for(branching(), **settings)
