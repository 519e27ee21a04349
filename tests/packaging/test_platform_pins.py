"""Installing the wheel on the oldest supported platform changes none of the platform's pins.

A fresh Python 3.11 virtualenv stands for an Ulmo image: pip resolves the wheel with Ulmo's pins
(``ulmo_pins.txt``) as constraints, once, as a dry run, and every pinned package it would install must keep its
pinned version. A floor in setup.py above a pin makes the resolve fail; an unpinned upgrade shows in the report.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.test_wheel import REPO, clean_env, wheel  # noqa: F401 (wheel is a fixture)

pytestmark = pytest.mark.packaging

PINS = Path(__file__).with_name("ulmo_pins.txt")
NETWORK_TROUBLE = ("NewConnectionError", "Temporary failure in name resolution", "Network is unreachable",
                   "Max retries exceeded", "ConnectTimeoutError")


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def ulmo_pins():
    pins = {}
    for line in PINS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonical(name)] = version
    return pins


def python_311():
    """The command of this machine's Python 3.11, as .ci/pythons finds it, or None."""
    listing = subprocess.run([str(REPO / ".ci/pythons")], capture_output=True, text=True, check=False).stdout
    for line in listing.splitlines():
        version, _, command = line.partition(" ")
        if version == "3.11":
            return command.split()
    return None


@pytest.fixture(scope="module")
def ulmo_python(tmp_path_factory):
    command = python_311()
    if command is None:
        pytest.skip("no Python 3.11 on this machine: Ulmo's interpreter is needed to resolve as Ulmo does")
    folder = tmp_path_factory.mktemp("ulmo") / "env"
    if command[0] == "env":  # pyenv: `env PYENV_VERSION=3.11.x python3.11`
        env = dict(clean_env(), **dict(part.split("=", 1) for part in command[1:-1]))
        command = command[-1:]
    else:
        env = clean_env()
    subprocess.run([*command, "-m", "venv", "--without-pip", str(folder)], env=env, check=True)
    return folder / "bin" / "python"


def test_the_wheel_installs_on_ulmo_without_moving_a_pin(wheel, ulmo_python, tmp_path):  # noqa: F811
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(ulmo_python), "install", "--dry-run", "--quiet",
         "--disable-pip-version-check", "--no-input", "--report", str(report),
         "-c", str(PINS), str(wheel)],
        capture_output=True, text=True, check=False, env=clean_env(), timeout=600,
    )
    if done.returncode != 0 and any(sign in done.stderr for sign in NETWORK_TROUBLE):
        pytest.skip(f"the package index is out of reach: {done.stderr.strip().splitlines()[-1]}")
    assert done.returncode == 0, f"pip cannot install the wheel with Ulmo's pins:\n{done.stdout}\n{done.stderr}"
    installed = {canonical(item["metadata"]["name"]): item["metadata"]["version"]
                 for item in json.loads(report.read_text(encoding="utf-8"))["install"]}
    pins = ulmo_pins()
    moved = {name: (pins[name], version) for name, version in installed.items()
             if name in pins and version != pins[name]}
    assert moved == {}, f"pinned by Ulmo -> what pip chose: {moved}"
    assert {"xblock", "django", "lxml"} <= installed.keys(), "the resolve must include the platform's own packages"
