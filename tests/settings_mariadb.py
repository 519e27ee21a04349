"""Test settings on the throwaway MariaDB server of `.ci/mariadb` (`make test-hardening` starts it).

The server is named by the environment lines `.ci/mariadb start` prints. ``WEERBAAR_DB_ISOLATION`` picks the
transaction isolation: "repeatable read" (MySQL's and MariaDB's own default, which Open edX keeps) or "read
committed" (Django's default on MySQL). Database and tables are utf8mb4 with a case- and accent-insensitive
default collation, as on an Open edX MySQL server.
"""
import os

from tests.settings import *  # noqa: F401,F403 pylint: disable=wildcard-import,unused-wildcard-import

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "weerbaar",
        "HOST": "127.0.0.1",
        "PORT": os.environ.get("WEERBAAR_DB_PORT", "3306"),
        "USER": os.environ.get("WEERBAAR_DB_USER", "weerbaar"),
        "PASSWORD": os.environ.get("WEERBAAR_DB_PASSWORD", ""),
        "OPTIONS": {
            "charset": "utf8mb4",
            "isolation_level": os.environ.get("WEERBAAR_DB_ISOLATION", "repeatable read"),
        },
        "TEST": {"CHARSET": "utf8mb4", "COLLATION": "utf8mb4_general_ci"},
    }
}
