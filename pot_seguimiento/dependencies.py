"""Python packages the plugin needs beyond what QGIS ships.

`make install` puts them in a folder of the QGIS profile (not in the plugin
folder, which "Install from ZIP" replaces); this module puts that folder on
sys.path and reports what is still missing instead of letting an import crash.
"""
import importlib
import os
import sys

FOLDER_NAME = "pot_seguimiento_deps"
# (module, minimum version, pip requirement)
REQUIRED = (("numpy", (1, 22), "numpy<2"), ("shapely", (2, 0), "shapely>=2.0,<2.1"),
            ("openpyxl", (3, 0), "openpyxl>=3"))


def dependency_folder():
    from qgis.core import QgsApplication
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "python", FOLDER_NAME)


def add_dependency_folder():
    folder = dependency_folder()
    if os.path.isdir(folder) and folder not in sys.path:
        sys.path.insert(0, folder)


def _version(module):
    parts = []
    for piece in module.__version__.split(".")[:2]:
        digits = "".join(c for c in piece if c.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def missing_dependencies():
    """pip requirements not importable at the needed version ([] when all is well)."""
    missing = []
    for name, minimum, requirement in REQUIRED:
        try:
            module = importlib.import_module(name)
        except ImportError:
            missing.append(requirement)
            continue
        if _version(module) < minimum:
            missing.append(requirement)
    return missing
