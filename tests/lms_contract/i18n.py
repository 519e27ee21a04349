"""The platform's ``i18n`` service, rebuilt from edx-platform's source (read, not copied).

- ``xmodule/modulestore/django.py`` ``XBlockI18nService``: the Python catalog of the block's package is looked for
  first in the atlas folder (``get_python_locale_root() / <package>``, domain ``django``) and, only when that folder
  does not exist, in the package's own ``translations/`` (domain ``text``). When ``gettext.translation`` finds no
  catalog for the active language there (``OSError``), the service's translator is ``django.utils.translation``:
  the LMS's own catalogs, which do not hold our msgids. Attributes it does not define go to the translator.
- ``xmodule/modulestore/api.py``: ``get_python_locale_root`` is ``REPO_ROOT / "conf/plugins-locale/xblock.v1"``;
  the compiled JS catalog is ``STATICI18N_ROOT / "js/xblock.v1-i18n/<package>/<locale>.js"``, and
  ``get_javascript_i18n_catalog_url`` gives its static URL only when that file exists (after
  ``compile_xblock_translations``, which compiles the atlas catalogs).
"""
import gettext
import importlib.resources
from pathlib import Path

from django.conf import settings
from django.utils import translation


class PlatformLocale:
    """Where one site keeps its atlas catalogs and compiled JS catalogs; both folders may be absent."""

    def __init__(self, atlas_root=None, statici18n_root=None):
        self.atlas_root = Path(atlas_root) if atlas_root else None
        self.statici18n_root = Path(statici18n_root) if statici18n_root else None

    @staticmethod
    def js_file_name(package, locale):
        return f"js/xblock.v1-i18n/{package}/{locale}.js"

    def compile_js_catalog(self, package, locale, text):
        """What ``compile_xblock_translations`` leaves behind for one package and locale."""
        path = self.statici18n_root / self.js_file_name(package, locale)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return "/static/" + self.js_file_name(package, locale)


def package_of(block):
    """``get_xblock_root_module_name``: the top module of the block's unmixed class."""
    return getattr(block, "unmixed_class", type(block)).__module__.split(".")[0]


class LmsI18nService:
    """``XBlockI18nService``: atlas catalog first, then the package's ``text`` catalog, else Django's translator."""

    def __init__(self, block=None, locale=None):
        self.translator = translation
        self._locale = locale or PlatformLocale()
        if block is not None:
            domain, folder = self._python_locale(block)
            language = translation.get_language() or settings.LANGUAGE_CODE
            try:
                self.translator = gettext.translation(domain, folder, [translation.to_locale(language)])
            except OSError:
                pass

    def _python_locale(self, block):
        package = package_of(block)
        if self._locale.atlas_root is not None and (self._locale.atlas_root / package).is_dir():
            return "django", str(self._locale.atlas_root / package)
        return "text", str(importlib.resources.files(package) / "translations")

    def get_javascript_i18n_catalog_url(self, block):
        if self._locale.statici18n_root is None:
            return None
        name = PlatformLocale.js_file_name(package_of(block), translation.to_locale(translation.get_language()))
        return "/static/" + name if (self._locale.statici18n_root / name).exists() else None

    def __getattr__(self, name):
        return getattr(self.__dict__["translator"], "gettext" if name == "ugettext" else name)
