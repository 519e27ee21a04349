"""What every activity's ``queries`` module shares: models looked up lazily, the time, ISO dates.

The runtime imports a block's module when it loads the XBlock class, which can happen before Django's app
registry is ready. So ``queries`` modules never import models at the top: ``lazy_model`` stands in for the
model class and looks it up the first time an attribute is read.
"""
from django.apps import apps
from django.utils import timezone

APP_LABEL = "weerbaarxblock"


class lazy_model:  # noqa: N801 - used like the model class it stands for
    """``lazy_model("ReflectionEntry").objects`` is ``ReflectionEntry.objects``, resolved on first use."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attribute):
        return getattr(apps.get_model(APP_LABEL, self._name), attribute)


def now():
    return timezone.now()


def iso(moment):
    return moment.isoformat() if moment else None
