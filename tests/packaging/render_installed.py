"""Run by test_wheel.py with the fresh virtualenv's python (``-I``, from a scratch folder).

Renders every installed weerbaar block in a WorkbenchRuntime with the demo settings
and writes what the test checks as JSON to ``argv[2]``; ``argv[1]`` is the SQLite file.
"""
import json
import os
import sys
from importlib import metadata

os.environ["DJANGO_SETTINGS_MODULE"] = "weerbaarxblock.demo.settings"
os.environ["WORKBENCH_DATABASES"] = json.dumps(
    {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": sys.argv[1]}}
)

import django  # noqa: E402

django.setup()

from django.contrib.staticfiles import finders  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import translation  # noqa: E402
from workbench.runtime import WorkbenchRuntime  # noqa: E402

import weerbaarxblock  # noqa: E402

VIEWS = [("student_view", "leerling_a"), ("studio_view", "docent")]


def served(url):
    """A file behind a resource URL, as the demo's workbench serves it from the installed wheel."""
    response = Client().get(url)
    return response.content.decode("utf-8") if response.status_code == 200 else f"HTTP {response.status_code}"


def fragment_data(fragment):
    def texts(mimetype):  # inline, or the package's files behind the workbench's resource URLs
        return [
            r.data if r.kind == "text" else served(r.data) for r in fragment.resources
            if r.mimetype == mimetype and (r.kind == "text" or r.data.startswith("/resource/"))
        ]

    return {
        "html": fragment.body_html(),
        "css": texts("text/css"),
        "js": texts("application/javascript"),
        "js_urls": [r.data for r in fragment.resources if r.kind == "url" and r.mimetype == "application/javascript"],
        "init_fn": fragment.js_init_fn,
    }


def render_blocks():
    rendered = {}
    for point in metadata.entry_points(group="xblock.v1"):
        if not point.name.startswith("weerbaar_"):
            continue
        author = WorkbenchRuntime("docent")
        author.id_generator.set_scenario("packaging")
        usage_id = author.parse_xml_string(f"<{point.name}/>")
        rendered[point.name] = {
            view: fragment_data(WorkbenchRuntime(student).get_block(usage_id).render(view, {}))
            for view, student in VIEWS
        }
    return rendered


def main():
    call_command("migrate", run_syncdb=True, verbosity=0)
    distribution = metadata.distribution("weerbaarxblock")
    landing = Client().get("/")
    result = {
        "package_file": weerbaarxblock.__file__,
        "language": translation.get_language(),
        "entry_points_txt": distribution.read_text("entry_points.txt"),
        "blocks": render_blocks(),
        "landing_status": landing.status_code,
        "landing_html": landing.content.decode("utf-8"),
        "demo_css": finders.find("weerbaar_demo/demo.css"),
    }
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(result, out)


if __name__ == "__main__":
    main()
