"""Pure rules every activity uses: problems, request shapes, spreadsheet-safe cells and the privacy guard.

Nothing here imports xblock or django (a test walks every ``rules`` folder): each rule works on plain data.
"""
