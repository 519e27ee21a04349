"""Helpers for the race and fault tests: two requests that read the learner's state at the same moment, the
package's tables as plain values, and a database that fails on a chosen write."""
import contextlib
import copy

from django.apps import apps
from django.db import DatabaseError, connection
from xblock.fields import UserScope

WRITES = ("INSERT", "UPDATE", "DELETE")


def same_moment(workbench, block, student="leerling_a"):
    """A second request of the learner that has read every field now, before the first one writes.

    XBlock reads a field once per request; this instance keeps what it read, as a request in another worker
    that started at the same moment would.
    """
    twin = workbench.as_student(block, student)
    for name in twin.fields:
        getattr(twin, name)
    return twin


def tables():
    """Every row of the package's tables, by model."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for model in apps.get_app_config("weerbaarxblock").get_models()
    }


def fields(workbench, block, student="leerling_a"):
    """The learner's stored fields (a fresh instance reads them from the runtime's store)."""
    fresh = workbench.as_student(block, student)
    return {name: copy.deepcopy(getattr(fresh, name)) for name, field in fresh.fields.items()
            if getattr(field.scope, "user", None) == UserScope.ONE}


@contextlib.contextmanager
def failing_write(number):
    """The ``number``-th write to one of the package's tables raises ``DatabaseError``; yields the count seen."""
    seen = {"writes": 0}

    def execute(run, sql, params, many, context):
        if sql.lstrip().upper().startswith(WRITES) and '"weerbaarxblock_' in sql.replace("`", '"'):
            seen["writes"] += 1
            if seen["writes"] == number:
                raise DatabaseError("the database went away (a test's fault)")
        return run(sql, params, many, context)

    with connection.execute_wrapper(execute):
        yield seen
