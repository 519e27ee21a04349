"""Test settings: the demo's, with the LMS's completion app added for the contract tests."""
from weerbaarxblock.demo.settings import *  # noqa: F401,F403 pylint: disable=wildcard-import,unused-wildcard-import

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
