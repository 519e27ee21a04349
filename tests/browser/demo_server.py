"""Runs the demo course's server for the browser tests: a fresh SQLite database, a free port.

The server runs in its own process from a scratch folder holding ``var/`` (the
workbench logs to ``var/workbench.log``), with the repository first on
``PYTHONPATH`` so the checkout's code is what is served.
"""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SETTINGS = "weerbaarxblock.demo.settings"
START_TIMEOUT = 60


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def django_admin():
    """The ``django-admin`` of the interpreter running the tests (their virtualenv)."""
    script = Path(sys.executable).parent / "django-admin"
    return [str(script)] if script.exists() else [sys.executable, "-m", "django"]


class DemoServer:
    """``django-admin runserver`` for the demo settings, started and stopped by the test session."""

    def __init__(self, folder):
        self.folder = Path(folder)
        (self.folder / "var").mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = self.folder / "server.log"
        self.process = None
        self._log = None

    def environment(self):
        env = dict(os.environ)
        env["DJANGO_SETTINGS_MODULE"] = SETTINGS
        env["WORKBENCH_DATABASES"] = json.dumps(
            {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(self.folder / "var" / "demo.db")}}
        )
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        env["PYTHONUNBUFFERED"] = "1"
        return env

    def start(self):
        env = self.environment()
        migrate = subprocess.run(
            [*django_admin(), "migrate", "--run-syncdb", "--verbosity", "0"],
            cwd=self.folder, env=env, capture_output=True, text=True, timeout=180, check=False,
        )
        if migrate.returncode != 0:
            raise RuntimeError(f"migrate --run-syncdb failed for the demo server:\n{migrate.stdout}{migrate.stderr}")
        self._log = open(self.log_path, "wb")  # closed in stop()
        self.process = subprocess.Popen(
            [*django_admin(), "runserver", "--noreload", f"127.0.0.1:{self.port}"],
            cwd=self.folder, env=env, stdout=self._log, stderr=subprocess.STDOUT,
        )
        self._wait_until_answering()
        return self.url

    def _wait_until_answering(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.stop()
                raise RuntimeError(f"The demo server exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                # The first request loads every demo scenario; under load that takes a while, and a second
                # request made meanwhile would see the workbench's half-filled scenario list. So wait for it.
                with urllib.request.urlopen(self.url + "/", timeout=START_TIMEOUT) as response:
                    if response.status == 200:
                        return
            except urllib.error.HTTPError as error:
                self.stop()
                raise RuntimeError(f"The demo's landing page answered {error.code}:\n{self.log_tail()}") from error
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"The demo server did not answer within {START_TIMEOUT} s:\n{self.log_tail()}")

    def log_tail(self, lines=60):
        try:
            return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self._log is not None:
            self._log.close()
            self._log = None
