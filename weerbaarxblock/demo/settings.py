"""Workbench settings for the Dutch demo course and the tests that drive it.

Extends xblock-sdk's settings: Dutch as the language, the package's app and
translations, a user service that knows the demo's learners and instructor
(the workbench's own has no staff notion) and the package's i18n service, and
our page templates (with ``lang`` and ``<title>``) in front of the workbench's.
"""
import os

import django

os.environ.setdefault("EXCLUDE_SAMPLE_XBLOCKS", "yes")

from workbench.settings import *  # noqa: E402,F401,F403 pylint: disable=wildcard-import,unused-wildcard-import

DEMO_DIR = os.path.dirname(os.path.abspath(__file__))
PACKAGE_DIR = os.path.dirname(DEMO_DIR)

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
USE_I18N = True
TIME_ZONE = "Europe/Amsterdam"
USE_TZ = True
LOCALE_PATHS = [os.path.join(PACKAGE_DIR, "translations")]

INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "debug_toolbar"] + [  # noqa: F405
    "weerbaarxblock.store",
    "weerbaarxblock.demo",
]

TEMPLATES[0]["DIRS"] = [os.path.join(DEMO_DIR, "templates")] + list(TEMPLATES[0]["DIRS"])  # noqa: F405

TEMPLATES[0]["OPTIONS"]["context_processors"] = [  # noqa: F405
    *TEMPLATES[0]["OPTIONS"]["context_processors"],  # noqa: F405
    "weerbaarxblock.demo.course.unit_part",  # a unit page's h1
]

ROOT_URLCONF = "weerbaarxblock.demo.urls"

WORKBENCH = dict(WORKBENCH)  # noqa: F405
WORKBENCH["reset_state_on_restart"] = False
WORKBENCH["services"] = dict(
    WORKBENCH.get("services", {}),
    user="weerbaarxblock.demo.services.DemoUserService",
    i18n="weerbaarxblock.demo.services.PackageI18nService",
    weerbaar_grades="weerbaarxblock.demo.services.DemoGradesService",
    studio_user_permissions="weerbaarxblock.demo.services.DemoStudioPermissions",
)

DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]

# The workbench logs to the relative path var/workbench.log; commands run elsewhere (translations, tests)
# have no var/ folder, so log to the console there instead of failing at start-up.
if not os.path.isdir("var"):
    LOGGING = {"version": 1, "disable_existing_loggers": False}

try:  # JS catalogs are built with django-statici18n, a development dependency.
    import statici18n  # noqa: F401

    INSTALLED_APPS.append("statici18n")
except ImportError:
    pass

# SQLite under several simultaneous requests: wait for the lock instead of answering "database is locked", and
# (Django 5.1+) take the write lock when a transaction starts, so two writers never deadlock on an upgrade.
for _database in DATABASES.values():  # noqa: F405
    if _database.get("ENGINE", "").endswith("sqlite3"):
        _options = _database.setdefault("OPTIONS", {})
        _options.setdefault("timeout", 20)
        if django.VERSION >= (5, 1):
            _options.setdefault("transaction_mode", "IMMEDIATE")
