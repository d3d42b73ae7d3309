"""Spanish (or any) translation for the whole plugin, core included.

Every user-facing string goes through `tr()` with one context, so one .ts
file translates the plugin and the core alike.
"""
import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from .core import i18n as core_i18n

CONTEXT = core_i18n.CONTEXT
_translators = []  # keep references: a collected QTranslator stops translating


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


def user_locale():
    locale = QSettings().value("locale/userLocale", "") or QLocale().name()
    return str(locale)[:2]


def install_translator():
    core_i18n.set_translator(QCoreApplication.translate)
    path = os.path.join(os.path.dirname(__file__), "i18n", f"pot_seguimiento_{user_locale()}.qm")
    if os.path.exists(path) and not _translators:
        translator = QTranslator()
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            _translators.append(translator)
