"""App config, registered for the LMS and Studio through the ``*.djangoapp`` entry points."""
import importlib

from django.apps import AppConfig

RETIREMENT_SIGNALS = "openedx.core.djangoapps.user_api.accounts.signals"  # edx-platform
ANONYMOUS_IDS = "common.djangoapps.student.models"  # edx-platform: anonymous_id_for_user


class WeerbaarStoreConfig(AppConfig):
    name = "weerbaarxblock.store"
    label = "weerbaarxblock"
    verbose_name = "Weerbaar XBlocks"
    default_auto_field = "django.db.models.BigAutoField"

    # Read by edx-django-utils' plugin framework; no URLs or settings of its own.
    plugin_app = {}

    def ready(self):
        connect_retirement()


def connect_retirement():
    """Receive the platform's retirement signals; outside edx-platform (workbench, demo) there are none."""
    try:
        signals = importlib.import_module(RETIREMENT_SIGNALS)
    except ImportError:
        return False
    for name in ("USER_RETIRE_LMS_CRITICAL", "USER_RETIRE_LMS_MISC"):
        getattr(signals, name).connect(on_retire, dispatch_uid=f"weerbaarxblock.retire.{name}")
    return True


def on_retire(sender, user=None, **kwargs):  # noqa: ARG001 - Django's receiver signature
    """Delete or anonymise the retired learner's rows (see ``store.retirement`` for what and why)."""
    if user is None:
        return
    from opaque_keys.edx.keys import CourseKey  # noqa: PLC0415 - present wherever the platform is

    from weerbaarxblock.store import retirement  # noqa: PLC0415 - models load only after the app registry

    anonymous_id_for_user = importlib.import_module(ANONYMOUS_IDS).anonymous_id_for_user
    retirement.retire_user(user, anonymous_id_for_user, CourseKey.from_string)
