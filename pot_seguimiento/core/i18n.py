"""Translation hook for the core, and the language documents are written in.

The core never imports qgis, yet its messages reach users. The plugin installs
Qt's translator here at load time; until then (plain Python, tests) strings
pass through untranslated. Source strings are English; `i18n/*.ts` holds Spanish.

Two languages are at play. The interface follows QGIS's language. The documents
(PDF, DOCX, open data, minisite, templates) are official acts of a Colombian
municipality: Spanish whatever QGIS speaks, English only when asked (LANGUAGE=en).
Inside `document_language(...)`, `tr()` speaks the document's language; the
setting is a context variable, so it holds for the thread that writes the
document and never leaks into the interface (a Processing task runs in its own thread).
"""
import contextlib
import contextvars

CONTEXT = "pot_seguimiento"
SOURCE_LANGUAGE = "en"
DOCUMENT_LANGUAGES = ("es", "en")  # the first is the default
DEFAULT_DOCUMENT_LANGUAGE = DOCUMENT_LANGUAGES[0]

_translate = None  # the interface's: (context, text) -> text
_load_catalog = None  # language -> (context, text) -> translation or "" (the plugin's compiled .ts)
_catalogs = {}
_document_language = contextvars.ContextVar("pot_seguimiento_document_language", default=None)


def set_translator(function):
    """Install `function(context, text) -> text` (QCoreApplication.translate)."""
    global _translate
    _translate = function


def set_catalog_loader(function):
    """Install `function(language) -> (context, text) -> text or ""`, which reads a language's catalogue
    whatever language the interface speaks."""
    global _load_catalog
    _load_catalog = function
    _catalogs.clear()


def tr(text):
    language = _document_language.get()
    if language is not None:
        return _in_language(language, text)
    return _translate(CONTEXT, text) if _translate else text


def _in_language(language, text):
    if language == SOURCE_LANGUAGE or _load_catalog is None:
        return text
    if language not in _catalogs:
        _catalogs[language] = _load_catalog(language)
    catalog = _catalogs[language]
    return (catalog(CONTEXT, text) if catalog else "") or text


def current_document_language():
    """The language document_language set for this thread (None: QGIS's)."""
    return _document_language.get()


@contextlib.contextmanager
def document_language(language=None):
    """Inside the block (in this thread), tr() speaks `language` (default Spanish), not QGIS's."""
    language = language or DEFAULT_DOCUMENT_LANGUAGE
    if language not in DOCUMENT_LANGUAGES:
        raise ValueError(language)
    token = _document_language.set(language)
    try:
        yield language
    finally:
        _document_language.reset(token)
