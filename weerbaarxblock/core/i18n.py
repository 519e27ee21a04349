"""Translation helpers: the runtime's ``i18n`` service, with the package's own catalog as fallback.

``ugettext`` is not used: in the workbench it returns untranslated text.

The platform's ``XBlockI18nService`` (edx-platform ``xmodule/modulestore/django.py``) looks for our catalog in the
atlas folder first and only when that folder is missing in our ``translations/``. When it finds no catalog for the
active language (atlas ran for other languages, or for none), its ``translator`` is ``django.utils.translation``,
which does not hold our msgids: the learner would see English. Then our own catalog goes in front (``PackageFirst``),
for Python and, through ``get_javascript_i18n_catalog_url`` returning None, for JS: the platform compiles its JS
catalogs from the atlas catalogs, so a compiled file for this language cannot hold our msgids either, and
``WeerbaarBlock`` then sends our own catalog inline.
"""
import gettext as gettext_module
import os

from django.utils import translation
from xblock.runtime import NullI18nService

PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the top of the package
LOCALE_DIR = os.path.join(PACKAGE_DIR, "translations")
DOMAIN = "text"
JS_CATALOG = "static/js/translations/{lang}/text.js"


def package_translations(language):
    """The package's own catalog for ``language`` (what the LMS loads from ``translations/``)."""
    return gettext_module.translation(
        DOMAIN, localedir=LOCALE_DIR, languages=[language, language.split("-")[0]], fallback=True
    )


def current_language():
    return (translation.get_language() or "en").lower()


def service_for(block):
    try:
        service = block.runtime.service(block, "i18n")
    except Exception:  # noqa: BLE001 - no i18n service declared in this runtime
        service = None
    if service is None or isinstance(service, NullI18nService):  # XBlock's stand-in when a runtime has none
        return package_translations(current_language())
    if lacks_package_catalog(service):
        return PackageFirst(service, package_translations(current_language()))
    return service


def lacks_package_catalog(service):
    """True for the platform's service when it found no catalog of ours and fell back on Django's translator."""
    return getattr(service, "translator", None) is translation


class PackageFirst:
    """The runtime's i18n service with the package's catalog as its translator.

    Django's translator is not added as the catalog's fallback: template tags merge the catalog into Django's
    active translation, fallback included, and Django's would then fall back on itself.
    """

    def __init__(self, service, catalog):
        self._service = service
        self.translator = catalog

    def get_javascript_i18n_catalog_url(self, block):  # noqa: ARG002 - the platform's signature
        return None  # a compiled catalog comes from the atlas catalogs, which lack ours: send ours inline

    def __getattr__(self, name):
        # gettext, ngettext and the catalog itself (``_catalog``, ``plural``: template tags merge it) from ours;
        # anything else (``strftime``) from the service
        name = "gettext" if name == "ugettext" else name
        translator = self.__dict__["translator"]
        if hasattr(translator, name):
            return getattr(translator, name)
        return getattr(self.__dict__["_service"], name)


def js_catalog_path(language):
    """The package-relative path of the JS catalog for ``language``, or None."""
    for candidate in (language, language.split("-")[0]):
        path = JS_CATALOG.format(lang=candidate)
        if os.path.exists(os.path.join(PACKAGE_DIR, path)):
            return path
    return None
