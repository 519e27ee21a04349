"""Netwerkkaart rules on plain data: map shape, the author's configuration, reconciling, comparison, export."""
