"""The package as a course team installs it: sdist -> wheel -> a fresh virtualenv outside the repository.

The blocks are then rendered from the installed wheel (render_installed.py) with their templates, CSS, JS and
Dutch translations; the wheel's files and the installed entry points are checked too.
"""
import configparser
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest

pytestmark = pytest.mark.packaging

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "weerbaarxblock"
BLOCK_TYPES = ["weerbaar_network", "weerbaar_reflection", "weerbaar_scenario"]
STORE_APP = "weerbaarxblock.store.apps:WeerbaarStoreConfig"
# What requirements/test.txt pins for the workbench runtime (xblock-sdk misses lazy and openedx-django-pyfs).
RUNTIME_PINS = ("xblock-sdk", "lazy", "openedx-django-pyfs")


def run(command, **kwargs):
    done = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    if done.returncode != 0:
        pytest.fail(f"{' '.join(map(str, command))} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def clean_env():
    """The test run's environment without what would point the subprocess back at the repository."""
    env = dict(os.environ)
    for name in ("PYTHONPATH", "DJANGO_SETTINGS_MODULE", "WORKBENCH_DATABASES", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


def runtime_pins():
    lines = (REPO / "requirements/test.txt").read_text(encoding="utf-8").splitlines()
    return [
        line.strip()
        for line in lines
        if re.split(r"[=<>!~;\s\[]", line.strip(), maxsplit=1)[0].lower() in RUNTIME_PINS
    ]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """Builds the sdist from the repository, then the wheel from the unpacked sdist."""
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--sdist", "--outdir", str(out), str(REPO)], env=clean_env())
    (sdist,) = out.glob("weerbaarxblock-*.tar.gz")
    unpacked = tmp_path_factory.mktemp("sdist")
    with tarfile.open(sdist) as archive:
        if hasattr(tarfile, "data_filter"):
            archive.extractall(unpacked, filter="data")
        else:  # Python 3.11 before 3.11.4; the archive is our own fresh sdist
            archive.extractall(unpacked)
    (source,) = unpacked.iterdir()
    run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(source)], env=clean_env())
    (built,) = out.glob("weerbaarxblock-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory):
    """A fresh virtualenv (the test run's Python) holding the wheel and the workbench, as pinned."""
    folder = tmp_path_factory.mktemp("venv") / "env"
    python = folder / "bin" / "python"
    requirements = folder.parent / "runtime.txt"
    requirements.write_text("\n".join(runtime_pins()) + "\n", encoding="utf-8")
    options = ["install", "--quiet", "--disable-pip-version-check", "--no-input",
               "-c", str(REPO / "requirements/constraints.txt"), "-r", str(requirements), str(wheel)]
    if importlib.util.find_spec("pip"):
        # The test run's pip installs into the new environment: no pip bootstrap there (faster).
        run([sys.executable, "-m", "venv", "--without-pip", str(folder)])
        run([sys.executable, "-m", "pip", "--python", str(python), *options], env=clean_env(), timeout=900)
    else:
        run([sys.executable, "-m", "venv", str(folder)])
        run([str(python), "-m", "pip", *options], env=clean_env(), timeout=900)
    return folder


@pytest.fixture(scope="module")
def rendered(venv, tmp_path_factory):
    """render_installed.py's JSON, run with the venv's python from a scratch folder (repository not on sys.path)."""
    scratch = tmp_path_factory.mktemp("render")
    script = scratch / "render_installed.py"
    shutil.copy(Path(__file__).with_name("render_installed.py"), script)
    result = scratch / "result.json"
    run([str(venv / "bin" / "python"), "-I", str(script), str(scratch / "db.sqlite3"), str(result)],
        cwd=scratch, env=clean_env(), timeout=300)
    return json.loads(result.read_text(encoding="utf-8"))


def repo_files(folder, pattern="*"):
    return [p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts]


def test_wheel_carries_assets_translations_migrations_and_demo(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = [f"weerbaarxblock/{p.relative_to(REPO).as_posix()}"
                for folder in ("static", "templates", "translations") for p in repo_files(REPO / folder)]
    expected += [f"weerbaarxblock/{p.relative_to(PACKAGE).as_posix()}"
                 for p in repo_files(PACKAGE / "store" / "migrations", "*.py")]
    expected += [f"weerbaarxblock/{p.relative_to(PACKAGE).as_posix()}"
                 for folder in ("templates", "static", "content") for p in repo_files(PACKAGE / "demo" / folder)]
    expected += [f"weerbaarxblock/{p.relative_to(PACKAGE).as_posix()}"
                 for p in repo_files(PACKAGE / "demo" / "locale", "*.mo")]
    for must in ("weerbaarxblock/translations/nl/LC_MESSAGES/text.mo", "weerbaarxblock/static/js/common/autosave.js",
                 "weerbaarxblock/static/js/translations/nl/text.js", "weerbaarxblock/store/migrations/0001_initial.py",
                 "weerbaarxblock/demo/templates/weerbaar_demo/index.html", "weerbaarxblock/demo/content/course.xml"):
        assert must in expected
    missing = sorted(set(expected) - names)
    assert not missing, f"the wheel lacks: {missing}"


def test_installed_dist_declares_blocks_and_plugin_app(rendered):
    parser = configparser.ConfigParser(delimiters=("=",))
    parser.optionxform = str
    parser.read_string(rendered["entry_points_txt"])
    blocks = dict(parser["xblock.v1"])
    assert sorted(blocks) == BLOCK_TYPES
    assert all(value.startswith("weerbaarxblock.") for value in blocks.values())
    assert dict(parser["lms.djangoapp"]) == {"weerbaarxblock": STORE_APP}
    assert dict(parser["cms.djangoapp"]) == {"weerbaarxblock": STORE_APP}


def test_blocks_are_loaded_from_the_virtualenv(rendered, venv):
    assert Path(rendered["package_file"]).resolve().is_relative_to(venv.resolve())
    assert rendered["language"] == "nl"
    assert sorted(rendered["blocks"]) == BLOCK_TYPES


class _Texts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.texts = []

    def handle_data(self, data):
        if data.strip():
            self.texts.append(" ".join(data.split()))


def english_left(html):
    """English msgids of text.po shown as whole text nodes: template strings that were not translated."""
    msgids = {e.msgid for e in polib.pofile(str(REPO / "translations/nl/LC_MESSAGES/text.po"))
              if e.msgstr and e.msgstr != e.msgid and not e.msgid_plural}
    parser = _Texts()
    parser.feed(html)
    return sorted(set(parser.texts) & msgids)


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_block_renders_with_its_assets_and_dutch_from_the_wheel(rendered, block_type):
    views = rendered["blocks"][block_type]
    short = block_type.removeprefix("weerbaar_")
    block_css = (REPO / "static" / "css" / f"{short}.css").read_text(encoding="utf-8").strip()
    common_css = (REPO / "static" / "css" / "common.css").read_text(encoding="utf-8").strip()
    common_js = "function WeerbaarServer(runtime, element)"  # the bundle drops whole-line comments, not code

    student = views["student_view"]
    assert any(block_css in css for css in student["css"]), f"{short}.css missing from the student view"
    for name, view in views.items():
        assert "weerbaar" in view["html"], name
        assert any(common_css in css for css in view["css"]), f"common.css missing from {name}"
        assert any(common_js in js for js in view["js"]), f"common.js missing from {name}"
        assert any("WeerbaarI18n" in js for js in view["js"]), f"the Dutch JS catalog is missing from {name}"
        assert not english_left(view["html"]), f"{name} shows English: {english_left(view['html'])}"

    studio = views["studio_view"]["html"]
    # Every editor has Save and Cancel buttons from its template's {% trans %}: Dutch only through text.mo.
    assert "Opslaan" in studio and "Annuleren" in studio, "the editor is not translated through text.mo"


def test_demo_landing_page_is_dutch_from_the_wheel(rendered, venv):
    assert rendered["landing_status"] == 200
    assert "Ondermijning en het sociaal domein" in rendered["landing_html"]
    assert 'lang="nl"' in rendered["landing_html"]
    assert rendered["demo_css"] and Path(rendered["demo_css"]).resolve().is_relative_to(venv.resolve())
