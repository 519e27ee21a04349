"""HTTP clients for the load tests: a browser tab (its own cookies and CSRF token) and a two-tab race.

Every request has a timeout; a refused connection or a timeout counts as status 0 (never acknowledged).
"""
import http.cookiejar
import json
import re
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

TIMEOUT = 30
USAGE = re.compile(r"data-usage='([^']+)'")


class Tab:
    """One browser tab of ``student`` on the demo unit ``unit`` (e.g. ``weerbaar_reflection.0``)."""

    def __init__(self, url, unit, student):
        self.url, self.unit, self.student = url, unit, student
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        page = self.get_page()
        self.usage = USAGE.search(page).group(1)
        self.csrf = next(cookie.value for cookie in self.jar if cookie.name == "csrftoken")

    def get_page(self):
        with self.opener.open(f"{self.url}/scenario/{self.unit}/student_view/?student={self.student}",
                              timeout=TIMEOUT) as response:
            return response.read().decode("utf-8")

    def post(self, handler, body):
        """(status, parsed JSON body or the start of an error text)."""
        request = urllib.request.Request(
            f"{self.url}/handler/{self.usage}/{handler}/?student={self.student}", data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json", "X-CSRFToken": self.csrf, "Referer": self.url + "/"})
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            text = error.read().decode("utf-8", "replace")
            try:
                return error.code, json.loads(text)
            except ValueError:
                return error.code, text[:300]
        except (urllib.error.URLError, OSError) as error:
            return 0, str(error)


def race(tabs, handler, bodies):
    """Post ``bodies[i]`` from ``tabs[i]`` at the same moment; [(status, body), ...] in tab order."""
    with ThreadPoolExecutor(len(tabs)) as pool:
        return list(pool.map(lambda pair: pair[0].post(handler, pair[1]), zip(tabs, bodies, strict=True)))
