"""Bench-only units for the browser figures of `make bench`, served by a demo server of their own.

``tests/browser/bench_settings.py`` adds this app to the demo's settings; its ``ready()`` makes the workbench load
three more scenarios next to the demo's own: a casus of 1 situation and one of 30 (the situations of the demo's
practice casus, repeated with new ids), and a netwerkkaart whose limits allow 150 actors and 300 relations. Their
ids start with ``bench.``, so the demo's outline (``weerbaarxblock/demo/course.py``) never lists them, and the
normal demo server (``make demo``, the browser tests) does not have them at all.
"""
import copy
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from django.apps import AppConfig

PRACTICE_CASUS = Path(__file__).resolve().parents[2] / "weerbaarxblock/demo/content/casus/volkswijk.xml"
NETWORK = ('<weerbaar_network display_name="Netwerkkaart" scored="false" allow_free="true" '
           'max_actors="150" max_relations="300"/>')


def casus_olx(count):
    """The practice casus with ``count`` situations in a row (its own three, repeated), then its ending."""
    root = ElementTree.fromstring(PRACTICE_CASUS.read_text(encoding="utf-8"))
    models = root.findall("situation")
    ending = root.find("ending")
    for node in [*models, ending]:
        root.remove(node)
    for number in range(count):
        situation = copy.deepcopy(models[number % len(models)])
        situation.set("id", f"s{number + 1}")
        situation.attrib.pop("next", None)
        root.append(situation)
    situation.set("next", ending.get("id"))
    root.append(ending)
    return ElementTree.tostring(root, encoding="unicode")


def bench_units():
    """{scenario id: (description, OLX)} of the bench-only units."""
    return {
        "bench.casus_1": ("Bench: casus van 1 situatie", casus_olx(1)),
        "bench.casus_30": ("Bench: casus van 30 situaties", casus_olx(30)),
        "bench.network": ("Bench: netwerkkaart tot 150 actoren", NETWORK),
    }


class BenchUnitsConfig(AppConfig):
    """Adds the bench units whenever the workbench (re)loads its scenarios."""

    name = "tests.browser"
    label = "weerbaar_bench_units"

    def ready(self):
        from workbench import scenarios

        load_demo = scenarios.init_scenarios

        def load_demo_and_bench():
            load_demo()
            for scenario_id, (description, xml) in bench_units().items():
                scenarios.add_xml_scenario(scenario_id, description, xml)

        scenarios.init_scenarios = load_demo_and_bench
