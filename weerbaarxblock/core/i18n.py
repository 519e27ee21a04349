"""Translation helpers: the runtime's ``i18n`` service, with a fallback.

``ugettext`` is not used: in the workbench it returns untranslated text.
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
    return service


def js_catalog_path(language):
    """The package-relative path of the JS catalog for ``language``, or None."""
    for candidate in (language, language.split("-")[0]):
        path = JS_CATALOG.format(lang=candidate)
        if os.path.exists(os.path.join(PACKAGE_DIR, path)):
            return path
    return None
