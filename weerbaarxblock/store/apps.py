"""App config, registered for the LMS and Studio through the ``*.djangoapp`` entry points."""
from django.apps import AppConfig


class WeerbaarStoreConfig(AppConfig):
    name = "weerbaarxblock.store"
    label = "weerbaarxblock"
    verbose_name = "Weerbaar XBlocks"
    default_auto_field = "django.db.models.BigAutoField"

    # Read by edx-django-utils' plugin framework; no URLs or settings of its own.
    plugin_app = {}
