"""Parameters checked before an algorithm runs, with Spanish messages that name the parameter and
say what it takes: enums list their options, numbers their documented range, sources and
destinations the file or folder that is wrong. QGIS's own checks say "Incorrect parameter value"
in English, without the valid values."""
import errno
import os
import re

from ..core.numbers import parse_number
from ..core.report.format import number
from ..i18n import tr

_NO_LIMIT = 1e300  # QGIS's "no maximum" is the largest double


def _plain(value):
    return value if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None


def _label(definition):
    return f"{definition.name()} ({definition.description()})"


def _bound(value):
    if value is None or abs(value) >= _NO_LIMIT:
        return "…"
    return f"{value:g}" if abs(value) < 1e6 else number(value, 0)


def _enum_problem(definition, value):
    options = list(definition.options())
    values = value if isinstance(value, (list, tuple)) else [value]
    for item in values:
        if item is None or item == "" or isinstance(item, (list, tuple)):
            continue
        if definition.usesStaticStrings():
            known = str(item) in options
        else:
            text = str(item).strip()
            known = text in options or (text.lstrip("-").isdigit() and 0 <= int(text) < len(options))
        if not known:
            return tr("The parameter {parameter} does not take '{value}'. Valid values: {options}.").format(
                parameter=_label(definition), value=item, options=", ".join(options))
    return None


def _number_problem(definition, value):
    value = _plain(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = parse_number(value)  # the one parser: "1.500" is ambiguous here too
    except ValueError:
        return tr("The parameter {parameter} must be a number; it is '{value}'.").format(
            parameter=_label(definition), value=value)
    low, high = definition.minimum(), definition.maximum()
    if amount != amount or amount in (float("inf"), float("-inf")) or amount < low or amount > high:
        return tr("The parameter {parameter} is {value}, outside its valid range [{low}, {high}].").format(
            parameter=_label(definition), value=f"{amount:g}", low=_bound(low), high=_bound(high))
    return None


def file_of(value):
    """The file behind a layer source such as '/path/a.shp|layername=a' or '/vsizip/a.zip/b.shp'."""
    if not isinstance(value, str) or os.sep not in value:
        return None
    path = value.split("|")[0]
    if path.startswith("/vsizip/"):
        path = path[len("/vsizip/"):]
        path = path[:path.lower().index(".zip") + 4] if ".zip" in path.lower() else path
    return path if not path.startswith("/vsi") else None


def _source_problem(definition, value, context):
    path = file_of(_plain(value))
    if not path:
        return None
    if not os.path.exists(path):
        return tr("The file '{path}' does not exist.").format(path=path)
    if not os.access(path, os.R_OK):
        return tr("The file '{path}' cannot be read: no permission.").format(path=path)
    if os.path.isfile(path):
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(value, "comprobacion", "ogr")
        valid = layer.isValid()
        del layer
        if not valid:
            return tr("The file '{path}' cannot be opened as a vector layer (parameter {parameter}): it is damaged, "
                      "or of a format QGIS does not read.").format(path=path, parameter=definition.name())
    return None


def _destination_problem(definition, value):
    path = _plain(value)
    if not isinstance(path, str) or not path.strip() or path == "TEMPORARY_OUTPUT" or \
            re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:", path) or path.lower().startswith(("service=", "/vsi")):
        return None  # temporary outputs, memory:, postgres://, ogr: … are QGIS's to check
    path = path.split("|")[0]
    ancestor = os.path.dirname(os.path.abspath(path)) if definition.type() != "folderDestination" else \
        os.path.abspath(path)
    while ancestor and not os.path.exists(ancestor):
        parent = os.path.dirname(ancestor)
        if parent == ancestor:
            break
        ancestor = parent
    if os.path.exists(ancestor) and not os.path.isdir(ancestor):
        return tr("'{path}' cannot be written: '{file}' is a file, not a folder (parameter {parameter}).").format(
            path=path, file=ancestor, parameter=definition.name())
    if os.path.isdir(ancestor) and not os.access(ancestor, os.W_OK):
        return tr("'{path}' cannot be written: no permission to write in the folder '{folder}' (parameter "
                  "{parameter}).").format(path=path, folder=ancestor, parameter=definition.name())
    return None


def parameter_problem(definition, value, context):
    """The Spanish reason why `value` does not fit the parameter `definition`, or None."""
    kind = definition.type()
    if kind == "enum":
        return _enum_problem(definition, value)
    if kind == "number":
        return _number_problem(definition, value)
    if kind in ("source", "vector"):
        return _source_problem(definition, value, context)
    if kind in ("folderDestination", "fileDestination", "sink", "vectorDestination"):
        return _destination_problem(definition, value)
    return None


def os_error_message(error):
    """An OSError (a folder that cannot be written, a file gone…) as a Spanish sentence naming the path."""
    path = error.filename or ""
    reasons = {
        errno.ENOENT: tr("it does not exist (or a folder on its way does not)"),
        errno.ENOTDIR: tr("a part of it is a file, not a folder"),
        errno.EISDIR: tr("it is a folder, not a file"),
        errno.EACCES: tr("no permission"),
        errno.EPERM: tr("no permission"),
        errno.ENOSPC: tr("the disk is full"),
        errno.EROFS: tr("the disk is read-only"),
        errno.EEXIST: tr("it already exists"),
    }
    reason = reasons.get(error.errno, error.strerror or type(error).__name__)
    return tr("'{path}' cannot be read or written: {reason}. Nothing was changed in the expediente.").format(
        path=path, reason=reason)
