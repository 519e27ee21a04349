"""The demo's WSGI application for gunicorn ``--preload``: the workbench's scenarios loaded once, before forking.

The workbench loads its scenarios on a process's first request and knows a block's usage id only after that, so
a fresh worker answers 404 to a handler call; and four workers loading at once would each write the scenarios'
rows. Loaded here in gunicorn's master, the workers inherit them; the master's database connection is closed
so that no worker shares it.
"""
from django.db import connections
from workbench.wsgi import application  # sets Django up


def _load_scenarios():
    from workbench.scenarios import get_scenarios  # noqa: PLC0415 - importable only once Django is set up

    get_scenarios()
    connections.close_all()


_load_scenarios()

__all__ = ["application"]
