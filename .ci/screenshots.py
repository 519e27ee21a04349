"""Takes the README's screenshots: each demo unit as learner, as instructor and in its editor.

Usage: VENV/bin/python .ci/screenshots.py  (from the repository; starts its own demo server on a free port
with a scratch database, plays a little of each activity first so the pictures show real content).
"""
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.browser.demo_server import DemoServer  # noqa: E402

OUT = REPO / "docs" / "screenshots"
SHOTS = [
    # (file name, scenario id, student, view)
    ("reflection-learner", "weerbaar_reflection.0", "leerling_a", "student_view"),
    ("reflection-instructor", "weerbaar_reflection.0", "docent", "student_view"),
    ("reflection-editor", "weerbaar_reflection.0", "docent", "studio_view"),
    ("scenario-learner", "weerbaar_scenario.0", "leerling_a", "student_view"),
    ("scenario-instructor", "weerbaar_scenario.0", "docent", "student_view"),
    ("scenario-editor", "weerbaar_scenario.0", "docent", "studio_view"),
    ("network-learner", "weerbaar_network.0", "leerling_a", "student_view"),
    ("network-instructor", "weerbaar_network.0", "docent", "student_view"),
    ("network-editor", "weerbaar_network.0", "docent", "studio_view"),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        server = DemoServer(folder)
        url = server.start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
                page = browser.new_page(locale="nl-NL", viewport={"width": 1100, "height": 900})
                page.goto(url + "/")
                page.screenshot(path=str(OUT / "demo-home.png"), full_page=False)
                for name, scenario_id, student, view in SHOTS:
                    page.goto(f"{url}/scenario/{scenario_id}/{view}/?student={student}")
                    page.wait_for_load_state("networkidle")
                    if name == "scenario-learner":  # show a situation rather than the start screen
                        page.get_by_role("button", name="Casus starten").click()
                        page.wait_for_load_state("networkidle")
                    page.locator(".block-host").screenshot(path=str(OUT / f"{name}.png"))
                    print("wrote", OUT / f"{name}.png")
                browser.close()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
