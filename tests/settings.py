"""Test settings: the demo's, plus what the LMS-contract tests need from the platform.

edx-completion's models (``BlockCompletion``) record completion exactly as the LMS does; its
``completion.enable_completion_tracking`` switch lives in django-waffle's tables.
"""
from weerbaarxblock.demo.settings import *  # noqa: F401,F403 pylint: disable=wildcard-import,unused-wildcard-import
from weerbaarxblock.demo.settings import INSTALLED_APPS

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
INSTALLED_APPS = [*INSTALLED_APPS, "waffle", "completion"]
