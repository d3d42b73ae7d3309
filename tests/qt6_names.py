"""Finds the Qt names a piece of plugin Python uses and resolves them in PyQt6 (Qt 6, what QGIS 4 runs on).

Pure `ast`: nothing here imports Qt. The resolution itself runs in a separate Python process
(`resolve_in_pyqt6`), because PyQt6 and QGIS's PyQt5 must never be loaded into one process.

A "use" is a name imported from `qgis.PyQt.*` (the import itself must resolve: QAction moved from
QtWidgets to QtGui in Qt 6) or an attribute chain rooted at such a name (`Qt.AlignmentFlag.AlignLeft`,
`QHeaderView.ResizeMode.Stretch`). Chains are cut at the first call: `QDate.currentDate().year`
checks `QDate.currentDate` only (what a call returns is not known without running it). Chains rooted
at QGIS's own modules (qgis.core, qgis.gui, qgis.analysis) that name an enum, constant or nested
class are collected too; they are checked against tests/data/qgis4_names.txt, not against PyQt6.

Code that never runs on QGIS 4 is not checked, so a compatibility module can still name the Qt 5
spelling for QGIS 3:
- the `except ImportError` / `except AttributeError` handlers of a `try` (the `try` body is checked);
- the `else` of `if Qgis.QGIS_VERSION_INT >= N` and the body of `if Qgis.QGIS_VERSION_INT < N`, N <= 40000.

Besides names, a few Qt 5 idioms that QGIS's own migration script (scripts/pyqt5_to_pyqt6 in the
QGIS repository) rewrites or warns about are reported wherever they appear: `exec_()` and `print_()`
(gone in PyQt6), `QFontMetrics(...).width()` / `fontMetrics().width()` (removed in Qt 6),
`signal[str]` overload indexing such as `activated[str]` (removed), and `qApp`.
"""
import ast
import json
import os
import subprocess
import sys
from dataclasses import dataclass

QGIS4 = 40000
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")


@dataclass(frozen=True)
class Use:
    path: str
    line: int
    module: str  # qgis.PyQt.QtCore ...
    chain: str  # Qt.AlignmentFlag.AlignLeft (the imported name first)

    def __str__(self):
        return f"{self.path}:{self.line}: {self.chain} (from {self.module})"


@dataclass(frozen=True)
class Idiom:
    path: str
    line: int
    message: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.message}"


def _version_test(test):
    """(op, N) for `Qgis.QGIS_VERSION_INT <op> N`, else None."""
    if (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Attribute)
            and test.left.attr == "QGIS_VERSION_INT" and isinstance(test.comparators[0], ast.Constant)):
        return type(test.ops[0]).__name__, test.comparators[0].value
    return None


def _qgis3_only(node):
    """The statements of `node` that never run on QGIS 4 (see the module's docstring)."""
    if isinstance(node, ast.If):
        version = _version_test(node.test)
        if version and version[1] <= QGIS4:
            op, _ = version
            if op in ("GtE", "Gt"):
                return node.orelse
            if op in ("Lt", "LtE"):
                return node.body
    if isinstance(node, ast.Try):
        qt5_fallbacks = []
        for handler in node.handlers:
            names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
            if any(isinstance(n, ast.Name) and n.id in ("ImportError", "AttributeError") for n in names):
                qt5_fallbacks.extend(handler.body)
        return qt5_fallbacks
    return []


def _skipped(tree):
    skipped = set()
    for node in ast.walk(tree):
        for statement in _qgis3_only(node):
            skipped.update(id(n) for n in ast.walk(statement))
    return skipped


def scan(source, path="<snippet>"):
    """(uses, idioms) of one module's source."""
    tree = ast.parse(source, filename=path)
    skipped = _skipped(tree)
    imported = {}  # local name -> (module, original name); a module itself has name None
    uses, idioms = [], []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and id(node) not in skipped:
            if node.module in QGIS_MODULES:
                for alias in node.names:
                    imported[alias.asname or alias.name] = (node.module, alias.name)
            elif node.module == "qgis.PyQt" or node.module.startswith("qgis.PyQt."):
                for alias in node.names:
                    if node.module == "qgis.PyQt":  # from qgis.PyQt import QtCore
                        imported[alias.asname or alias.name] = (f"qgis.PyQt.{alias.name}", None)
                    else:
                        imported[alias.asname or alias.name] = (node.module, alias.name)
                        uses.append(Use(path, node.lineno, node.module, alias.name))
    parents = {id(child): parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Attribute) and not isinstance(parents.get(id(node)), ast.Attribute):
            attrs, root = [], node
            while isinstance(root, ast.Attribute):
                attrs.append(root.attr)
                root = root.value
            if isinstance(root, ast.Name) and root.id in imported:
                module, name = imported[root.id]
                chain = ([name] if name else []) + attrs[::-1]
                uses.append(Use(path, node.lineno, module, ".".join(chain)))
        idiom = _idiom(node)
        if idiom:
            idioms.append(Idiom(path, node.lineno, idiom))
    return uses, sorted(idioms, key=lambda i: i.line)


def _idiom(node):
    if isinstance(node, ast.Attribute) and node.attr in ("exec_", "print_"):
        return f"{node.attr}() does not exist in PyQt6: use {node.attr[:-1]}()"
    if isinstance(node, ast.Attribute) and node.attr == "width" and isinstance(node.value, ast.Call):
        func = node.value.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("fontMetrics", "QFontMetrics", "QFontMetricsF"):
            return "QFontMetrics.width() was removed in Qt 6: use horizontalAdvance()"
    if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute)
            and isinstance(node.slice, ast.Name) and node.slice.id in ("str", "int", "bool")):
        return f"{node.value.attr}[{node.slice.id}]: signal overloads by type were removed in Qt 6"
    if isinstance(node, ast.Name) and node.id == "qApp":
        return "qApp was removed in Qt 6: use QApplication.instance()"
    return None


def qt_uses(uses):
    return [use for use in uses if use.module.startswith("qgis.PyQt")]


def qgis_uses(uses):
    """Chains into QGIS's own API that name an enum, a constant or a nested class: a capitalised
    attribute (Qgis.WkbType.MultiPolygon, QgsFeatureRequest.ALL_ATTRIBUTES), not a method."""
    return [use for use in uses if use.module in QGIS_MODULES
            and any(part[:1].isupper() for part in use.chain.split(".")[1:])]


def scan_files(paths, root):
    uses, idioms = [], []
    for path in paths:
        more_uses, more_idioms = scan(path.read_text(encoding="utf-8"), str(path.relative_to(root)))
        uses += more_uses
        idioms += more_idioms
    return uses, idioms


# Runs in the child process: imports PyQt6 only, never QGIS.
_RESOLVER = r"""
import importlib, json, sys
missing = []
for module, chain in json.load(sys.stdin):
    target = "PyQt6" + module[len("qgis.PyQt"):]
    try:
        obj = importlib.import_module(target)
        for part in chain.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError):
        missing.append([module, chain])
from PyQt6.QtCore import PYQT_VERSION_STR, QT_VERSION_STR
json.dump({"missing": missing, "pyqt": PYQT_VERSION_STR, "qt": QT_VERSION_STR}, sys.stdout)
"""


def resolve_in_pyqt6(uses, python=sys.executable):
    """The uses whose name does not exist in PyQt6, and the PyQt6/Qt versions checked against."""
    uses = qt_uses(uses)
    pairs = sorted({(use.module, use.chain) for use in uses})
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run([python, "-c", _RESOLVER], input=json.dumps(pairs), capture_output=True,
                               text=True, env=environment, timeout=120)
    if completed.returncode:
        raise RuntimeError(f"PyQt6 could not be loaded in a child process:\n{completed.stderr}")
    answer = json.loads(completed.stdout)
    missing = {tuple(pair) for pair in answer["missing"]}
    found = sorted((use for use in uses if (use.module, use.chain) in missing), key=lambda u: (u.path, u.line))
    return found, (answer["pyqt"], answer["qt"])
