"""Packaging for weerbaarxblock: three Open edX XBlocks and their Django app.

The block classes load templates, static files and translations relative to
the ``weerbaarxblock`` package, so those folders are shipped inside it. In the
repository they live at the top level and ``weerbaarxblock/`` links to them.
"""
import os

from setuptools import find_packages, setup

HERE = os.path.dirname(os.path.abspath(__file__))
ASSET_DIRS = ("static", "templates", "translations")


def package_assets():
    """Every file below the asset folders, relative to the package directory."""
    found = []
    for folder in ASSET_DIRS:
        for root, _dirs, files in os.walk(os.path.join(HERE, folder)):
            relative_root = os.path.relpath(root, HERE)
            found.extend(os.path.join(relative_root, name) for name in files)
    return found


def long_description():
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as readme:
        return readme.read()


setup(
    name="weerbaarxblock",
    version="0.1.0",
    description="Open edX XBlocks for Divosa's training 'Ondermijning en het sociaal domein'",
    long_description=long_description(),
    long_description_content_type="text/markdown",
    license="AGPL-3.0",
    python_requires=">=3.11",
    packages=find_packages(include=["weerbaarxblock", "weerbaarxblock.*"]),
    package_data={
        "weerbaarxblock": package_assets()
        + ["demo/templates/*/*.html", "demo/static/*/*", "demo/locale/*/LC_MESSAGES/*", "demo/content/*.xml",
           "demo/content/*/*"]
    },
    # Floors are the oldest versions that the supported Open edX releases pin (README, "Installing into Open edX"),
    # so installing never upgrades the platform; requirements/oldest.txt tests exactly those floors.
    # web_fragments and webob come with XBlock (6.2+ ships web_fragments itself), so they are not listed here.
    install_requires=[
        "XBlock>=5.2,<7",  # Ulmo pins 5.2.0
        "Django>=4.2,<6",  # Teak runs Django 4.2, Ulmo and Verawood 5.2
        "lxml>=5.2",  # Ulmo pins 5.3.2; 4.9 misses huge_tree's text-node limit and lets the parser read files
        "python-stdnum>=1.19",  # BSN, IBAN and postcode checks in the privacy guard
        "phonenumbers>=8.13",  # phone numbers in running text for the privacy guard
    ],
    entry_points={
        "xblock.v1": [
            "weerbaar_reflection = weerbaarxblock.blocks:ReflectionBlock",
            "weerbaar_scenario = weerbaarxblock.blocks:ScenarioBlock",
            "weerbaar_network = weerbaarxblock.blocks:NetworkBlock",
        ],
        "lms.djangoapp": ["weerbaarxblock = weerbaarxblock.store.apps:WeerbaarStoreConfig"],
        "cms.djangoapp": ["weerbaarxblock = weerbaarxblock.store.apps:WeerbaarStoreConfig"],
    },
    classifiers=[
        "Framework :: Django :: 4.2",
        "Framework :: Django :: 5.2",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Natural Language :: Dutch",
    ],
)
