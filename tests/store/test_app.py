"""The package's Django app: registered as an Open edX plugin app, with migrations matching the models."""
from importlib.metadata import distribution
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from edx_django_utils.plugins import get_plugin_apps

from weerbaarxblock.store.apps import WeerbaarStoreConfig

CONFIG_PATH = "weerbaarxblock.store.apps.WeerbaarStoreConfig"
ENTRY_POINT_VALUE = "weerbaarxblock.store.apps:WeerbaarStoreConfig"


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    out = StringIO()
    try:
        call_command("makemigrations", "weerbaarxblock", check=True, dry_run=True, verbosity=3, stdout=out, stderr=out)
    except SystemExit as exit_:  # makemigrations --check exits 1 when a migration is missing
        pytest.fail(f"makemigrations --check found missing migrations (exit {exit_.code}); "
                    f"run `.ci/migrations VENV`:\n{out.getvalue()}")
    except CommandError as error:
        pytest.fail(f"makemigrations failed: {error}\n{out.getvalue()}")


def test_the_app_is_installed_under_its_label():
    config = apps.get_app_config("weerbaarxblock")
    assert isinstance(config, WeerbaarStoreConfig)
    assert config.name == "weerbaarxblock.store"
    assert isinstance(WeerbaarStoreConfig.plugin_app, dict)


@pytest.mark.parametrize("group", ["lms.djangoapp", "cms.djangoapp"])
def test_the_distribution_registers_the_app_for_the_lms_and_studio(group):
    entry_points = [ep for ep in distribution("weerbaarxblock").entry_points if ep.group == group]
    assert [(ep.name, ep.value) for ep in entry_points] == [("weerbaarxblock", ENTRY_POINT_VALUE)]
    assert entry_points[0].load() is WeerbaarStoreConfig


@pytest.mark.parametrize("project_type", ["lms.djangoapp", "cms.djangoapp"])
def test_the_platforms_plugin_loader_adds_the_app_to_installed_apps(project_type):
    """edx-platform builds INSTALLED_APPS with edx-django-utils' get_plugin_apps; Tutor then migrates it."""
    assert CONFIG_PATH in get_plugin_apps(project_type)
