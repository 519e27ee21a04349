"""Pure domain rules for the three activities.

Nothing in this package imports xblock or django (a test enforces it): every
rule works on plain data and is tested without a runtime.
"""
