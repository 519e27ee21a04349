"""What the three activities share: the block base, handler decorators, roles, i18n, messages and OLX.

``core`` imports no activity; ``core.rules`` holds the shared pure rules (problems, request shapes,
spreadsheet cells, privacy) and imports neither xblock nor django.
"""
