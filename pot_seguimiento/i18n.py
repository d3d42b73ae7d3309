"""Spanish (or any) translation for the whole plugin, core included.

Every user-facing string goes through `tr()` with one context, so one .ts
file translates the plugin and the core alike. The interface follows QGIS's
language; documents use core.i18n.document_language (Spanish unless asked).
"""
import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from .core import i18n as core_i18n

CONTEXT = core_i18n.CONTEXT
I18N = os.path.join(os.path.dirname(__file__), "i18n")
_translators = []  # keep references: a collected QTranslator stops translating
_catalogs = []  # the documents' catalogues, never installed in the application


def tr(text):
    return core_i18n.tr(text)


def user_locale():
    locale = QSettings().value("locale/userLocale", "") or QLocale().name()
    return str(locale)[:2]


def _catalog(language):
    """The compiled translation of `language` as a lookup, whatever language QGIS speaks."""
    translator = QTranslator()
    if not translator.load(os.path.join(I18N, f"pot_seguimiento_{language}.qm")):
        return None
    _catalogs.append(translator)
    # (PyQt reads a str given for `const char *` as ASCII: UTF-8 bytes carry "·" and "–" through)
    return lambda context, text: translator.translate(context.encode("utf-8"), text.encode("utf-8"))


def install_translator():
    core_i18n.set_translator(QCoreApplication.translate)
    core_i18n.set_catalog_loader(_catalog)
    path = os.path.join(I18N, f"pot_seguimiento_{user_locale()}.qm")
    if os.path.exists(path) and not _translators:
        translator = QTranslator()
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            _translators.append(translator)
