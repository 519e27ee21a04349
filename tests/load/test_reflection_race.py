"""Many learners autosave reflection drafts on the demo under gunicorn (4 workers), two tabs racing each save.

Bounded: LEARNERS learners x ROUNDS rounds x 2 tabs requests, loopback only, each request times out. Afterwards:
no 500, never two tabs acknowledged for one version, and the last acknowledged draft is the one stored.
"""
import http.cookiejar
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.browser.demo_server import DemoServer, django_admin

pytestmark = pytest.mark.load

LEARNERS = 24
ROUNDS = 5
WORKERS = 4
UNIT = "weerbaar_reflection.0"
TIMEOUT = 30


class GunicornDemo(DemoServer):
    """The demo on gunicorn with several worker processes instead of runserver."""

    def start(self):
        env = self.environment()
        migrate = subprocess.run([*django_admin(), "migrate", "--run-syncdb", "--verbosity", "0"], cwd=self.folder,
                                 env=env, capture_output=True, text=True, timeout=180, check=False)
        assert migrate.returncode == 0, migrate.stdout + migrate.stderr
        self._log = open(self.log_path, "wb")  # closed in stop()
        gunicorn = Path(sys.executable).parent / "gunicorn"
        self.process = subprocess.Popen(
            [str(gunicorn), "--workers", str(WORKERS), "--bind", f"127.0.0.1:{self.port}", "--timeout", "60",
             "workbench.wsgi:application"],
            cwd=self.folder, env=env, stdout=self._log, stderr=subprocess.STDOUT)
        self._wait_until_answering()
        return self.url


class Tab:
    """One browser tab of a learner: its own cookies and CSRF token."""

    def __init__(self, url, student):
        self.url, self.student = url, student
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        page = self.get_page()
        self.usage = re.search(r"data-usage='([^']+)'", page).group(1)
        self.csrf = self._csrf()

    def _csrf(self):
        for handler in self.opener.handlers:
            jar = getattr(handler, "cookiejar", None)
            if jar is not None:
                return next(cookie.value for cookie in jar if cookie.name == "csrftoken")
        raise AssertionError("no csrftoken cookie")

    def get_page(self):
        with self.opener.open(f"{self.url}/scenario/{UNIT}/student_view/?student={self.student}",
                              timeout=TIMEOUT) as response:
            return response.read().decode("utf-8")

    def post(self, handler, body):
        request = urllib.request.Request(
            f"{self.url}/handler/{self.usage}/{handler}/?student={self.student}", data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json", "X-CSRFToken": self.csrf, "Referer": self.url + "/"})
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")[:300]


def race_learner(url, student):
    """ROUNDS rounds of two tabs saving from the same version; returns (statuses, double acks, last acked text)."""
    tabs = [Tab(url, student), Tab(url, student)]
    version, statuses, doubles, acknowledged = 0, [], [], None
    for round_number in range(ROUNDS):
        bodies = [{"entry": 1, "version": version,
                   "answers": {"kwaliteiten": f"{student} ronde {round_number} tab {tab}"}} for tab in range(2)]
        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(lambda pair: pair[0].post("save_draft", pair[1]), zip(tabs, bodies, strict=True)))
        statuses += [status for status, _body in answers]
        winners = [index for index, (status, _body) in enumerate(answers) if status == 200]
        if len(winners) > 1:
            doubles.append((round_number, version))
        if winners:
            acknowledged = bodies[winners[-1]]["answers"]["kwaliteiten"]
            version = answers[winners[-1]][1]["version"]
        else:
            time.sleep(0.05)
    return statuses, doubles, acknowledged, tabs[0].get_page()


def test_two_tabs_of_many_learners_race_every_draft_save(tmp_path):
    server = GunicornDemo(tmp_path)
    server.start()
    started = time.monotonic()
    try:
        with ThreadPoolExecutor(LEARNERS) as pool:
            results = list(pool.map(lambda n: race_learner(server.url, f"last_{n:03d}"), range(LEARNERS)))
    finally:
        server.stop()
    elapsed = time.monotonic() - started
    problems = []
    for number, (statuses, doubles, acknowledged, page) in enumerate(results):
        student = f"last_{number:03d}"
        if any(status >= 500 for status in statuses):
            problems.append(f"{student}: server errors {statuses}")
        unexpected = sorted({status for status in statuses} - {200, 409})
        if unexpected:
            problems.append(f"{student}: unexpected statuses {unexpected}")
        if doubles:
            problems.append(f"{student}: both tabs acknowledged for (round, version) {doubles}")
        if acknowledged and acknowledged not in page:
            problems.append(f"{student}: the last acknowledged draft {acknowledged!r} is not the stored one")
    assert not problems, f"after {elapsed:.1f} s:\n" + "\n".join(problems) + "\n" + server.log_tail(30)
