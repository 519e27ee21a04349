"""The demo under gunicorn (several worker processes), on SQLite or on a database of `.ci/mariadb`'s server."""
import json
import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path

from tests.browser.demo_server import DemoServer, django_admin

WORKERS = 4
STOP_TIMEOUT = 40  # gunicorn's graceful timeout is 30 s: it finishes the requests it is serving


def mariadb_settings():
    """Django's settings for a fresh database on the server `.ci/mariadb start` named, or None without one."""
    if not os.environ.get("WEERBAAR_DB_PORT"):
        return None
    return {
        "ENGINE": "django.db.backends.mysql", "NAME": f"weerbaar_load_{secrets.token_hex(4)}", "HOST": "127.0.0.1",
        "PORT": os.environ["WEERBAAR_DB_PORT"], "USER": os.environ.get("WEERBAAR_DB_USER", "weerbaar"),
        "PASSWORD": os.environ.get("WEERBAAR_DB_PASSWORD", ""),
        # MySQL's default isolation, which Open edX keeps: the harder case for the store's locks.
        "OPTIONS": {"charset": "utf8mb4", "isolation_level": "repeatable read"},
    }


class GunicornDemo(DemoServer):
    """The demo on gunicorn with WORKERS worker processes instead of runserver; ``database``: Django settings."""

    def __init__(self, folder, database=None):
        super().__init__(folder)
        self.database = database

    def environment(self):
        env = super().environment()
        if self.database:
            env["WORKBENCH_DATABASES"] = json.dumps({"default": self.database})
        return env

    def start(self, migrate=True):
        env = self.environment()
        if migrate:
            done = subprocess.run([*django_admin(), "migrate", "--run-syncdb", "--verbosity", "0"], cwd=self.folder,
                                  env=env, capture_output=True, text=True, timeout=180, check=False)
            assert done.returncode == 0, done.stdout + done.stderr
        self._log = open(self.log_path, "ab")  # closed in stop(); a restart appends to the same log
        gunicorn = Path(sys.executable).parent / "gunicorn"
        self.process = subprocess.Popen(
            [str(gunicorn), "--workers", str(WORKERS), "--bind", f"127.0.0.1:{self.port}", "--timeout", "60",
             "--graceful-timeout", "30", "--preload", "tests.load.wsgi:application"],
            cwd=self.folder, env=env, stdout=self._log, stderr=subprocess.STDOUT)
        self._wait_until_answering()
        return self.url

    def restart(self):
        """SIGTERM (gunicorn's graceful stop: requests in progress are finished), then start on the same data."""
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=STOP_TIMEOUT)
        self._log.close()
        self._log = None
        self.start(migrate=False)
        return code
