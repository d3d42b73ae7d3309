"""Translation hook for the core.

The core never imports qgis, yet its messages reach users. The plugin installs
Qt's translator here at load time; until then (plain Python, tests) strings
pass through untranslated. Source strings are English; `i18n/*.ts` holds Spanish.
"""

CONTEXT = "pot_seguimiento"

_translate = None


def set_translator(function):
    """Install `function(context, text) -> text` (QCoreApplication.translate)."""
    global _translate
    _translate = function


def tr(text):
    return _translate(CONTEXT, text) if _translate else text
