"""The Reflectiejournaal's units in the Dutch demo course, read from the course content (demo/content/reflectie/).

Written for the demo from Divosa's description of the training: reflection on one's own qualities and pitfalls
is a fixed element of its "Lerende Praktijk"; "streng liefhebben" and "ruimte en rugdekking" are the steering
themes Pieter Tops names for professionals' craftsmanship.
"""
from weerbaarxblock.demo.outline import activity_xml, workbench_scenarios

SINGLE_REFLECTION = activity_xml("reflectie/kwaliteiten-en-valkuilen.xml")
LEARNING_JOURNAL = activity_xml("reflectie/leerdagboek.xml")
SCENARIOS = workbench_scenarios("weerbaar_reflection")
