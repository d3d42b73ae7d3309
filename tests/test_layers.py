"""The layers of the code and what each may import (docs/ARCHITECTURE.md): checked on the source, so a
forbidden import fails the suite instead of waiting for a reviewer."""
import ast

from conftest import ROOT


def imports(path, root):
    """Every module a file imports, relative imports resolved against its package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(root).parent.parts
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = list(package[:len(package) - node.level + 1]) if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            yield module
            if not node.module:
                yield from (f"{module}.{alias.name}" for alias in node.names)


def offenders(folder, forbidden, root=ROOT):
    return sorted(f"{path.relative_to(root)}: {name}" for path in (root / "pot_seguimiento" / folder).rglob("*.py")
                  for name in imports(path, root) if any(name == f or name.startswith(f + ".") for f in forbidden))


def test_nothing_under_core_imports_qgis_or_the_outer_layers():
    assert offenders("core", ("qgis", "PyQt5", "PyQt6", "processing")) == []
    assert offenders("core", ("pot_seguimiento.store", "pot_seguimiento.processing", "pot_seguimiento.gui",
                              "pot_seguimiento.cartography")) == []


def test_the_store_imports_neither_qgis_nor_the_layers_above_it():
    assert offenders("store", ("qgis", "PyQt5", "PyQt6", "pot_seguimiento.processing", "pot_seguimiento.gui",
                               "pot_seguimiento.cartography")) == []


def test_the_check_sees_a_forbidden_import(tmp_path):
    """(A check that cannot fail is no check.)"""
    core = tmp_path / "pot_seguimiento" / "core" / "report"
    core.mkdir(parents=True)
    (core / "bad.py").write_text("from qgis.core import QgsProject\nfrom ...store import open_store\n")
    assert offenders("core", ("qgis", "pot_seguimiento.store"), tmp_path) == [
        "pot_seguimiento/core/report/bad.py: pot_seguimiento.store", "pot_seguimiento/core/report/bad.py: qgis.core"]


def test_no_sql_on_the_expediente_outside_the_store():
    """Only store/ speaks SQL to the expediente (field_package/ reads and writes the QField package's own
    GeoPackage, which is not the expediente)."""
    import re

    found = []
    for folder in ("core", "processing", "gui", "cartography"):
        for path in (ROOT / "pot_seguimiento" / folder).rglob("*.py"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if re.search(r"\bstore\.(connection|dicts)\b|\.connection\.execute", line):
                    found.append(f"{path.relative_to(ROOT)}:{number}")
    assert found == []
